import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pageSearchReadings } from "../../../src/lib/readings/search-readings.ts";
import { loadSiteReader, openSiteReadingCache } from "../../../src/lib/readings/site-reader.ts";
import { type SearchPreread, startSearchPreread } from "../../../src/outputs/search-preread.ts";

const projectRoot = path.resolve(import.meta.dirname, "../../..");
const towns = [{ name: "中央町", kana: "ちゅうおうちょう" }];
const page = (body: string) =>
  `<!doctype html><html lang="ja"><head><title>t</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

/** The text the search step hands the analyser for a page (what the reading cache is keyed by). */
function analysedText(html: string): string {
  let text = "";
  pageSearchReadings(html, (read) => {
    text = read;
    return [];
  });
  return text;
}

/** Writes a page of the site at a site path (folders made). */
function writePage(siteDir: string, sitePath: string, html: string) {
  mkdirSync(path.dirname(path.join(siteDir, sitePath)), { recursive: true });
  writeFileSync(path.join(siteDir, sitePath), html);
}

let running: SearchPreread | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
  vi.unstubAllEnvs();
});

describe("startSearchPreread", () => {
  it("reads the pages written while it runs into the reading cache, as the search step would read them", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "zaitaku-preread-"));
    const siteDir = path.join(root, "site");
    mkdirSync(siteDir);
    vi.stubEnv("ZAITAKU_CACHE_DIR", path.join(root, "cache"));
    const cached = (html: string) => {
      const cache = openSiteReadingCache(projectRoot, [], towns);
      return cache.lookup(cache.keyOf([analysedText(html)]));
    };
    const pages = {
      "index.html": page("<h1>在宅医療と介護</h1><p>中央町の暮らしを支えます。</p>"),
      "windows/index.html": page("<h1>相談窓口の一覧</h1>"),
      "windows/houkatsu/index.html": page("<h1>地域包括支援センター</h1><p>介護保険の申請を受け付けます。</p>"),
    };
    // Left to the search step: a page below a page folder, and Astro's own files.
    const deeper = page("<h1>事業所の一覧の二頁目</h1><p>訪問看護ステーション</p>");
    const astroFile = page("<p>組み立て用の部品</p>");

    running = startSearchPreread(siteDir, { projectRoot, siteWords: [], towns }, 20);
    // Pages appear one after the other, as Astro writes them.
    for (const [sitePath, html] of Object.entries(pages)) writePage(siteDir, sitePath, html);
    writePage(siteDir, "resources/page/2/index.html", deeper);
    writePage(siteDir, "_astro/index.html", astroFile);
    await vi.waitFor(() => expect(Object.values(pages).map(cached).every(Boolean)).toBe(true), { timeout: 20_000 });
    expect(await running.stop()).toBe(Object.keys(pages).length);
    running = undefined;

    // What is stored is what the analyser makes of the text (a reader on a cache of its own).
    vi.stubEnv("ZAITAKU_CACHE_DIR", path.join(root, "other-cache"));
    const reader = await loadSiteReader(projectRoot, [], towns);
    vi.stubEnv("ZAITAKU_CACHE_DIR", path.join(root, "cache"));
    for (const html of Object.values(pages)) {
      expect(cached(html)).toEqual(JSON.parse(JSON.stringify(reader.read(analysedText(html)))));
    }
    expect(cached(deeper)).toBeUndefined();
    expect(cached(astroFile)).toBeUndefined();

    // Stopped: a page written now is not read.
    const late = page("<h1>遅れて書かれた講座の案内</h1>");
    writePage(siteDir, "events/late/index.html", late);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(cached(late)).toBeUndefined();
  });

  it("reads nothing when the caches are turned off (nothing read ahead would be found again)", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "zaitaku-preread-"));
    vi.stubEnv("ZAITAKU_CACHE_DIR", path.join(root, "cache"));
    vi.stubEnv("ZAITAKU_NO_CACHE", "1");
    writePage(root, "index.html", page("<h1>在宅医療</h1>"));
    running = startSearchPreread(root, { projectRoot, siteWords: [], towns }, 20);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await expect(running.stop()).resolves.toBe(0);
    running = undefined;
  });

  it("only ends the read-ahead when the reader cannot be loaded (the search step reports the problem)", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "zaitaku-preread-"));
    vi.stubEnv("ZAITAKU_CACHE_DIR", path.join(root, "cache"));
    writePage(root, "index.html", page("<h1>在宅医療</h1>"));
    // Words that never passed the content validation (a reading that is not text): the dictionary cannot be built.
    const siteWords = [{ word: "鷺沼", reading: null as unknown as string }];
    running = startSearchPreread(root, { projectRoot, siteWords, towns }, 20);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(running.stop()).resolves.toBe(0);
    running = undefined;
  });
});
