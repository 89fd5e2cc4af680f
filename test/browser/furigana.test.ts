import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSite, openDemoSite } from "./helpers/demo-site.ts";

let site: DemoSite;
let page: Page;

beforeAll(async () => {
  site = await openDemoSite();
  page = await site.context.newPage();
});

afterAll(async () => {
  await site?.close();
});

/** The first paragraph of <main> that holds ruby. */
const rubyParagraph = () => page.locator("main p:has(ruby)").first();

describe("ふりがな", () => {
  it("pages carry ruby over kanji, never inside tel: links or code", async () => {
    await page.goto(site.url("/pamphlets/zaitaku-iryo/"));
    expect(await page.locator("main ruby").count()).toBeGreaterThan(10);
    expect(await page.locator("a[href^='tel:'] ruby, code ruby, pre ruby").count()).toBe(0);
    const bases = await page.locator("main ruby").evaluateAll((rubies) =>
      rubies.map((r) =>
        [...r.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join(""),
      ),
    );
    for (const base of bases) expect(base).toMatch(/^[\u3400-\u9FFF\uF900-\uFAFF々〆ヶ]+$/u);
  });

  it("the accessible name of a ruby paragraph is not doubled, with ふりがな on or off", async () => {
    await page.goto(site.url("/pamphlets/zaitaku-iryo/"));
    const paragraph = rubyParagraph();
    const plain = await paragraph.evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      for (const rt of copy.querySelectorAll("rt")) rt.remove();
      return copy.textContent?.replace(/\s+/gu, "") ?? "";
    });
    for (const on of [false, true]) {
      await page.locator("input[data-furigana-toggle]").setChecked(on);
      const snapshot = (await paragraph.ariaSnapshot()).replace(/^- paragraph:\s*/u, "").replace(/\s+/gu, "");
      expect(snapshot).toBe(plain);
    }
  });

  it("the toggle shows readings, works without JavaScript and is remembered with it", async () => {
    const noJs = await site.newContext({ javaScriptEnabled: false });
    const bare = await noJs.newPage();
    await bare.goto(site.url("/pamphlets/zaitaku-iryo/"));
    const rt = bare.locator("main rt").first();
    await expect.poll(() => rt.isVisible()).toBe(false);
    await bare.locator("input[data-furigana-toggle]").check();
    expect(await rt.isVisible()).toBe(true);
    await noJs.close();

    const context = await site.newContext();
    const first = await context.newPage();
    await first.goto(site.url("/pamphlets/zaitaku-iryo/"));
    await first.locator("input[data-furigana-toggle]").check();
    const second = await context.newPage();
    await second.goto(site.url("/pamphlets/houmon-kango/"));
    await expect.poll(() => second.locator("main rt").first().isVisible()).toBe(true);
    await context.close();
  });
});
