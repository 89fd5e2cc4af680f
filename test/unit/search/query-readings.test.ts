import { describe, expect, it } from "vitest";
import { queryReadingsFile, readingLookup } from "../../../src/lib/search/query-readings.ts";
import { planQuery, searchSite } from "../../../src/lib/search/site-search.ts";

const file = queryReadingsFile([
  ["床擦れ", "とこずれ"],
  ["床ずれ", "とこずれ"],
  ["取組", "とりくみ"],
  ["介護", "かいご"],
  ["予防", "よぼう"],
]);
const readingOf = readingLookup(JSON.parse(JSON.stringify(file)));

describe("readingLookup", () => {
  it("reads a kanji word from the dictionary words and kana that cover all of it", () => {
    expect(readingOf("床擦れ")).toBe("とこずれ");
    expect(readingOf("床擦れ予防")).toBe("とこずれよぼう");
    expect(readingOf("介護のトコ")).toBe("かいごのとこ");
  });

  it("gives no reading for a word with an unknown kanji, or without kanji", () => {
    expect(readingOf("床擦れ対策")).toBeUndefined();
    expect(readingOf("とこずれ")).toBeUndefined();
    expect(readingOf("ACP")).toBeUndefined();
  });

  it("treats a broken or missing file as no words", () => {
    expect(readingLookup(null)("床擦れ")).toBeUndefined();
    expect(readingLookup({ words: [["床擦れ", 3], "x"] })("床擦れ")).toBeUndefined();
  });

  it("writes the words sorted, so that two builds give the same file", () => {
    expect(file.words.map(([w]) => w)).toEqual(["予防", "介護", "取組", "床ずれ", "床擦れ"]);
  });
});

describe("a kanji query meets another spelling with the same reading", () => {
  const withReading = {
    url: "/houmon-kango/",
    title: "訪問看護",
    content: "床ずれの手当てをします。",
    readings: "ホウモンカンゴ、トコズレ、テアテ",
  };
  const engine = (page: typeof withReading) => ({
    async search(term: string) {
      const text = `${page.title} ${page.content} ${page.readings}`;
      return text.includes(term) ? [{ id: "1", score: 1, load: async () => page }] : [];
    },
  });

  it("searches the reading of 床擦れ in katakana and finds the page that writes 床ずれ", async () => {
    const plan = planQuery("床擦れ", () => undefined, readingOf);
    expect(plan.words[0]?.forms).toEqual(["床擦れ", "トコズレ"]);
    const found = await searchSite(plan, engine(withReading));
    expect(found.results.map((r) => r.url)).toEqual(["/houmon-kango/"]);
  });

  it("does not find it without the reading", async () => {
    const plan = planQuery("床擦れ", () => undefined);
    expect((await searchSite(plan, engine(withReading))).results).toEqual([]);
  });
});
