import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv",
  ".json": "application/json",
};

/**
 * Serves a built dist/ folder under its base path (e.g. /soudan/) on a free localhost port, like a municipal web
 * server would. Resolves to the origin and a close function.
 */
export async function serveDist(dist: string, base = "/"): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = path.join(dist, decodeURIComponent(url.pathname.slice(base.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Content types for {@link serveSite} (more formats than the dist/ server above needs). */
const SITE_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".pdf": "application/pdf",
  ".wasm": "application/wasm",
};

/** Reads the `/*` block of a Netlify-style `_headers` file: [name, value] pairs. */
export function readHeadersFile(file: string): [string, string][] {
  const headers: [string, string][] = [];
  let inBlock = false;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!line.startsWith(" ")) {
      inBlock = line.trim() === "/*";
      continue;
    }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (inBlock && m) headers.push([m[1] ?? "", m[2] ?? ""]);
  }
  return headers;
}

/**
 * Serves a built site under its base path the way a static host would, sending the headers of its `_headers`
 * file with every response; unknown paths get 404.html with status 404.
 * @param extra extra files (site path → [content type, body]) to serve, e.g. a probe page
 */
export async function serveSite(
  dir: string,
  base: string,
  extra: Record<string, [string, string]> = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const headers = readHeadersFile(path.join(dir, "_headers"));
  const server = createServer((req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const probe = extra[pathname];
    if (probe) {
      res.writeHead(200, { "content-type": probe[0] }).end(probe[1]);
      return;
    }
    let file = pathname.startsWith(base) ? path.join(dir, pathname.slice(base.length)) : "";
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!file?.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { "content-type": SITE_TYPES[".html"] }).end(readFileSync(path.join(dir, "404.html")));
      return;
    }
    res.writeHead(200, { "content-type": SITE_TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
