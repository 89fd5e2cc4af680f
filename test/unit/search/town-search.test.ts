import { describe, expect, it } from "vitest";
import { queryReadingsFile } from "../../../src/lib/search/query-readings.ts";
import { findSynonyms } from "../../../src/lib/search/search-synonyms.ts";
import { searchTownsFile, townFinder } from "../../../src/lib/search/search-towns.ts";
import { MatchTier, type PageData, planQuery, type SearchEngine, searchSite } from "../../../src/lib/search/site-search.ts";
import { type TownDefinition, townDirectory } from "../../../src/lib/windows/town.ts";

const towns: TownDefinition[] = [
  { name: "元町", kana: "もとまち", chome: 0 },
  { name: "霞ヶ関", kana: "かすみがせき", chome: 3 },
];
const claims = [
  { slug: "east", areas: ["元町", "霞ヶ関1丁目", "霞ヶ関2丁目"] },
  { slug: "west", areas: ["霞ヶ関3丁目"] },
];
const json = queryReadingsFile(
  [],
  [],
  searchTownsFile(towns, townDirectory(towns, claims), (s) => `/windows/${s}/`),
);
const findTowns = townFinder(JSON.parse(JSON.stringify(json)));
const plan = (query: string) =>
  planQuery(
    query,
    findSynonyms,
    () => undefined,
    () => undefined,
    findTowns,
  );

/** Pagefind's stand-in: a page matches a term its text holds, scored by occurrences; `type` filters by kind. */
function engine(pages: PageData[]): SearchEngine {
  return {
    async search(term, type) {
      return pages.flatMap((page, i) => {
        const count = `${page.title} ${page.content} ${page.readings ?? ""}`.split(term).length - 1;
        const kept = count > 0 && (type === undefined || page.type === type);
        return kept ? [{ id: String(i), score: count, load: async () => page }] : [];
      });
    },
  };
}

const east: PageData = {
  url: "/windows/east/",
  title: "東地域包括支援センター",
  content: "介護や福祉の総合相談。担当地区: 元町、霞ヶ関（一〜二丁目）",
  readings: "モトマチ、カスミガセキ",
  type: "相談窓口",
};
const west: PageData = {
  url: "/windows/west/",
  title: "西地域包括支援センター",
  content: "介護や福祉の総合相談。担当地区: 霞ヶ関三丁目",
  readings: "カスミガセキ",
  type: "相談窓口",
};
const list: PageData = {
  url: "/pamphlets/soudan/",
  title: "相談窓口のご案内",
  content: "町名と窓口の一覧: 元町、霞ヶ関は東・西。介護相談はお近くの窓口へ。",
  type: "パンフレット",
};
const clinic: PageData = {
  url: "/resources/motomachi-dental/",
  title: "元町歯科",
  content: "元町1-2。歯科の訪問診療をしています。",
  type: "医療・介護事業所",
};
const all = [list, clinic, east, west];
const ranked = async (query: string, pages = all) =>
  (await searchSite(plan(query), engine(pages), { typeOrder: ["パンフレット", "相談窓口"], servingType: "相談窓口" })).results;

describe("a town typed in a query", () => {
  it("becomes a word of its own, searched as the site writes it and by its reading, served by its windows", () => {
    const words = plan("霞が関3丁目の包括").words;
    expect(words.map((w) => w.text)).toEqual(["霞が関3丁目", "包括"]);
    expect(words[0]?.forms).toEqual(expect.arrayContaining(["霞ヶ関", "カスミガセキ"]));
    expect(words[0]?.servedBy).toEqual(["/windows/west/"]);
    expect(words[1]?.servedBy).toBeUndefined();
  });

  it("puts the window covering the town first, above a pamphlet that names the town and the other words", async () => {
    for (const query of ["元町 相談", "もとまち そうだん", "元町 介護相談", "母が元町に住んでいて介護が心配"]) {
      expect((await ranked(query))[0]?.url, query).toBe("/windows/east/");
    }
  });

  it("puts the window first among pages that hold only some of the words, even pages holding more of them", async () => {
    const worried = { ...list, url: "/pamphlets/worried/", content: `${list.content}母の介護が心配な方へ。` };
    const results = await ranked("母が元町に住んでいて介護が心配", [worried, east]);
    expect(results.map((r) => [r.url, r.tier])).toEqual([
      ["/windows/east/", MatchTier.someWords],
      ["/pamphlets/worried/", MatchTier.someWords],
    ]);
    expect(results[1]?.wordsFound).toBeGreaterThan(results[0]?.wordsFound ?? 0);
  });

  it("picks the window of the 丁目 typed, in kanji, digits or kana", async () => {
    expect((await ranked("霞ヶ関三丁目"))[0]?.url).toBe("/windows/west/");
    expect((await ranked("霞が関2丁目 相談"))[0]?.url).toBe("/windows/east/");
    expect((await ranked("かすみがせき3ちょうめ"))[0]?.url).toBe("/windows/west/");
  });

  it("ranks a town alone like a title match: the window before a page titled with the town", async () => {
    const results = await ranked("元町");
    expect(results.map((r) => r.url).slice(0, 2)).toEqual(["/windows/east/", "/resources/motomachi-dental/"]);
    expect(results[0]?.tier).toBe(MatchTier.titlePhrase);
  });

  it("does not put the window first when it lacks the other words: 元町 歯医者 finds the dentist in 元町", async () => {
    const results = await ranked("元町 歯医者");
    expect(results[0]?.url).toBe("/resources/motomachi-dental/");
    expect(results.map((r) => r.url)).toContain("/windows/east/");
  });

  it("loads the covering window however many pages name the town (searched among the windows too)", async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      url: `/resources/r${i}/`,
      title: `元町の事業所${i}`,
      content: "元町 元町 元町 元町 介護の相談",
      type: "医療・介護事業所",
    }));
    const options = { maxCandidates: 5, servingType: "相談窓口" };
    const found = await searchSite(plan("元町 相談"), engine([...many, east]), options);
    expect(found.results[0]?.url).toBe("/windows/east/");
    // Without the search among the windows, the window is not among the pages loaded.
    const without = await searchSite(plan("元町 相談"), engine([...many, east]), { maxCandidates: 5 });
    expect(without.results.map((r) => r.url)).not.toContain("/windows/east/");
  });

  it("changes nothing for a query without a town", async () => {
    const withTowns = await ranked("介護相談");
    const withoutTowns = await searchSite(planQuery("介護相談"), engine(all));
    expect(withTowns.map((r) => r.url)).toEqual(withoutTowns.results.map((r) => r.url));
  });
});
