import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSite, SYNTHETIC_TODAY } from "../../bench/synthetic/generate.ts";
import { HOME_EVENTS_SHOWN, upcomingEvents } from "../../src/lib/events.ts";
import { MAP_LIST_LIMIT } from "../../src/lib/map-places.ts";
import { readAllEvents } from "../../src/loaders/events.ts";
import { readResources } from "../../src/loaders/resources.ts";
import { readSiteConfig } from "../../src/loaders/site-config.ts";
import { readWindows } from "../../src/loaders/windows.ts";
import { type BuildRun, runBuild } from "../helpers/fixture-site.ts";

/**
 * Issue 14, "L builds green and stays green": the L site failed verification because every window page linked to a
 * map anchor the capped map list did not have. The L site is too slow for the suite, so this is L in miniature: a
 * generated prefecture-wide XS site with more windows and facilities than every list cap in the code, each cap met
 * at cap + 1 (windows and one resource category exactly MAP_LIST_LIMIT + 1, other categories under it; more upcoming
 * events than the home page shows; more searchable pages than one search index holds, with the batch size lowered:
 * the exact boundary of that cap is in test/unit/search/search-batches.test.ts).
 * The build must pass its own verification (no broken link or anchor) and every capped list must link onwards.
 */
const SEARCH_BATCH = 25;
let dir: string;
let run: BuildRun;
let categories: Map<string, string[]>;

const html = (file: string) => readFileSync(path.join(run.outDir, file), "utf8");
const mapLinks = (page: string) => [...html(page).matchAll(/href="([^"]*\/map\/[^"]*)">地図で見る/g)].map((m) => m[1]);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-xs-caps-"));
  const content = path.join(dir, "content");
  generateSite(content, "XS", undefined, { windows: MAP_LIST_LIMIT + 1, resources: 52, municipalities: 8, events: 40 });
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
