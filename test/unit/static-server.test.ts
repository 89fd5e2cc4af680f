/** The one static server: base path, index.html, the directory redirect, the 404 page, `_headers`, no climbing out. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveStatic } from "../../src/cli/static-server.ts";

let root: string;
let site: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "static-server-"));
  site = path.join(root, "dist");
  mkdirSync(path.join(site, "events"), { recursive: true });
  writeFileSync(path.join(site, "index.html"), "<p>home</p>");
  writeFileSync(path.join(site, "events/index.html"), "<p>events</p>");
  writeFileSync(path.join(site, "404.html"), "<p>not here</p>");
  writeFileSync(path.join(site, "favicon.ico"), Buffer.from([0, 0, 1, 0]));
  writeFileSync(
    path.join(site, "_headers"),
    "/*\n  X-Frame-Options: DENY\n  Referrer-Policy: no-referrer\n/other\n  X-Other: 1\n",
  );
  writeFileSync(path.join(root, "secret.txt"), "outside");
  server = await serveStatic(site, "/zaitaku/", { headersFile: true, extra: { "/probe/": ["text/plain", "probe"] } });
});
afterAll(() => server.close());

const get = (p: string) => fetch(new URL(p, server.origin), { redirect: "manual" });

describe("serveStatic", () => {
  it("serves index.html under the base path, as HTML in UTF-8", async () => {
    const res = await get("/zaitaku/events/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html;\s*charset=utf-8$/i);
    expect(await res.text()).toBe("<p>events</p>");
    expect(server.url).toBe(`${server.origin}/zaitaku/`);
  });

  it("serves the favicon as an image (a type sirv's own table lacks)", async () => {
    const res = await get("/zaitaku/favicon.ico");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/x-icon");
  });

  it("redirects a directory without its slash, keeping the base", async () => {
    const res = await get("/zaitaku/events");
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/zaitaku/events/");
  });

  it("answers 404 with the site's 404 page outside the base, for a missing file, and for a climb", async () => {
    for (const p of ["/events/", "/zaitaku/nothing/", "/zaitaku/..%2fsecret.txt", "/zaitaku/%2e%2e/secret.txt"]) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).toBe("<p>not here</p>");
    }
  });

  it("sends the /* block of _headers with every response, 404 included, and serves extra paths", async () => {
    for (const p of ["/zaitaku/", "/zaitaku/nothing/"]) {
      const res = await get(p);
      expect(res.headers.get("x-frame-options"), p).toBe("DENY");
      expect(res.headers.get("referrer-policy"), p).toBe("no-referrer");
      expect(res.headers.get("x-other"), p).toBeNull();
    }
    expect(await (await get("/probe/")).text()).toBe("probe");
  });
});
