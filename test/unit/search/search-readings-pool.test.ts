import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pageSearchReadings, SiteNouns, withSearchReadings } from "../../../src/lib/readings/search-readings.ts";
import { loadSiteReader, openSiteReadingCache } from "../../../src/lib/readings/site-reader.ts";
import { generatorFingerprint } from "../../../src/outputs/cache.ts";
import { SEARCH_PAGE_ENTRY, type SearchReadings, startSearchReadings } from "../../../src/outputs/search-readings-pool.ts";

const projectRoot = path.resolve(import.meta.dirname, "../../..");
const towns = [
  { name: "中央町", kana: "ちゅうおうちょう" },
  { name: "本町", kana: "ほんちょう" },
];
const page = (type: string, body: string) =>
  `<!doctype html><html lang="ja"><head><meta name="page-type" content="${type}"><title>t</title></head>` +
  `<body><main data-pagefind-body>${body}</main></body></html>`;
const pages = [
  page("パンフレット", "<h1>自宅での看取り</h1><p>訪問看護が支えます。中央町の診療所です。</p>"),
  page("医療・介護事業所", "<p>本町の訪問看護ステーションです。</p>"),
  page("パンフレット", "<p>かなだけのぶん</p>"),
  page("講座・イベント", "<p>人生会議の講座を本町で開きます。</p>"),
];

let running: SearchReadings | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await running?.close();
  running = undefined;
});

describe("startSearchReadings", () => {
  it("answers every page in order with what the main thread would make, then the same nouns and dictionary", async () => {
    const contentDir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-readings-"));
    process.env["ZAITAKU_CACHE_DIR"] ??= path.join(contentDir, "cache");
    const reader = await loadSiteReader(projectRoot, [], towns);
    const nouns = new SiteNouns();
    const expected = pages.map((html) => withSearchReadings(html, reader.read, nouns));

    running = startSearchReadings({ projectRoot, siteWords: [], towns });
    // All asked at once: the answers must still come back each to its own page.
    const prepared = await Promise.all(pages.map((html) => running?.prepare(html)));
    expect(prepared).toEqual(expected);
    expect(prepared[0]).toContain("ミトリ");
    expect(prepared[2]).toBe(pages[2]);
    const vocabulary = await running.finish();
    expect(vocabulary.nouns).toEqual(nouns.top());
    expect(vocabulary.words).toEqual([...reader.dictionary.words].map(([word, entry]) => [word, entry.reading]));
  });

  it("keeps each page's readings in the cache by its HTML, and answers a cached page from the cache", async () => {
    const contentDir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-readings-"));
    vi.stubEnv("ZAITAKU_CACHE_DIR", path.join(contentDir, "cache"));
    running = startSearchReadings({ projectRoot, siteWords: [], towns });
    const first = await Promise.all(pages.map((html) => running?.prepare(html)));
    const firstNouns = (await running.finish()).nouns;
    await running.close();

    // Every page was stored, as the main thread would read it.
    const cache = openSiteReadingCache(projectRoot, [], towns);
    const reader = await loadSiteReader(projectRoot, [], towns);
    for (const html of pages)
      expect(cache.lookup(cache.keyOf([SEARCH_PAGE_ENTRY, generatorFingerprint(projectRoot), html]))).toEqual(
        pageSearchReadings(html, reader.read),
      );

    // A second run gives the same pages and nouns.
    running = startSearchReadings({ projectRoot, siteWords: [], towns });
    expect(await Promise.all(pages.map((html) => running?.prepare(html)))).toEqual(first);
    expect((await running.finish()).nouns).toEqual(firstNouns);
    await running.close();

    // What is stored is what is answered: an entry put there by hand comes back in the page and the nouns.
    const [html = ""] = pages;
    cache.store(cache.keyOf([SEARCH_PAGE_ENTRY, generatorFingerprint(projectRoot), html]), {
      readings: ["キャッシュ"],
      nouns: [["保存", "ほぞん"]],
      rank: 0,
    });
    running = startSearchReadings({ projectRoot, siteWords: [], towns });
    const prepared = await running.prepare(html);
    expect(prepared).toContain("キャッシュ");
    expect(prepared).not.toContain("ミトリ");
    expect((await running.finish()).nouns).toContainEqual(["保存", "ほぞん"]);
  });

  it("removes at the end the entries no build has used for 30 days, and keeps the ones this build read", async () => {
    const contentDir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-readings-"));
    vi.stubEnv("ZAITAKU_CACHE_DIR", path.join(contentDir, "cache"));
    running = startSearchReadings({ projectRoot, siteWords: [], towns });
    await Promise.all(pages.map((html) => running?.prepare(html)));
    await running.finish();
    await running.close();
    // Every entry made old, then a build that reads the first two pages only.
    new DatabaseSync(path.join(contentDir, "cache", "readings.sqlite"))
      .prepare("UPDATE entries SET used = ?")
      .run(Date.now() - 40 * 24 * 60 * 60 * 1000);
    running = startSearchReadings({ projectRoot, siteWords: [], towns });
    await Promise.all(pages.slice(0, 2).map((html) => running?.prepare(html)));
    await running.finish();
    const cache = openSiteReadingCache(projectRoot, [], towns);
    const entry = (html: string) => cache.lookup(cache.keyOf([SEARCH_PAGE_ENTRY, generatorFingerprint(projectRoot), html]));
    for (const html of pages.slice(0, 2)) expect(entry(html)).toBeDefined();
    for (const html of pages.slice(2)) expect(entry(html)).toBeUndefined();
  });

  it("rejects every page with a Japanese message when the reader cannot be loaded", async () => {
    // Words that never passed the content validation (a reading that is not text): the dictionary cannot be built.
    const siteWords = [{ word: "鷺沼", reading: null as unknown as string }];
    running = startSearchReadings({ projectRoot, siteWords, towns });
    const answers = await Promise.allSettled(pages.map((html) => running?.prepare(html)));
    for (const answer of answers) {
      expect(answer.status).toBe("rejected");
      if (answer.status === "rejected") expect(String(answer.reason)).toContain("検索用の読みを作れませんでした");
    }
    await expect(running.finish()).rejects.toThrow(/検索用の読み/);
  });
});
