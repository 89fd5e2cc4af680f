import { mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sitemapPaths } from "../../src/cli/axe-audit.ts";
import { projectRoot } from "../helpers/fixture-site.ts";
import { BASE, type DemoSite, openDemoSite } from "./helpers/demo-site.ts";

/** An iPhone-sized screen: the page title must be within its first 320 px on every kind of page. */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const TITLE_WITHIN = 320;
/** The smallest phone still in use (iPhone SE, first generation). */
const SMALL_PHONE = { width: 320, height: 568 };
/** Screenshots of each page type at phone width, kept as test artefacts (test-results/ is not committed). */
const SHOTS = path.join(projectRoot, "test-results", "phone");

/** One page of each kind, taken from the sitemap (the first of its kind), so new content cannot hide a kind. */
const KINDS: Record<string, RegExp> = {
  home: /^\/$/,
  pamphlet: /^\/pamphlets\/[^/]+\/$/,
  "events list": /^\/events\/$/,
  event: /^\/events\/(?!kind\/|area\/|archive\/)[^/]+\/$/,
  windows: /^\/windows\/$/,
  window: /^\/windows\/(?!print\/)[^/]+\/$/,
  resources: /^\/resources\/$/,
  resource: /^\/resources\/(?!type\/|area\/|feature\/)[^/]+\/$/,
  talks: /^\/talks\/$/,
  talk: /^\/talks\/[^/]+\/$/,
  search: /^\/search\/$/,
  map: /^\/map\/$/,
  note: /^\/note\/$/,
};

let site: DemoSite;
let pages: [kind: string, path: string][];

beforeAll(async () => {
  site = await openDemoSite();
  const paths = sitemapPaths(site.dist, `https://zaitaku.example.jp${BASE}`);
  pages = Object.entries(KINDS).map(([kind, re]) => [kind, paths.find((p) => re.test(p)) ?? `(no ${kind} page)`]);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

/** Top of the page's title (main h1) in CSS pixels from the top of the page. */
function titleTop(p: Page): Promise<number> {
  return p
    .locator("main h1")
    .first()
    .evaluate((h1) => h1.getBoundingClientRect().top + window.scrollY);
}

/** The focused element: its text (a form field's: its label's), whether it is the menu button, and its focus outline. */
function focused(p: Page) {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      text: (el?.closest("label") ?? el)?.textContent?.trim(),
      isMenuButton: Boolean(el?.matches("details[data-site-menu] > summary")),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : "",
    };
  });
}

