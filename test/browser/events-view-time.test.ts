import { createRequire } from "node:module";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_LAUNCH } from "../../src/cli/chromium.ts";
import { serveStatic } from "../../src/cli/static-server.ts";
import { copyFixture, runBuild } from "../helpers/fixture-site.ts";

const require = createRequire(import.meta.url);

/**
 * The site must not lie when it is not rebuilt: pages built on 2026-11-28 and viewed later re-label and hide events at
 * view time (the browser's clock, in Asia/Tokyo). Without JavaScript the build's labels stay, with their date.
 */
describe("event status and filters at view time", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    const dir = copyFixture("events");
    const run = runBuild(dir);
    expect(run.status, run.stderr).toBe(0);
    server = await serveStatic(run.outDir, "/machi/");
    browser = await chromium.launch(CHROMIUM_LAUNCH);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page with the clock at an instant; the device's zone is UTC, to show Asia/Tokyo is used regardless. */
  async function open(pagePath: string, instant: string, javaScript = true): Promise<Page> {
    const context = await browser.newContext({ timezoneId: "UTC", javaScriptEnabled: javaScript });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(instant));
    await page.goto(`${server.url}${pagePath}`);
    return page;
  }
  const visibleTitles = (page: Page) => page.locator("[data-event-item]:visible .event-card__title a").allTextContents();

  it("relabels an event page after its end (16:00 JST = 07:00 UTC) and says it is over", async () => {
    const before = await open("events/koen-2026-12/", "2026-12-05T06:59:00Z");
    expect(await before.locator("[data-status-label]").textContent()).toBe("受付終了");
    expect(await before.locator("[data-status-asof]").count()).toBe(0);
    expect(await before.getByText("この催しは終了しました。").isVisible()).toBe(false);
    const after = await open("events/koen-2026-12/", "2026-12-05T07:00:00Z");
    expect(await after.locator("[data-status-label]").textContent()).toBe("終了");
    expect(await after.getByText("この催しは終了しました。").isVisible()).toBe(true);
  });

  it("hides ended events (cancelled ones too) and empty months from the upcoming list", async () => {
    const page = await open("events/", "2027-01-31T15:00:00Z"); // 2027-02-01 00:00 in Japan
    expect(await visibleTitles(page)).toEqual([
      "オンライン講演会「在宅医療の今」",
      "<script>alert(1)</script>講座 {1+1}",
      "多職種で考える在宅療養",
    ]);
    expect(await page.locator("[data-month-group]:visible h2").allTextContents()).toEqual(["令和9年2月", "令和9年3月"]);
    expect(await page.locator(".badge:visible").first().textContent()).toBe("締切間近");
  });

  it("says so when every listed event has ended", async () => {
    const page = await open("events/kind/ninchisho-cafe/", "2026-12-31T00:00:00Z");
    expect(await visibleTitles(page)).toEqual([]);
    expect(await page.getByText("現在、予定している認知症カフェはありません。").isVisible()).toBe(true);
  });

  it("keeps the build's labels, with their date, without JavaScript", async () => {
    const page = await open("events/koen-2026-12/", "2026-12-06T00:00:00Z", false);
    expect((await page.locator(".badge").textContent())?.trim()).toBe("締切間近（令和8年11月28日時点）");
  });

  it("filters the list in place by kind and area, combined, and can reset", async () => {
    const page = await open("events/", "2026-11-28T01:00:00Z");
    await page.getByRole("link", { name: "講演会（4件）" }).click();
    expect(page.url()).toBe(`${server.url}events/`);
    expect(await visibleTitles(page)).toEqual([
      "市民公開講座「家で最期まで暮らす」",
      "看取りの講演会",
      "オンライン講演会「在宅医療の今」",
      "<script>alert(1)</script>講座 {1+1}",
    ]);
    expect(await page.getByRole("status").textContent()).toBe("4件の催しを表示しています");
    await page.getByRole("link", { name: "中央地区（6件）" }).click();
    expect(await visibleTitles(page)).toEqual([
      "市民公開講座「家で最期まで暮らす」",
      "看取りの講演会",
      "<script>alert(1)</script>講座 {1+1}",
    ]);
    await page.getByRole("button", { name: "絞り込みを解除" }).click();
    expect(await visibleTitles(page)).toHaveLength(11);
  });

  it.each(["events/", "events/koen-2026-12/", "events/legacy-3/", "events/archive/2025/", "talks/mitori/", ""])(
    "has no axe-core violations on /machi/%s (WCAG 2.2 AA rules)",
    async (pagePath) => {
      const page = await open(pagePath, "2026-11-28T01:00:00Z");
      await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
      const { violations, passes } = await page.evaluate(async () => {
        type Rule = { id: string; nodes: unknown[] };
        const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
        const result = await axe.run({
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        return { violations: result.violations.map((v) => `${v.id} (${v.nodes.length})`), passes: result.passes.length };
      });
      expect(violations).toEqual([]);
      expect(passes).toBeGreaterThan(10); // the rules did run
    },
  );

  it("follows the static filter page without JavaScript", async () => {
    const page = await open("events/", "2026-11-28T01:00:00Z", false);
    await page.getByRole("link", { name: "認知症カフェ（2件）" }).click();
    expect(decodeURI(page.url())).toBe(`${server.url}events/kind/ninchisho-cafe/`);
    expect(await visibleTitles(page)).toEqual(["本町オレンジカフェ", "認知症カフェ（南）"]);
  });
});
