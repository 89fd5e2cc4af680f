import { readdirSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_LAUNCH } from "../../src/cli/chromium.ts";
import { serveStatic } from "../../src/cli/static-server.ts";
import { contentSecurityPolicy, cspSourcesOf } from "../../src/lib/site/security-headers.ts";
import { loadSiteConfig } from "../../src/loaders/site-config.ts";
import { type BuildRun, copyContent, projectRoot, runBuild } from "../helpers/fixture-site.ts";

/**
 * The strict Content-Security-Policy of `_headers` (and of the <meta> in every page) is satisfied: no page type of
 * the demo municipality reports a violation in Chromium, scripts included (filters, open-now, town finder, the map
 * after 「地図を表示」). A probe page that breaks the policy shows the detector works.
 */
describe("Content-Security-Policy in Chromium", () => {
  let run: BuildRun;
  let browser: Browser;
  let site: { origin: string; close: () => Promise<void> };

  beforeAll(async () => {
    run = runBuild(copyContent(path.join(projectRoot, "content"), "csp"));
    expect(run.status, run.stderr).toBe(0);
    site = await serveStatic(run.outDir, "/", {
      headersFile: true,
      extra: {
        "/csp-probe/": [
          "text/html; charset=utf-8",
          '<!doctype html><html lang="ja"><head><title>probe</title></head><body><p style="color:red">x</p><script>document.title = "ran";</script></body></html>',
        ],
      },
    });
    browser = await chromium.launch(CHROMIUM_LAUNCH);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Opens a page and returns its response's CSP header and every violation reported while it loaded. */
  async function visit(pathname: string): Promise<{ status: number; csp: string | undefined; violations: string[]; page: Page }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
    });
    await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const response = await page.goto(`${site.origin}${pathname}`, { waitUntil: "load" });
    // Images below the fold load lazily: scroll through the page so every resource is requested.
    await page.evaluate(async () => {
      window.scrollTo(0, document.body.scrollHeight);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await page.waitForLoadState("networkidle");
    return { status: response?.status() ?? 0, csp: response?.headers()["content-security-policy"], violations, page };
  }

  /** The first page of a kind in the built site (its folders are sorted), e.g. the first event. */
  const first = (folder: string, pattern = /^[a-z0-9-]+$/) => {
    const name = readdirSync(path.join(run.outDir, folder))
      .sort()
      .find((n) => pattern.test(n) && n !== "index.html");
    return `/${folder}/${name}/`;
  };

  it.each([
    ["home", () => "/", 200],
    ["pamphlet list", () => "/pamphlets/", 200],
    ["pamphlet with image, table and table of contents", () => "/pamphlets/zaitaku-iryo/", 200],
    ["event list with filters", () => "/events/", 200],
    ["event", () => first("events", /^(?!archive$|area$|kind$)[a-z0-9-]+$/), 200],
    ["event archive", () => first("events/archive"), 200],
    ["talk list and talk", () => first("talks"), 200],
    ["window list with town finder", () => "/windows/", 200],
    ["window with open-now", () => first("windows"), 200],
    ["resource list with filter", () => "/resources/", 200],
    ["resource", () => first("resources", /^(?!area$|feature$|kind$)[a-z0-9-]+$/), 200],
    // Staff-only pages are written to dist-staff/, never published: the site answers with its 404 page.
    ["staff report (not published)", () => "/staff/report/", 404],
    ["accessibility policy", () => "/accessibility/", 200],
    ["search page", () => "/search/", 200],
    ["404 page", () => "/no-such-page/", 404],
  ])(
    "%s: served with the policy, no violation, stylesheet applied",
    async (_name, pathOf, status) => {
      const result = await visit(pathOf());
      expect(result.status).toBe(status);
      expect(result.csp).toBe(contentSecurityPolicy(cspSourcesOf(loadSiteConfig(path.join(run.outDir, "../content")))));
      expect(result.violations).toEqual([]);
      // The stylesheet (a same-origin file) loaded: the skip link is moved off-screen by CSS.
      const skip = await result.page.locator("a.skip-link").boundingBox();
      expect(skip?.y).toBeLessThan(0);
      await result.page.context().close();
    },
    90_000,
  );

  it("map: no violation before or after 「地図を表示」 (Leaflet and tiles from the configured server)", async () => {
    const result = await visit("/map/");
    expect(result.violations).toEqual([]);
    const tiles: string[] = [];
    result.page.on("request", (request) => {
      if (request.resourceType() === "image") tiles.push(request.url());
    });
    await result.page.locator("[data-map-button]").click();
    await result.page.locator(".leaflet-container").waitFor();
    await result.page.waitForLoadState("networkidle");
    expect(result.violations).toEqual([]);
    // Tiles were requested from the tile server (allowed by img-src; there is no network here, so they fail to load).
    expect(tiles.some((url) => url.startsWith("https://cyberjapandata.gsi.go.jp/"))).toBe(true);
    await result.page.context().close();
  }, 90_000);

  it("search: Pagefind (WebAssembly) finds pages without a violation", async () => {
    const result = await visit("/search/?q=%E8%A8%AA%E5%95%8F%E7%9C%8B%E8%AD%B7");
    await result.page.locator(".search-result").first().waitFor();
    expect(await result.page.locator(".search-result").count()).toBeGreaterThan(0);
    expect(result.violations).toEqual([]);
    await result.page.context().close();
  }, 90_000);

  it("reading aids: the hashed inline snippet runs (text size applied before paint) without a violation", async () => {
    const result = await visit("/");
    await result.page.evaluate(() => localStorage.setItem("zaitaku:text-size", "xlarge"));
    await result.page.reload({ waitUntil: "load" });
    expect(await result.page.evaluate(() => document.documentElement.dataset["textSize"])).toBe("xlarge");
    expect(result.violations).toEqual([]);
    await result.page.context().close();
  }, 90_000);

  it("detects violations when a page breaks the policy (the probe)", async () => {
    const result = await visit("/csp-probe/");
    expect(result.violations.join("\n")).toMatch(/script-src/);
    expect(result.violations.join("\n")).toMatch(/style-src/);
    expect(await result.page.title()).toBe("probe");
    await result.page.context().close();
  }, 90_000);
});
