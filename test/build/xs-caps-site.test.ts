import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSite, SYNTHETIC_TODAY } from "../../bench/synthetic/generate.ts";
import { archiveByFiscalYear, HOME_EVENTS_SHOWN, upcomingEvents } from "../../src/lib/events/events.ts";
import { MAP_LIST_LIMIT } from "../../src/lib/resources/map-places.ts";
import { EVENTS_PAGE_SIZE, RESOURCES_PAGE_SIZE } from "../../src/lib/site/pagination.ts";
import { readAllEvents } from "../../src/loaders/events.ts";
import { readResources } from "../../src/loaders/resources.ts";
import { readSiteConfig } from "../../src/loaders/site-config.ts";
import { readWindows } from "../../src/loaders/windows.ts";
import { type BuildRun, runBuild } from "../helpers/fixture-site.ts";

/**
 * The L site must build green and stay green: it once failed verification because every window page linked to a
 * map anchor the capped map list did not have. The L site is too slow for the suite, so this is L in miniature: a
 * generated prefecture-wide XS site with more windows and facilities than every list cap in the code, each cap met
 * at cap + 1 (windows and one resource category exactly MAP_LIST_LIMIT + 1, other categories under it; more upcoming
 * events than the home page shows; more searchable pages than one search index holds, with the batch size lowered:
 * the exact boundary of that cap is in test/unit/search/search-batches.test.ts; RESOURCES_PAGE_SIZE + 1 resources
 * and EVENTS_PAGE_SIZE + 1 upcoming events, so the lists split into pages).
 * The build must pass its own verification (no broken link or anchor) and every capped list must link onwards.
 */
const SEARCH_BATCH = 25;
let dir: string;
let run: BuildRun;
let categories: Map<string, string[]>;

/** The links of a page's 「ページ送り」 navigation, or [] when it has none. */
const pageNav = (page: string) => {
  const nav = /<nav class="page-nav[^"]*" aria-label="ページ送り">([\s\S]*?)<\/nav>/.exec(html(page))?.[1];
  return nav
    ? [...nav.matchAll(/<a href="([^"]+)"([^>]*)>([^<]*)<\/a>/g)].map((m) => ({
        href: m[1] ?? "",
        attrs: m[2] ?? "",
        text: (m[3] ?? "").trim(),
      }))
    : [];
};
/** Ids linked from the cards of a list page (/resources/<id>/ or /events/<id>/ in a card heading). */
const cardIds = (page: string, section: "resources" | "events") =>
  [...html(page).matchAll(new RegExp(`<h[2-4][^>]*>\\s*(?:<span[^>]*>[^<]*</span>)?<a href="/${section}/([^"/]+)/">`, "g"))].map(
    (m) => m[1],
  );
/** The output file of a site path. */
const fileOf = (sitePath: string) => `${decodeURI(sitePath).replace(/^\//, "")}index.html`;
/** A page's HTML without the headings' `<wbr>` break opportunities (src/outputs/heading-breaks.ts). */
const html = (file: string) => readFileSync(path.join(run.outDir, file), "utf8").replaceAll("<wbr>", "");
const mapLinks = (page: string) => [...html(page).matchAll(/href="([^"]*\/map\/[^"]*)">地図で見る/g)].map((m) => m[1]);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-xs-caps-"));
  const content = path.join(dir, "content");
  generateSite(content, "XS", undefined, {
    windows: MAP_LIST_LIMIT + 1,
    resources: RESOURCES_PAGE_SIZE + 1,
    municipalities: 8,
    events: 184,
  });
  const config = readSiteConfig(content).config;
  categories = new Map();
  for (const r of readResources(content, config).resources) {
    categories.set(r.category, [...(categories.get(r.category) ?? []), r.id]);
  }
  run = runBuild(dir, { SITE_TODAY: SYNTHETIC_TODAY, ZAITAKU_SEARCH_BATCH_PAGES: String(SEARCH_BATCH) });
}, 600_000);

