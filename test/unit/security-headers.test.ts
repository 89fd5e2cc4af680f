import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { READING_AIDS_INIT, scriptHashSource } from "../../src/lib/site/inline-scripts.ts";
import {
  apacheSnippet,
  contentSecurityPolicy,
  cspSourcesOf,
  headersFile,
  nginxSnippet,
  securityHeaders,
} from "../../src/lib/site/security-headers.ts";
import { loadSiteConfig } from "../../src/loaders/site-config.ts";
import { projectRoot } from "../helpers/fixture-site.ts";

describe("security headers", () => {
  it("is a strict policy: same origin, no inline code, no eval, no framing, no plug-ins", () => {
    const csp = contentSecurityPolicy();
    const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives["default-src"]).toEqual(["'none'"]);
    // Same origin, WebAssembly for the search index, and the one hashed inline snippet (src/lib/site/inline-scripts.ts).
    expect(directives["script-src"]).toEqual(["'self'", "'wasm-unsafe-eval'", scriptHashSource(READING_AIDS_INIT)]);
    expect(directives["style-src"]).toEqual(["'self'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|data:|https?:/);
  });

  it("adds a feature's origin only where asked, and leaves frame-ancestors out of the <meta> form", () => {
    expect(contentSecurityPolicy({ img: ["https://cyberjapandata.gsi.go.jp"] })).toContain(
      "img-src 'self' https://cyberjapandata.gsi.go.jp;",
    );
    expect(contentSecurityPolicy({}, true)).not.toContain("frame-ancestors");
  });

  it("writes every header into _headers for all paths", () => {
    const lines = headersFile().split("\n");
    expect(lines).toContain("/*");
    for (const [name, value] of securityHeaders()) expect(lines).toContain(`  ${name}: ${value}`);
  });

  it("has the same headers in the web server page's nginx and Apache snippets (default map tiles)", () => {
    const readme = readFileSync(path.join(projectRoot, "docs/ops/web-server.md"), "utf8");
    const demo = cspSourcesOf(loadSiteConfig(path.join(projectRoot, "content")));
    expect(demo).toEqual({ img: ["https://cyberjapandata.gsi.go.jp"] });
    expect(readme).toContain(nginxSnippet(demo));
    expect(readme).toContain(apacheSnippet(demo));
  });
});
