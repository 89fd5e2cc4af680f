import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sitemapPaths } from "../../src/cli/axe-audit.ts";
import { BASE, type DemoSite, openDemoSite } from "./helpers/demo-site.ts";

let site: DemoSite;
let page: Page;

beforeAll(async () => {
  site = await openDemoSite();
  page = await (await site.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })).newPage();
});

afterAll(async () => {
  await site?.close();
});

/** Phone numbers shown in the page's main content that are not inside a tel: link (FAX numbers left out). */
function untappable(p: Page): Promise<string[]> {
  return p.locator("main").evaluate((main) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? "";
      for (const m of text.matchAll(/0\d{1,4}-\d{1,4}-\d{3,4}/g)) {
        if (n.parentElement?.closest("a[href^='tel:']") || !n.parentElement?.checkVisibility()) continue;
        // The words before the number, across the element boundary (FAX <a>…</a> or FAX 03-…).
        const before = `${n.parentElement?.previousSibling?.textContent ?? ""}${text.slice(0, m.index)}`;
        if (/(FAX|ファクス|ファックス)\s*[:：]?\s*$/.test(before)) continue;
        found.push(m[0]);
      }
    }
    return found;
  });
}

describe("phone numbers on a phone (360×740)", () => {
  it("are tel: links wherever they are written: in pamphlets' text and tables, events, talks, windows", async () => {
    const all = sitemapPaths(site.dist, `https://zaitaku.example.jp${BASE}`);
    // /windows/print/ is the list made for paper: its numbers are for reading, not tapping.
    const paths = all.filter((p) => /^\/(pamphlets|talks|events|windows|resources)\/(?!print\/)[^/]+\/$/.test(p));
    expect(paths).toEqual(expect.arrayContaining(["/pamphlets/soudan-madoguchi/", "/pamphlets/kaigo-hoken/"]));
    const missing: string[] = [];
    let tel = 0;
    for (const sitePath of paths) {
      await page.goto(site.url(sitePath));
      missing.push(...(await untappable(page)).map((n) => `${sitePath} ${n}`));
      tel += await page.locator("main a[href^='tel:']").count();
    }
    expect(missing).toEqual([]);
    expect(tel).toBeGreaterThan(paths.length);
  }, 300_000);

  it("links the number written in a pamphlet's text to that number, a target of at least 24px", async () => {
    await page.goto(site.url("/pamphlets/kaigo-hoken/"));
    const link = page.locator("main a.tel-number", { hasText: "03-0000-1240" });
    expect(await link.getAttribute("href")).toBe("tel:0300001240");
    const box = await link.boundingBox();
    expect(box && box.height >= 24).toBe(true);
  });
});
