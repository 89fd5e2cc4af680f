import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_LAUNCH } from "../../src/cli/chromium.ts";
import { serveStatic } from "../../src/cli/static-server.ts";
import { copyFixture, runBuild } from "../helpers/fixture-site.ts";

/** The town finder, "open now" and the map button in Debian Chromium, on the built "windows" fixture. */
describe("town finder and open-now in the browser", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let base: string;
  /** Requests that left localhost. */
  const outside: string[] = [];

  beforeAll(async () => {
    const run = runBuild(copyFixture("windows"));
    expect(run.status, run.stderr).toBe(0);
    server = await serveStatic(run.outDir, "/soudan/");
    base = `${server.origin}/soudan`;
    browser = await chromium.launch(CHROMIUM_LAUNCH);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page whose clock is fixed (Asia/Tokyo time given) and whose requests outside localhost are recorded and refused. */
  async function open(pathname: string, tokyoTime: string, javaScriptEnabled = true): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled, timezoneId: "Europe/London" });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${tokyoTime}+09:00`));
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(`${base}${pathname}`);
    return page;
  }

  it("finds the centre from a typed town in kana, with 丁目 as a number", async () => {
    const page = await open("/windows/", "2026-12-02T10:00:00"); // Wednesday
    await page.getByLabel("町名を入力してください").fill("ほんちょう２");
    await page.getByRole("button", { name: "さがす" }).click();
    const result = page.locator("[data-town-result]");
    await expect.poll(() => result.textContent()).toContain("見本町山の手地域包括支援センター");
    expect(await result.locator('a[href^="tel:"]').getAttribute("href")).toBe("tel:0300002002");
    expect(await result.textContent()).toContain("本町二丁目 の担当は");
    expect(await result.textContent()).toContain("受付中です（17:00まで）");
    await page.context().close();
  });

  it("finds the centre from the pick list and from katakana, and explains a split town and an unknown one", async () => {
    const page = await open("/", "2026-12-06T10:00:00"); // Sunday (1st): closed
    const result = page.locator("[data-town-result]");
    await page.getByLabel("または一覧から選んでください").selectOption("港町");
    await expect.poll(() => result.textContent()).toContain("見本町本町地域包括支援センター");
    expect(await result.textContent()).toContain("受付時間外です。次は 明日 12月7日(月) 8:30 からです");
    await page.getByLabel("町名を入力してください").fill("本町");
    await page.getByRole("button", { name: "さがす" }).click();
    await expect.poll(() => result.locator(".town-finder__centre").count()).toBe(2);
    expect(await result.textContent()).toContain("丁目によって担当が分かれています");
    await page.getByLabel("町名を入力してください").fill("北海道見本町ﾔﾏﾉﾃ3番地");
    await page.getByRole("button", { name: "さがす" }).click();
    await expect.poll(() => result.textContent()).toContain("見本町山の手地域包括支援センター");
    await page.getByLabel("町名を入力してください").fill("霞ヶ関");
    await page.getByRole("button", { name: "さがす" }).click();
    await expect.poll(() => result.textContent()).toContain("「霞ヶ関」に当てはまる町名が見つかりませんでした");
    expect(await result.locator('a[href^="tel:"]').getAttribute("href")).toBe("tel:0300009999");
    await page.context().close();
  });

  it("shows open-now on the window page: the 2nd Sunday morning rule, and closed on a holiday", async () => {
    const sunday = await open("/windows/honcho/", "2026-12-13T10:30:00");
    await expect.poll(() => sunday.locator("[data-open-now]").textContent()).toBe("受付中です（12:00まで）");
    await sunday.context().close();
    const holiday = await open("/windows/honcho/", "2027-01-11T10:30:00"); // 成人の日 (Mon)
    await expect
      .poll(() => holiday.locator("[data-open-now]").textContent())
      .toBe("受付時間外です。次は 明日 1月12日(火) 8:30 からです");
    await holiday.context().close();
  });

  it("works without JavaScript: form and status hidden, static town list shown", async () => {
    const page = await open("/windows/", "2026-12-01T10:00:00", false);
    expect(await page.locator("[data-town-finder]").isVisible()).toBe(false);
    expect(await page.locator("[data-open-now]").first().isVisible()).toBe(false);
    expect(await page.locator("#town-list").getByRole("link", { name: "見本町山の手地域包括支援センター" }).count()).toBe(2);
    await page.context().close();
  });

  it("contacts the tile server only after 「地図を表示」 is pressed", async () => {
    outside.length = 0;
    const page = await open("/map/", "2026-12-01T10:00:00");
    await page.waitForLoadState("networkidle");
    expect(outside).toEqual([]);
    await page.getByRole("button", { name: "地図を表示" }).click();
    await expect.poll(() => outside.filter((u) => u.startsWith("https://tiles.example.jp/")).length).toBeGreaterThan(0);
    expect(outside.every((u) => u.startsWith("https://tiles.example.jp/"))).toBe(true);
    expect(await page.locator(".leaflet-interactive").count()).toBe(4); // honcho + 3 located resources
    await page.context().close();
  });
});
