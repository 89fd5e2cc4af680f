import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../src/lib/security-headers.ts";
import { type BuildRun, copyFixture, runBuild } from "../helpers/fixture-site.ts";
import { serveSite } from "../helpers/static-server.ts";

/**
 * The strict Content-Security-Policy of `_headers` (and of the <meta> in every page) is satisfied: no page type
 * reports a violation in Chromium. A probe page that breaks the policy shows the detector works.
 */
describe("Content-Security-Policy in Chromium", () => {
  let run: BuildRun;
  let browser: Browser;
  let site: { origin: string; close: () => Promise<void> };

  beforeAll(async () => {
    run = runBuild(copyFixture("minimal"));
    expect(run.status, run.stderr).toBe(0);
    site = await serveSite(run.outDir, "/zaitaku/", {
      "/zaitaku/csp-probe/": [
        "text/html; charset=utf-8",
        '<!doctype html><html lang="ja"><head><title>probe</title></head><body><p style="color:red">x</p><script>document.title = "ran";</script></body></html>',
      ],
    });
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    });
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

  it.each([
    ["home", "/zaitaku/", 200],
    ["pamphlet list", "/zaitaku/pamphlets/", 200],
    ["pamphlet with image, table and table of contents", "/zaitaku/pamphlets/first-guide/", 200],
    ["404 page", "/zaitaku/no-such-page/", 404],
  ])("%s: served with the policy, no violation, stylesheet applied", async (_name, pathname, status) => {
    const result = await visit(pathname);
    expect(result.status).toBe(status);
    expect(result.csp).toBe(contentSecurityPolicy());
    expect(result.violations).toEqual([]);
    // The stylesheet (a same-origin file) loaded: the skip link is moved off-screen by CSS.
    const skip = await result.page.locator("a.skip-link").boundingBox();
    expect(skip?.y).toBeLessThan(0);
    await result.page.context().close();
  });

  it("detects violations when a page breaks the policy (the probe)", async () => {
    const result = await visit("/zaitaku/csp-probe/");
    expect(result.violations.join("\n")).toMatch(/script-src/);
    expect(result.violations.join("\n")).toMatch(/style-src/);
    expect(await result.page.title()).toBe("probe");
    await result.page.context().close();
  });
});
