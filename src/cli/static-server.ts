/**
 * A tiny static file server for a built site under its base path (e.g. /zaitaku/), bound to 127.0.0.1 on a random
 * port. Used by the browser tests and `npm run a11y:report`; not meant for publishing (any web server does that).
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".ics": "text/calendar; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
};

/** A running server. */
export interface StaticServer {
  /** The site's root URL including the base path, e.g. http://127.0.0.1:41234/zaitaku/. */
  url: string;
  /** The origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` at `base` on 127.0.0.1. Directories serve their index.html; unknown paths get 404.html with status 404.
 * @param dir the built site (dist/)
 * @param base the site's base path ("/" or "/zaitaku/")
 */
export async function serveStatic(dir: string, base = "/"): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const notFound = () => {
      const page = path.join(root, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] ?? "text/html" });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end("Not found");
    };
    if (!pathname.startsWith(base)) return notFound();
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) {
        res.writeHead(301, { location: `${pathname}/` });
        return res.end();
      }
      file = path.join(file, "index.html");
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound();
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