describe("XS site over every list cap", () => {
  it("has content at cap + 1 for every cap (read with the project's own loaders)", () => {
    const content = path.join(dir, "content");
    expect(readWindows(content).entries).toHaveLength(MAP_LIST_LIMIT + 1);
    // With this seed and these counts, 介護サービス事業所 has exactly cap + 1 offices (retune `resources` if not).
    const sizes = [...categories.values()].map((ids) => ids.length);
    expect(sizes).toContain(MAP_LIST_LIMIT + 1);
    expect(Math.min(...sizes)).toBeLessThanOrEqual(MAP_LIST_LIMIT);
    const upcoming = upcomingEvents(
      readAllEvents(content).events.map((e) => ({ id: e.id, data: e.data })),
      SYNTHETIC_TODAY,
    ).filter((e) => !e.data.cancelled);
    expect(upcoming.length).toBeGreaterThan(HOME_EVENTS_SHOWN);
    // Lists split into pages: exactly one item over a page (retune `events` if the seed's dates move).
    expect([...categories.values()].flat()).toHaveLength(RESOURCES_PAGE_SIZE + 1);
    const events = readAllEvents(content).events.map((e) => ({ id: e.id, data: e.data }));
    expect(upcomingEvents(events, SYNTHETIC_TODAY)).toHaveLength(EVENTS_PAGE_SIZE + 1);
    expect(Math.max(...archiveByFiscalYear(events, SYNTHETIC_TODAY).map((y) => y.items.length))).toBeGreaterThan(
      EVENTS_PAGE_SIZE,
    );
  });

  it("builds, and the build's verification finds no broken link or anchor", () => {
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain("リンク切れや安全でない書き方はありませんでした");
  });

  it("windows: the map page lists none by name, and every window page links to the map page itself", () => {
    expect(html("map/index.html")).not.toMatch(/id="window-/);
    const pages = readdirSync(path.join(run.outDir, "windows"), { withFileTypes: true }).filter(
      (d) => d.isDirectory() && existsSync(path.join(run.outDir, "windows", d.name, "index.html")),
    );
    const links = pages.flatMap((d) => mapLinks(`windows/${d.name}/index.html`));
    expect(links.length).toBeGreaterThan(MAP_LIST_LIMIT);
    expect(links.filter((l) => l?.includes("#"))).toEqual([]);
  });

  it("resources: a category over the cap links to the map page, one within it to its own anchor there", () => {
    const map = html("map/index.html");
    for (const ids of categories.values()) {
      const links = ids.flatMap((id) => mapLinks(`resources/${id}/index.html`));
      if (ids.length > MAP_LIST_LIMIT) {
        expect(links.filter((l) => l?.includes("#"))).toEqual([]);
        for (const id of ids) expect(map).not.toContain(`id="resource-${id}"`);
      } else {
        for (const link of links) {
          const anchor = /#(resource-.+)$/.exec(link ?? "")?.[1];
          expect(anchor, link).toBeDefined();
          expect(map).toContain(`id="${anchor}"`);
        }
      }
    }
  });

  it("home page: shows exactly the capped number of upcoming events, and links to the whole list", () => {
    const home = html("index.html");
    const section = home.slice(home.indexOf('id="events"'));
    const cards = section.slice(0, section.indexOf("</ul>")).match(/<li\b/g) ?? [];
    expect(cards).toHaveLength(HOME_EVENTS_SHOWN);
    expect(section).toMatch(/href="\/events\/">講座・イベントの一覧へ/);
  });

  it("search: more pages than one index holds are split into ceil(pages / batch) indexes, all written", () => {
    const searchable = readdirSync(run.outDir, { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".html") && html(f).includes("data-pagefind-body"),
    );
    expect(searchable.length).toBeGreaterThan(SEARCH_BATCH);
    const bundles = Math.ceil(searchable.length / SEARCH_BATCH);
    expect(existsSync(path.join(run.outDir, "pagefind", "pagefind-entry.json"))).toBe(true);
    for (let n = 2; n <= bundles; n++) {
      expect(existsSync(path.join(run.outDir, "pagefind", `part-${n}`, "pagefind-entry.json")), `part-${n}`).toBe(true);
    }
    expect(existsSync(path.join(run.outDir, "pagefind", `part-${bundles + 1}`))).toBe(false);
  });
});

describe("lists split into pages (cap + 1 items)", () => {
  const lists = () => {
    const events = readAllEvents(path.join(dir, "content")).events.map((e) => ({ id: e.id, data: e.data }));
    const archive = archiveByFiscalYear(events, SYNTHETIC_TODAY);
    const biggest = archive.reduce((a, b) => (b.items.length > a.items.length ? b : a));
    return [
      { path: "/resources/", section: "resources" as const, size: RESOURCES_PAGE_SIZE, ids: [...categories.values()].flat() },
      {
        path: "/events/",
        section: "events" as const,
        size: EVENTS_PAGE_SIZE,
        ids: upcomingEvents(events, SYNTHETIC_TODAY).map((e) => e.id),
      },
      {
        path: `/events/archive/${biggest.fiscalYear}/`,
        section: "events" as const,
        size: EVENTS_PAGE_SIZE,
        ids: biggest.items.map((e) => e.id),
      },
    ];
  };

  it("keeps page 1 at the list's own URL, with exactly one page's worth of items and no /1/ page", () => {
    for (const list of lists()) {
      expect(cardIds(fileOf(list.path), list.section), list.path).toHaveLength(list.size);
      expect(existsSync(path.join(run.outDir, fileOf(`${list.path}1/`))), list.path).toBe(false);
    }
  });

  it("puts the overflow on page 2 and later, every item exactly once across the pages, in order", () => {
    for (const list of lists()) {
      const last = Math.ceil(list.ids.length / list.size);
      expect(last, list.path).toBeGreaterThan(1);
      const seen: (string | undefined)[] = [];
      for (let n = 1; n <= last; n++) {
        const ids = cardIds(fileOf(n === 1 ? list.path : `${list.path}${n}/`), list.section);
        expect(ids, `${list.path} page ${n}`).toHaveLength(n < last ? list.size : list.ids.length - list.size * (last - 1));
        seen.push(...ids);
      }
      expect(new Set(seen).size, list.path).toBe(list.ids.length);
      expect([...seen].sort(), list.path).toEqual([...list.ids].sort());
      expect(existsSync(path.join(run.outDir, fileOf(`${list.path}${last + 1}/`))), list.path).toBe(false);
    }
  });

  it("links the pages to each other without JavaScript: 前へ・次へ, numbers, the current one marked, all resolving", () => {
    for (const list of lists()) {
      const last = Math.ceil(list.ids.length / list.size);
      for (let n = 1; n <= last; n++) {
        const file = fileOf(n === 1 ? list.path : `${list.path}${n}/`);
        const links = pageNav(file);
        for (const link of links)
          expect(existsSync(path.join(run.outDir, fileOf(link.href))), `${file} → ${link.href}`).toBe(true);
        expect(
          links.filter((l) => l.attrs.includes('aria-current="page"')).map((l) => l.text),
          file,
        ).toEqual([String(n)]);
        expect(links.find((l) => l.text === "前へ")?.href, file).toBe(
          n > 1 ? (n === 2 ? list.path : `${list.path}${n - 1}/`) : undefined,
        );
        expect(links.find((l) => l.text === "次へ")?.href, file).toBe(n < last ? `${list.path}${n + 1}/` : undefined);
      }
    }
  });

  it("says the page number in the title and points to the neighbours in the head", () => {
    const page2 = html("resources/2/index.html");
    expect(page2).toMatch(/<title>医療・介護事業所（2ページ目） \|/);
    expect(page2).toContain('<link rel="prev" href="/resources/">');
    expect(page2).not.toContain('rel="next"');
    expect(html("resources/index.html")).toContain('<link rel="next" href="/resources/2/">');
    expect(html("events/2/index.html")).toMatch(/<title>講座・イベント（2ページ目） \|/);
  });

  it("filters across all pages: the split lists offer the filter pages, not a filter of the page on screen", () => {
    for (const page of ["resources/index.html", "resources/2/index.html"]) {
      expect(html(page)).not.toContain("data-resource-filter");
      expect(html(page)).toMatch(/href="\/resources\/type\/[^"]+\/"/);
    }
    expect(html("events/index.html")).not.toMatch(/data-event-filter[ =>]/);
    expect(html("events/index.html")).toMatch(/href="\/events\/kind\/[^"]+\/"/);
  });

  it("lists the later pages in the sitemap and keeps them out of the search index", () => {
    const sitemap = readdirSync(run.outDir)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(path.join(run.outDir, f), "utf8"))
      .join("");
    expect(sitemap).toMatch(/<loc>[^<]*\/resources\/2\/<\/loc>/);
    expect(sitemap).toMatch(/<loc>[^<]*\/events\/2\/<\/loc>/);
    for (const page of ["resources/2/index.html", "events/2/index.html"]) expect(html(page)).not.toContain("data-pagefind-body");
  });
});