describe("the header on a phone (390×844)", () => {
  let phone: BrowserContext;
  beforeAll(async () => {
    phone = await site.newContext({ viewport: PHONE });
  });
  afterAll(async () => {
    await phone?.close();
  });

  it("shows the page title within the first 320 px on every kind of page", async () => {
    const p = await phone.newPage();
    const tops: Record<string, number> = {};
    for (const [kind, sitePath] of pages) {
      expect(sitePath, kind).toMatch(/^\//);
      await p.goto(site.url(sitePath));
      tops[`${kind} ${sitePath}`] = Math.round(await titleTop(p));
      await p.screenshot({ path: path.join(SHOTS, `${kind.replace(" ", "-")}.png`) });
    }
    const late = Object.entries(tops).filter(([, top]) => top > TITLE_WITHIN);
    expect(late, JSON.stringify(tops)).toEqual([]);
    await p.close();
  });

  it("keeps the menu closed until asked, and opens it from the keyboard; Escape closes it", async () => {
    const p = await phone.newPage();
    await p.goto(site.url("/pamphlets/"));
    const nav = p.locator('nav[aria-label="メインメニュー"] a').first();
    const textSize = p.locator('button[data-text-size="xlarge"]');
    expect(await nav.isVisible()).toBe(false);
    expect(await textSize.isVisible()).toBe(false);
    // Search is one tap away: the field itself is on the first screen.
    const search = await p.locator("#header-search-q").boundingBox();
    expect(search && search.y + search.height <= PHONE.height / 3).toBe(true);

    let menu = await focused(p);
    for (let i = 0; i < 8 && !menu.isMenuButton; i++) {
      await p.keyboard.press("Tab");
      menu = await focused(p);
    }
    expect(menu).toMatchObject({ isMenuButton: true, text: "メニュー" });
    expect(menu.outline).toMatch(/^solid [1-9]/);
    await p.keyboard.press("Enter");
    expect(await nav.isVisible()).toBe(true);
    expect(await textSize.isVisible()).toBe(true);
    expect(await p.locator("details[data-site-menu]").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // The reading aids come first in the panel, then the navigation.
    await p.keyboard.press("Tab");
    expect((await focused(p)).text).toBe("ふりがな");
    await p.keyboard.press("Escape");
    expect(await nav.isVisible()).toBe(false);
    expect((await focused(p)).isMenuButton).toBe(true);
    // Opened, the text size buttons work from the panel.
    await p.keyboard.press("Space");
    await textSize.click();
    expect(await p.evaluate(() => document.documentElement.dataset["textSize"])).toBe("xlarge");
    await p.screenshot({ path: path.join(SHOTS, "menu-open-xlarge.png") });
    await p.close();
  });

  it("opens the menu without JavaScript, by keyboard and by tap, and has no horizontal scroll", async () => {
    const noJs = await site.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(site.url("/windows/"));
    const nav = p.locator('nav[aria-label="メインメニュー"] a', { hasText: "相談窓口" });
    expect(await nav.isVisible()).toBe(false);
    await p.locator("summary.site-menu__button").focus();
    await p.keyboard.press("Enter");
    expect(await nav.isVisible()).toBe(true);
    expect(await p.locator("input[data-furigana-toggle]").isVisible()).toBe(true);
    await p.screenshot({ path: path.join(SHOTS, "menu-open-no-javascript.png") });
    await p.locator("summary.site-menu__button").click();
    expect(await nav.isVisible()).toBe(false);
    await p.locator("summary.site-menu__button").click();
    await nav.click();
    await p.waitForURL(/\/windows\/$/);
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await noJs.close();
  });
});

describe("targets on a small phone (320×568)", () => {
  it("puts the search field and the menu button on one row under the site name: the header takes a third of the screen at most", async () => {
    const small = await site.newContext({ viewport: SMALL_PHONE, isMobile: true, hasTouch: true });
    const p = await small.newPage();
    const tall: string[] = [];
    for (const [kind, sitePath] of pages) {
      await p.goto(site.url(sitePath));
      const header = await p.locator("header.site-header").evaluate((el) => el.getBoundingClientRect().bottom);
      const title = await titleTop(p);
      // The title below the header (breadcrumb, badges) is on the first screen too.
      if (header > SMALL_PHONE.height / 3 || title > SMALL_PHONE.height * 0.6)
        tall.push(`${kind} ${sitePath}: header ${Math.round(header)}, title ${Math.round(title)}`);
    }
    expect(tall).toEqual([]);
    const box = async (selector: string) =>
      (await p.locator(selector).boundingBox()) ?? { x: 0, y: Number.NaN, width: 0, height: 0 };
    await p.goto(site.url("/pamphlets/"));
    const field = await box("#header-search-q");
    const menu = await box("summary.site-menu__button");
    expect(Math.abs(field.y + field.height / 2 - (menu.y + menu.height / 2))).toBeLessThan(field.height / 2);
    // The field keeps room for a word: 訪問看護 at the page's text size.
    expect(field.width).toBeGreaterThanOrEqual(4 * 18);
    await p.screenshot({ path: path.join(SHOTS, "small-phone-pamphlets.png") });

    // With 特大 text the menu takes its own row again, and the field the width of the screen.
    await p.locator("summary.site-menu__button").click();
    await p.locator('button[data-text-size="xlarge"]').click();
    await p.locator("summary.site-menu__button").click();
    const large = await box("#header-search-q");
    const largeMenu = await box("summary.site-menu__button");
    expect(largeMenu.y).toBeGreaterThanOrEqual(large.y + large.height);
    expect(large.width).toBeGreaterThan(SMALL_PHONE.width / 2);
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await p.screenshot({ path: path.join(SHOTS, "small-phone-pamphlets-xlarge.png") });
    await small.close();
  });

  it("makes every visible link and button of the header and breadcrumb at least 24×24 px (WCAG 2.5.8)", async () => {
    const small = await site.newContext({ viewport: SMALL_PHONE, isMobile: true, hasTouch: true });
    const p = await small.newPage();
    const tooSmall: string[] = [];
    for (const [kind, sitePath] of pages) {
      await p.goto(site.url(sitePath));
      const found = await p.locator("header :is(a, button, summary, input), nav.breadcrumb a").evaluateAll((els) =>
        els.flatMap((el) => {
          const r = el.getBoundingClientRect();
          const shown = el.checkVisibility() && r.width > 1 && r.height > 1; // the visually hidden label is 1×1
          return shown && (r.width < 24 || r.height < 24)
            ? [`${el.tagName.toLowerCase()} ${el.textContent?.trim()} ${Math.round(r.width)}×${Math.round(r.height)}`]
            : [];
        }),
      );
      tooSmall.push(...found.map((t) => `${kind}: ${t}`));
    }
    expect(tooSmall).toEqual([]);
    await small.close();
  });
});

describe("the header on a desktop screen (1280×800)", () => {
  it("shows search, reading aids and navigation in place, with no menu button", async () => {
    const desktop = await site.newContext({ viewport: DESKTOP });
    const p = await desktop.newPage();
    await p.goto(site.url("/pamphlets/"));
    expect(await p.locator("summary.site-menu__button").isVisible()).toBe(false);
    const nav = p.locator('nav[aria-label="メインメニュー"] a');
    expect(await nav.count()).toBeGreaterThanOrEqual(5);
    for (const link of await nav.all()) expect(await link.isVisible()).toBe(true);
    for (const selector of ["#header-search-q", 'button[data-text-size="xlarge"]', "[data-contrast-toggle]"])
      expect(await p.locator(selector).isVisible(), selector).toBe(true);
    // The navigation is one row below the search and reading aids, which share a row.
    const box = async (selector: string) => (await p.locator(selector).first().boundingBox()) ?? { y: Number.NaN, height: 0 };
    const search = await box("#header-search-q");
    const large = await box('button[data-text-size="xlarge"]');
    const first = await box('nav[aria-label="メインメニュー"] a');
    expect(Math.abs(search.y + search.height / 2 - (large.y + large.height / 2))).toBeLessThan(search.height);
    expect(first.y).toBeGreaterThan(search.y + search.height);
    await p.screenshot({ path: path.join(SHOTS, "desktop-pamphlets.png") });
    // The icons the page names exist (a missing /favicon.ico is a console error on every page).
    for (const rel of ["icon", "apple-touch-icon"]) {
      const iconHref = await p.locator(`link[rel="${rel}"]`).getAttribute("href");
      const response = await p.request.get(new URL(iconHref ?? "", p.url()).href);
      expect(response.status(), rel).toBe(200);
      expect(response.headers()["content-type"], rel).toMatch(/^image\//);
    }
    await desktop.close();
  });
});

describe("filters on a phone (390×844)", () => {
  /** A phone page with the clock at the demo build's day, so the events shown are the build's upcoming ones. */
  async function phonePage(sitePath: string, javaScriptEnabled = true): Promise<Page> {
    const context = await site.newContext({ viewport: PHONE, javaScriptEnabled });
    const p = await context.newPage();
    await p.clock.setFixedTime(new Date("2026-11-28T01:00:00Z"));
    await p.goto(site.url(sitePath));
    return p;
  }
  const foldButton = (p: Page) => p.locator("main details[data-fold] > summary");

  it("shows the first event of /events/ on the first screen, with the filters folded behind one button", async () => {
    const p = await phonePage("/events/");
    const title = p.locator(".event-card:visible .event-card__title").first();
    await p.screenshot({ path: path.join(SHOTS, "events-list-first-screen.png") });
    const box = await title.boundingBox();
    expect(box, "a visible event title").not.toBeNull();
    expect((box?.y ?? Number.POSITIVE_INFINITY) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    const filter = p.locator("a[data-filter]").first();
    expect(await filter.isVisible()).toBe(false);
    expect((await foldButton(p).textContent())?.replace(/\s/g, "")).toBe("絞り込み：すべて");
    await p.context().close();
  });

  it("names the active choice on the button, when filtering in place and on a static filter page", async () => {
    const p = await phonePage("/events/");
    await foldButton(p).click();
    const kind = p.locator('a[data-filter="kind"]').first();
    const label = (await kind.getAttribute("data-label")) ?? "(no label)";
    await kind.click();
    expect(await p.locator("[data-fold-current]").textContent()).toBe(label);
    const href = (await kind.getAttribute("href")) ?? "";
    await p.context().close();

    // Without JavaScript the same link opens the static filter page, whose button names the kind.
    const q = await phonePage(href.replace(BASE, "/"), false);
    expect(await q.locator("[data-fold-current]").textContent()).toBe(label);
    expect(await q.locator("a[data-filter]").first().isVisible()).toBe(false);
    await foldButton(q).click();
    expect(await q.locator("a[data-filter]").first().isVisible()).toBe(true);
    await q.context().close();
  });

  it("folds the resource filters too, naming the chosen type", async () => {
    const p = await phonePage("/resources/");
    expect(await p.locator(".resource-facets a").first().isVisible()).toBe(false);
    expect(await p.locator("[data-fold-current]").textContent()).toBe("すべて");
    await foldButton(p).focus();
    await p.keyboard.press("Enter");
    expect(await p.locator(".resource-facets a").first().isVisible()).toBe(true);
    // The demo's 57 resources fill two pages: filtering is by the links to the filter pages (over every page), not by
    // the in-page form, which would filter only the 50 on screen (the form on a one-page list: windows-site.test.ts).
    expect(await p.locator("#filter-type").count()).toBe(0);
    expect(await p.locator('nav[aria-label="ページ送り"] a[aria-current="page"]').textContent()).toBe("1");
    await p.screenshot({ path: path.join(SHOTS, "resources-filter-open.png") });
    const link = p.locator(".resource-facets a[href*='/resources/type/']").first();
    const type = (await link.textContent()) ?? "(no type)";
    await link.click();
    await p.waitForURL(/\/resources\/type\//);
    expect(await p.locator("[data-fold-current]").textContent()).toBe(type);
    await p.context().close();
  });

  it("keeps the filters open on a desktop screen, with no fold button", async () => {
    const desktop = await site.newContext({ viewport: DESKTOP });
    const p = await desktop.newPage();
    for (const sitePath of ["/events/", "/resources/"]) {
      await p.goto(site.url(sitePath));
      expect(await foldButton(p).isVisible(), sitePath).toBe(false);
      expect(await p.locator("main nav a").first().isVisible(), sitePath).toBe(true);
    }
    await desktop.close();
  });
});

describe("tables at large text on a phone", () => {
  /** Content width of every visible table cell, in characters of its own font size (the clipped header row excluded). */
  function cellWidths(p: Page) {
    return p.locator("main table").evaluateAll((tables) =>
      tables.flatMap((t) =>
        [...t.querySelectorAll("th, td")]
          .filter((c) => {
            // Left out: cells of a row hidden by clipping (the header row kept for screen readers in card view).
            for (let e: Element | null = c; e && e !== t.parentElement; e = e.parentElement)
              if (getComputedStyle(e).clipPath !== "none") return false;
            return c.getClientRects().length > 0;
          })
          .map((c) => {
            const s = getComputedStyle(c);
            const width = c.getBoundingClientRect().width - Number.parseFloat(s.paddingLeft) - Number.parseFloat(s.paddingRight);
            return { text: c.textContent?.trim().slice(0, 12), chars: width / Number.parseFloat(s.fontSize) };
          }),
      ),
    );
  }

  it("shows the 介護保険 pamphlet's tables at 特大 as cards no cell narrower than 4 characters, labelled by column", async () => {
    const context = await site.newContext({ viewport: PHONE });
    await context.addInitScript(() => localStorage.setItem("zaitaku:text-size", "xlarge"));
    const p = await context.newPage();
    await p.goto(site.url("/pamphlets/kaigo-hoken/"));
    expect(await p.evaluate(() => document.documentElement.dataset["textSize"])).toBe("xlarge");
    const widths = await cellWidths(p);
    expect(widths.length).toBeGreaterThan(6);
    expect(widths.filter((w) => w.chars < 4)).toEqual([]);
    // Each card line says which column it is: the header cell's text (readings left out).
    const labels = await p
      .locator("main table")
      .first()
      .evaluate((t) => ({
        heads: [...t.querySelectorAll("thead th")].map((th) => {
          const copy = th.cloneNode(true) as Element;
          for (const rt of copy.querySelectorAll("rt")) rt.remove();
          return copy.textContent?.trim();
        }),
        shown: [...(t.querySelector("tbody tr")?.children ?? [])].map((td) =>
          getComputedStyle(td, "::before").content.replace(/^"|"$/g, ""),
        ),
      }));
    expect(labels.shown).toEqual(labels.heads);
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await p.locator("main table").first().scrollIntoViewIfNeeded();
    await p.screenshot({ path: path.join(SHOTS, "table-xlarge.png") });
    await context.close();
  });

  it("keeps the columns on a desktop screen", async () => {
    const context = await site.newContext({ viewport: DESKTOP });
    const p = await context.newPage();
    await p.goto(site.url("/pamphlets/kaigo-hoken/"));
    const display = await p
      .locator("main table td")
      .first()
      .evaluate((td) => getComputedStyle(td).display);
    expect(display).toBe("table-cell");
    expect((await cellWidths(p)).filter((w) => w.chars < 4)).toEqual([]);
    await context.close();
  });
});

describe("Japanese headings on a phone", () => {
  // Every page of the sitemap: long facility and event names (青葉台ショートステイそよかぜ) in h1 and in the lists' h3
  // once left their last character alone; the build now adds <wbr> where the script changes (heading-breaks.ts).
  // Long runs of kanji (架空市中央地域包括支援センター) once left their first character alone, and the site name in the
  // header its last one on a 320px phone. At 320px only the page title and the site name are held to it: a smaller
  // heading may hold a phrase wider than that line (医療・介護関係者のみなさまへ), which the browser must cut.
  it("break between phrases: no h1–h4 nor the site name leaves its first or last character alone on a line", async () => {
    const lone: string[] = [];
    const all = sitemapPaths(site.dist, `https://zaitaku.example.jp${BASE}`);
    expect(all.length).toBeGreaterThan(100);
    for (const [width, selector] of [
      [320, "main h1, .site-title a"],
      [PHONE.width, "main :is(h1, h2, h3, h4):visible, .site-title a"],
    ] as const) {
      const context = await site.newContext({ viewport: { width, height: PHONE.height } });
      const p = await context.newPage();
      for (const sitePath of all) {
        await p.goto(site.url(sitePath));
        const found = await p.locator(selector).evaluateAll((headings) =>
          headings.flatMap((h) => {
            // The heading's own characters (ruby readings left out), each with the top of its line.
            const tops: number[] = [];
            const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT, {
              acceptNode: (n) => (n.parentElement?.closest("rt") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
            });
            for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null)
              for (let i = 0; i < n.data.length; i++) {
                if (!n.data[i]?.trim()) continue;
                const range = document.createRange();
                range.setStart(n, i);
                range.setEnd(n, i + 1);
                tops.push(range.getBoundingClientRect().top);
              }
            const [first, second, last, before] = [tops[0] ?? 0, tops[1] ?? 0, tops.at(-1) ?? 0, tops.at(-2) ?? 0];
            const alone = tops.length > 2 && (second > first + 2 || last > before + 2);
            return alone ? [h.textContent?.trim() ?? ""] : [];
          }),
        );
        lone.push(...found.map((text) => `${width}px ${sitePath} ${text}`));
      }
      await context.close();
    }
    expect(lone).toEqual([]);
  }, 600_000);
});
