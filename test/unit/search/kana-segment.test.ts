/** Phrases typed in hiragana are split into the site's words, and searched as those words. */
import { describe, expect, it } from "vitest";
import { kanaSegmenter } from "../../../src/lib/search/kana-segment.ts";
import { queryReadingsFile, readingVocabulary } from "../../../src/lib/search/query-readings.ts";
import { synonymKana } from "../../../src/lib/search/search-synonyms.ts";
import { type PageData, planQuery, searchSite } from "../../../src/lib/search/site-search.ts";

const file = queryReadingsFile(
  [
    ["訪問看護", "ほうもんかんご"],
    ["看取り", "みとり"],
  ],
  [
    ["家", "いえ"],
    ["最期", "さいご"],
    ["最後", "さいご"],
    ["自宅", "じたく"],
    ["訪問", "ほうもん"],
    ["看護", "かんご"],
    ["医者", "いしゃ"],
    ["費用", "ひよう"],
    ["手", "て"],
    ["者", "しゃ"],
    ["隊", "たい"],
  ],
);
const vocabulary = readingVocabulary(JSON.parse(JSON.stringify(file)));
const segment = kanaSegmenter(vocabulary);

describe("readingVocabulary", () => {
  it("maps each reading to every spelling, dictionary words first, and leaves out one-character readings", () => {
    expect(vocabulary.get("さいご")).toEqual(["最後", "最期"]);
    expect(vocabulary.get("みとり")).toEqual(["看取り"]);
    expect(vocabulary.has("て")).toBe(false);
  });

  it("adds the synonym groups' kana, with their terms", () => {
    const withSynonyms = readingVocabulary(null, synonymKana());
    expect(withSynonyms.get("はいしゃ")).toEqual(expect.arrayContaining(["歯科", "歯医者"]));
    expect(withSynonyms.get("けあまね")).toEqual(expect.arrayContaining(["介護支援専門員"]));
    expect(kanaSegmenter(withSynonyms)("はいしゃにきてほしい")?.map((s) => s.kana)).toEqual(["はいしゃ"]);
  });

  it("treats a broken or missing file as no words", () => {
    expect(readingVocabulary(null).size).toBe(0);
    expect(readingVocabulary({ nouns: [["家", 1], "x", ["家", "イエ"]] }).size).toBe(0);
  });
});

describe("kanaSegmenter", () => {
  it("splits a sentence into the site's words, dropping particles, endings and unknown verbs", () => {
    expect(segment("いえでさいごをむかえたい")).toEqual([
      { kana: "いえ", words: ["家"] },
      { kana: "さいご", words: ["最後", "最期"] },
    ]);
    expect(segment("じたくでみとり")?.map((s) => s.words)).toEqual([["自宅"], ["看取り"]]);
    expect(segment("おいしゃさんにきてほしい")?.map((s) => s.kana)).toEqual(["いしゃ"]);
  });

  it("never splits inside a mora, and ignores one-mora words and words that are also endings", () => {
    // 者 しゃ inside いしゃ, 隊 たい in 〜たい: without the rule both would split the phrase at random
    expect(segment("いしゃがきてくれたらいいのに")?.map((s) => s.kana)).toEqual(["いしゃ"]);
    expect(segment("ぬらりひょんをさがしたい")).toBeUndefined();
    expect(segment("きしゃでいきたい")).toBeUndefined();
  });

  it("prefers the longest site word: a dictionary compound is one word, not its parts", () => {
    expect(segment("ほうもんかんごのひよう")?.map((s) => s.kana)).toEqual(["ほうもんかんご", "ひよう"]);
  });

  it("leaves alone what needs no split: a site word, a run of site words, kana without site words, other text", () => {
    expect(segment("ほうもんかんご")).toBeUndefined();
    expect(segment("じたくひよう")).toBeUndefined();
    expect(segment("むかえたい")).toBeUndefined();
    expect(segment("家でさいご")).toBeUndefined();
    expect(segment("")).toBeUndefined();
  });
});

describe("a phrase typed in kana, searched as its words", () => {
  const page = (url: string, content: string): PageData => ({ url, title: url, content });
  const pages = [
    page("/mitori/", "自宅で最期を迎えるために。家族と看取りの準備をします。"),
    page("/kaigo/", "家で受けられる介護サービス。"),
    page("/shiryo/", "最後に、問い合わせ先です。"),
  ];
  const engine = {
    async search(term: string) {
      return pages.filter((p) => p.content.includes(term)).map((p, i) => ({ id: p.url, score: 1 + i, load: async () => p }));
    },
  };

  it("ranks first the page that holds every word, then pages with some", async () => {
    const plan = planQuery(
      "いえでさいごをむかえたい",
      () => undefined,
      () => undefined,
      segment,
    );
    expect(plan.words.map((w) => w.text)).toEqual(["いえ", "さいご"]);
    expect(plan.kanaSplits).toEqual([["いえでさいごをむかえたい", ["いえ", "さいご"]]]);
    expect(plan.words[1]?.forms).toEqual(expect.arrayContaining(["最期", "最後"]));
    const { results } = await searchSite(plan, engine);
    expect(results[0]?.url).toBe("/mitori/");
    expect(results.map((r) => r.url).sort()).toEqual(["/kaigo/", "/mitori/", "/shiryo/"]);
  });

  it("finds nothing for the phrase as one word without the split (what residents got before)", async () => {
    const plan = planQuery("いえでさいごをむかえたい", () => undefined);
    expect(plan.words.map((w) => w.text)).toEqual(["いえでさいごをむかえたい"]);
    expect((await searchSite(plan, engine)).results).toEqual([]);
  });
});