describe("every list cap in the code is met at cap + 1 by this site", () => {
  it("names each exported *_LIMIT, *_SHOWN, *_PAGE_SIZE and *_BATCH_PAGES constant of src/ here", () => {
    // A new cap on a list must be added to this fixture (and to the table below) with content at cap + 1.
    const covered = ["MAP_LIST_LIMIT", "HOME_EVENTS_SHOWN", "RESOURCES_PAGE_SIZE", "EVENTS_PAGE_SIZE", "SEARCH_BATCH_PAGES"];
    // Not a list: the site size up to which PDFs and images are rendered beside Astro. Its limit and limit + 1 are in
    // test/unit/cli/overlap.test.ts, both roads' output compared in test/build/overlap-build.test.ts.
    covered.push("OVERLAP_LIMIT");
    const src = path.resolve(import.meta.dirname, "../../src");
    const found = readdirSync(src, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(ts|astro)$/.test(f))
      .flatMap((f) => [
        ...readFileSync(path.join(src, f), "utf8").matchAll(/export const ([A-Z0-9_]+_(?:LIMIT|SHOWN|PAGE_SIZE|BATCH_PAGES)) =/g),
      ])
      .map((m) => m[1]);
    expect(found.length).toBeGreaterThanOrEqual(covered.length);
    expect([...new Set(found)].sort()).toEqual([...covered].sort());
  });
});
