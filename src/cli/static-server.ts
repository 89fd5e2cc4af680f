/**
 * The one static file server of the project: a built site under its base path (e.g. /zaitaku/), bound to 127.0.0.1 on
 * a random port, for the browser tests, `npm run a11y:report` and the benchmark's Chromium comparison. Files are
 * served by sirv (content types, ranges, index.html); only the base path, the 404 page and `_headers` are ours.
 * Not meant for publishing: any web server does that.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";

/** Content types that sirv's table (mrmime) lacks but a built site has: the generated favicon. */
const MISSING_TYPES: Record<string, string> = { ".ico": "image/x-icon" };

/** A running server. */
export interface StaticServer {
  /** The site's root URL including the base path, e.g. http://127.0.0.1:41234/zaitaku/. */
  url: string;
  /** The origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** What {@link serveStatic} can do beyond serving files. */
export interface ServeOptions {
  /** Send the headers of the site's Netlify-style `_headers` file (its `/*` block) with every response, as a host would. */
  headersFile?: boolean;
  /** Extra responses by request path (path → [content type, body]), e.g. a probe page for a test. */
  extra?: Record<string, [string, string]>;
}

/**
 * Reads the `/*` block of a Netlify-style `_headers` file.
 * @returns [name, value] pairs, in file order
 */
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
 * Serves `dir` at `base` on 127.0.0.1. A directory without its trailing slash is redirected (so relative URLs
 * resolve as on a real host); unknown paths get 404.html with status 404.
 * @param dir the built site (dist/)
 * @param base the site's base path ("/" or "/zaitaku/")
 */
export async function serveStatic(dir: string, base = "/", options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const headers = options.headersFile ? readHeadersFile(path.join(root, "_headers")) : [];
  // dev: resolve each request afresh, because tests write into a served folder after the server starts.
  const files = sirv(root, {
    dev: true,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      const type = MISSING_TYPES[path.extname(pathname)];
      if (type) res.setHeader("Content-Type", type);
    },
  });
  const server = createServer((req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    const url = new URL(req.url ?? "/", "http://localhost");
    const pathname = decodeURIComponent(url.pathname);
    const probe = options.extra?.[pathname];
    if (probe) {
      res.writeHead(200, { "content-type": probe[0] }).end(probe[1]);
      return;
    }
    const notFound = () => {
      const page = path.join(root, "404.html");
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end(existsSync(page) ? readFileSync(page) : "Not found");
    };
    if (!pathname.startsWith(base)) return notFound();
    const inside = path.join(root, pathname.slice(base.length));
    if (!inside.startsWith(root)) return notFound();
    if (!pathname.endsWith("/") && existsSync(inside) && statSync(inside).isDirectory()) {
      res.writeHead(301, { location: `${url.pathname}/` }).end();
      return;
    }
    req.url = `/${url.pathname.slice(base.length)}${url.search}`;
    files(req, res, notFound);
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
