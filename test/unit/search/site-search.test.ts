import { describe, expect, it } from "vitest";
import { foldForMatch } from "../../../src/lib/search/search-text.ts";
import {
  countByType,
  type EngineHit,
  MatchTier,
  makeExcerpt,
  type PageData,
  planQuery,
  rankCandidates,
  type SearchEngine,
  searchSite,
} from "../../../src/lib/search/site-search.ts";

/**
 * A stand-in for Pagefind with its known behaviour: a page matches when its text contains the term, scored by
 * occurrences; a term that no page contains is shortened from the end until something matches (the prefix
 * fallback of Pagefind issue #1237: 看とり → 看 matches every 看護 page).
 */
function fakeEngine(pages: PageData[]): SearchEngine & { terms: string[] } {
  const terms: string[] = [];
  const hits = (term: string): EngineHit[] =>
    pages.flatMap((page, i) => {
      // Pagefind indexes the readings the build adds after a page's text (src/lib/readings/search-readings.ts).
      const text = `${page.title} ${page.content} ${page.readings ?? ""}`;
      const count = text.split(term).length - 1;
      return count > 0 ? [{ id: String(i), score: count, load: async () => page }] : [];
    });
  return {
    terms,
    async search(term) {
      terms.push(term);
      for (let t = term; t.length > 0; t = t.slice(0, -1)) {
        const found = hits(t);
        if (found.length) return found;
      }
      return [];
    },
  };
}

const pages: PageData[] = [
  {
    url: "/pamphlets/kaigo-hoken/",
    title: "介護保険サービスの使い方",
    content: "介護保険のサービスは、ケアマネジャー（介護支援専門員）が立てるケアプランで使います。費用は一部負担です。",
    type: "パンフレット",
  },
  {
    url: "/pamphlets/houmon-kango/",
    title: "訪問看護",
    content: "看護師が家を訪ねます。訪問看護ステーションの看護師が、看護と介護の相談にのります。看護、看護、看護。",
    type: "パンフレット",
  },
  {
    url: "/pamphlets/mitori/",
    title: "自宅での看取り",
    content: "家で最期を迎えるための準備です。看取りのときは、主治医と訪問看護に連絡します。",
    type: "パンフレット",
  },
  {
    url: "/pamphlets/soudan/",
    title: "相談窓口の使い方",
    content: "地域包括支援センターでは介護の相談ができます。窓口は市役所にもあります。",
    type: "パンフレット",
  },
  {
    url: "/windows/chuo/",
    title: "中央地域包括支援センター",
    content: "中央地区の相談をお受けします。電話でご相談ください。",
    type: "相談窓口",
  },
];

const urls = async (query: string) => (await searchSite(planQuery(query), fakeEngine(pages))).results.map((r) => r.url);

describe("planQuery", () => {
  it("splits words at spaces, adds synonyms and keeps the typed word", () => {
    const plan = planQuery("ｹｱﾏﾈ　費用");
    expect(plan.query).toBe("ケアマネ 費用");
    expect(plan.words.map((w) => w.text)).toEqual(["ケアマネ", "費用"]);
    expect(plan.words[0]?.forms).toEqual(expect.arrayContaining(["ケアマネ", "ケアマネジャー", "介護支援専門員"]));
    expect(plan.words[0]?.synonyms).not.toContain("ケアマネ");
  });

  it("searches the terms of a reading instead of the hiragana, and the katakana form of unknown hiragana", () => {
    expect(planQuery("みとり").words[0]?.forms).toEqual(expect.arrayContaining(["看取り"]));
    expect(planQuery("みとり").words[0]?.forms).not.toContain("みとり");
    expect(planQuery("けあまね").words[0]?.forms).not.toContain("けあまね");
    expect(planQuery("おむつかぶれ").words[0]?.forms).toEqual(["おむつかぶれ", "オムツカブレ"]);
  });

  it("prepares compound parts, known words first", () => {
    expect(planQuery("家で看取りをしたい").words[0]?.parts[0]).toBe("看取り");
    expect(planQuery("相談窓口").words[0]?.parts).toEqual(["相談", "窓口"]);
  });

  it("gives an empty plan for an empty or blank query", () => {
    expect(planQuery("　 ").words).toEqual([]);
  });
});

describe("searchSite", () => {
  it("finds pages through synonyms: 包括 finds a page that only says 地域包括支援センター", async () => {
    const found = await urls("包括");
    expect(found).toContain("/windows/chuo/");
    expect(found).toContain("/pamphlets/soudan/");
  });

  it("finds pages through a reading typed in hiragana or katakana", async () => {
    expect((await urls("みとり"))[0]).toBe("/pamphlets/mitori/");
    expect((await urls("ミトリ"))[0]).toBe("/pamphlets/mitori/");
    expect((await urls("けあまね"))[0]).toBe("/pamphlets/kaigo-hoken/");
  });

  it("finds a page through its indexed readings: ていきじゅんかい, テイキジュンカイ, ﾃｲｷｼﾞｭﾝｶｲ find 定期巡回", async () => {
    const zaitaku = {
      url: "/z/",
      title: "在宅医療とは",
      content: "看護師が家に来る定期巡回があります。",
      readings: "ザイタクイリョウ、カンゴシ、イエ、テイキジュンカイ",
    };
    const other = { url: "/o/", title: "お知らせ", content: "ていきの日のおしらせ。じゅんかいします。" };
    for (const query of ["ていきじゅんかい", "テイキジュンカイ", "ﾃｲｷｼﾞｭﾝｶｲ"]) {
      const outcome = await searchSite(planQuery(query), fakeEngine([other, zaitaku]));
      expect(outcome.results.map((r) => r.url)).toEqual(["/z/"]);
      // The readings are checked, never shown: the excerpt is cut from the page's text.
      expect(outcome.results[0]?.content).toBe(zaitaku.content);
    }
    const without = await searchSite(planQuery("ていきじゅんかい"), fakeEngine([{ ...zaitaku, readings: undefined }]));
    expect(without.results).toEqual([]);
  });

  it("does not find a word across two readings (イシ、イエ does not hold しいえ)", async () => {
    const page = { url: "/z/", title: "在宅医療", content: "医師が家に来ます。", readings: "イシ、イエ" };
    expect((await searchSite(planQuery("しいえ"), fakeEngine([page]))).results).toEqual([]);
    expect((await searchSite(planQuery("いえ"), fakeEngine([page]))).results.map((r) => r.url)).toEqual(["/z/"]);
  });

  it("ranks the page with the phrase in its title first", async () => {
    expect((await urls("訪問看護"))[0]).toBe("/pamphlets/houmon-kango/");
    expect((await urls("地域包括支援センター"))[0]).toBe("/windows/chuo/");
  });

  it("ranks exact phrase matches above pages that have only the words apart, whatever Pagefind's score", async () => {
    const apart = { url: "/a/", title: "お知らせ", content: "介護のこと。相談のこと。".repeat(20) };
    const together = { url: "/b/", title: "お知らせ", content: "毎月、介護相談の日があります。" };
    const outcome = await searchSite(planQuery("介護 相談"), fakeEngine([apart, together]));
    expect(outcome.results.map((r) => [r.url, r.tier])).toEqual([
      ["/b/", MatchTier.phrase],
      ["/a/", MatchTier.allWords],
    ]);
    expect(outcome.results[1]?.score).toBeGreaterThan(outcome.results[0]?.score ?? 0);
  });

  it("does not let Pagefind's prefix fallback (看とり → 看) rank 看護 pages above the 看取り page", async () => {
    const outcome = await searchSite(planQuery("みとり"), fakeEngine(pages));
    expect(outcome.results[0]?.url).toBe("/pamphlets/mitori/");
    expect(outcome.results.map((r) => r.url)).not.toContain("/pamphlets/kaigo-hoken/");
  });

  it("searches the parts of a compound that no page contains, and says so", async () => {
    const engine = fakeEngine(pages);
    const outcome = await searchSite(planQuery("相談窓口はどこ"), engine);
    expect(outcome.splitWords).toEqual([["相談窓口はどこ", ["相談窓口"]]]);
    expect(outcome.results[0]?.url).toBe("/pamphlets/soudan/");
    expect(engine.terms).toContain("相談窓口");
  });

  it("meets the 送り仮名 variants of a word (申込み, 申し込み, 申込) and still finds a word typed with one (使い)", async () => {
    const written = { url: "/w/", title: "講座", content: "出前講座のお申し込みは電話で。" };
    const short = { url: "/s/", title: "講座", content: "出前講座の申込書を送ってください。" };
    const other = { url: "/o/", title: "講座", content: "出前講座の日程です。" };
    const outcome = await searchSite(planQuery("出前講座 申込み"), fakeEngine([other, written, short]));
    expect(outcome.results.filter((r) => r.tier === MatchTier.allWords).map((r) => r.url)).toEqual(["/s/", "/w/"]);
    expect(outcome.results.find((r) => r.url === "/o/")?.tier).toBe(MatchTier.someWords);
    const use = { url: "/u/", title: "お知らせ", content: "サービスの使い方。" };
    expect((await searchSite(planQuery("介護 使い"), fakeEngine([use]))).results[0]?.wordsFound).toBe(1);
  });

  it("splits a plain compound into its words when the whole is nowhere", async () => {
    const outcome = await searchSite(planQuery("窓口相談"), fakeEngine(pages));
    expect(outcome.splitWords).toEqual([["窓口相談", ["窓口", "相談"]]]);
    expect(outcome.results[0]?.url).toBe("/pamphlets/soudan/");
    expect(outcome.results[0]?.tier).toBe(MatchTier.parts);
  });

  it("ranks pages with more of the words first when no page has all of them", async () => {
    const outcome = await searchSite(planQuery("ケアプラン 市役所"), fakeEngine(pages));
    expect(outcome.results.every((r) => r.tier === MatchTier.someWords)).toBe(true);
    expect(outcome.results.map((r) => r.url)).toEqual(expect.arrayContaining(["/pamphlets/kaigo-hoken/", "/pamphlets/soudan/"]));
  });

  it("highlights the whole word a page writes: ケアマネ marks ケアマネジャー too", async () => {
    const outcome = await searchSite(planQuery("ケアマネ"), fakeEngine(pages));
    const parts = makeExcerpt(outcome.results[0]?.content ?? "", outcome.results[0]?.highlight ?? []);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["ケアマネジャー", "介護支援専門員"]);
  });

  it("finds ACP through 人生会議 and reports the synonyms it used", async () => {
    const jinsei = { url: "/pamphlets/jinsei-kaigi/", title: "もしものとき", content: "前もって話し合う人生会議のすすめ。" };
    const outcome = await searchSite(planQuery("ＡＣＰ"), fakeEngine([...pages, jinsei]));
    expect(outcome.synonymsUsed).toContain("人生会議");
    expect(outcome.results.map((r) => r.url)).toEqual(["/pamphlets/jinsei-kaigi/"]);
    expect(outcome.results[0]?.tier).toBe(MatchTier.synonyms);
  });

  it("shows Pagefind's guesses as approximate only when nothing better exists, and never for hiragana", async () => {
    const guess = await searchSite(planQuery("看板"), fakeEngine(pages));
    expect(guess.approximate).toBe(true);
    expect(guess.results.length).toBeGreaterThan(0);
    expect(guess.results.every((r) => r.tier === MatchTier.approximate)).toBe(true);
    const hiragana = await searchSite(planQuery("かんばん"), fakeEngine(pages));
    expect(hiragana.results).toEqual([]);
    expect(hiragana.approximate).toBe(false);
  });

  it("loads at most maxCandidates pages", async () => {
    let loads = 0;
    const engine = fakeEngine(pages);
    const counting: SearchEngine = {
      search: async (term) =>
        (await engine.search(term)).map((h) => ({
          ...h,
          load: () => {
            loads += 1;
            return h.load();
          },
        })),
    };
    await searchSite(planQuery("相談"), counting, { maxCandidates: 2 });
    expect(loads).toBe(2);
  });
});

describe("rankCandidates", () => {
  it("orders by tier, then words found, then the score of terms the page really contains", () => {
    const plan = planQuery("看取り");
    const ranked = rankCandidates(plan, [
      { page: pages[1] as PageData, scores: new Map([["看取り", 50]]) }, // a fallback hit: no 看取り in the text
      { page: pages[2] as PageData, scores: new Map([["看取り", 2]]) },
    ]);
    expect(ranked.map((r) => r.url)).toEqual(["/pamphlets/mitori/", "/pamphlets/houmon-kango/"]);
    expect(ranked[0]?.tier).toBe(MatchTier.titlePhrase);
    expect(ranked[1]?.tier).toBe(MatchTier.approximate);
  });
});

describe("ranking by title and page kind", () => {
  const pamphlet = {
    url: "/pamphlets/houmon-kango/",
    title: "訪問看護",
    content: "訪問看護は看護師が家に来ます。",
    type: "パンフレット",
  };
  const station = {
    url: "/resources/1/",
    title: "訪問看護ステーションあかり",
    content: "訪問看護を行います。訪問看護。訪問看護。",
    type: "医療・介護事業所",
  };
  const clinic = { url: "/resources/2/", title: "こもれび診療所", content: "訪問診療と往診をします。", type: "医療・介護事業所" };
  const guide = {
    url: "/pamphlets/zaitaku-iryo/",
    title: "在宅医療とは",
    content: "訪問診療と往診のちがい。",
    type: "パンフレット",
  };

  it("puts the page titled exactly as the query before pages whose title only contains it", async () => {
    const outcome = await searchSite(planQuery("訪問看護"), fakeEngine([station, pamphlet]));
    expect(outcome.results.map((r) => [r.url, r.tier])).toEqual([
      ["/pamphlets/houmon-kango/", MatchTier.titleExact],
      ["/resources/1/", MatchTier.titlePhrase],
    ]);
  });

  it("counts a one-word query's synonym in a title as a title match (歯医者 → つばさ歯科)", async () => {
    const dentist = { url: "/resources/3/", title: "つばさ歯科", content: "歯の治療をします。", type: "医療・介護事業所" };
    const mention = {
      url: "/pamphlets/x/",
      title: "在宅医療とは",
      content: "歯科医師も訪問します。歯科。歯科。",
      type: "パンフレット",
    };
    const outcome = await searchSite(planQuery("歯医者"), fakeEngine([mention, dentist]), { typeOrder: ["パンフレット"] });
    expect(outcome.results.map((r) => [r.url, r.tier])).toEqual([
      ["/resources/3/", MatchTier.titlePhrase],
      ["/pamphlets/x/", MatchTier.synonyms],
    ]);
  });

  it("prefers the kinds listed first in typeOrder between equal matches, whatever Pagefind's score", async () => {
    const engine = fakeEngine([clinic, guide]);
    const preferred = await searchSite(planQuery("往診"), engine, { typeOrder: ["パンフレット", "医療・介護事業所"] });
    expect(preferred.results.map((r) => r.url)).toEqual(["/pamphlets/zaitaku-iryo/", "/resources/2/"]);
    const reversed = await searchSite(planQuery("往診"), engine, { typeOrder: ["医療・介護事業所", "パンフレット"] });
    expect(reversed.results.map((r) => r.url)).toEqual(["/resources/2/", "/pamphlets/zaitaku-iryo/"]);
  });
});

describe("makeExcerpt", () => {
  it("cuts around the first match and marks every match, in the original spelling", () => {
    const content = `${"前置きの文章です。".repeat(10)}ｹｱﾏﾈジャーに相談します。ケアマネジャーは介護の専門家です。`;
    const parts = makeExcerpt(content, [foldForMatch("ケアマネジャー")], 40);
    expect(parts[0]).toEqual({ text: "…", mark: false });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["ｹｱﾏﾈジャー", "ケアマネジャー"]);
    expect(
      parts
        .map((p) => p.text)
        .join("")
        .replace(/…/g, ""),
    ).toBe(content.slice(content.indexOf("ｹｱﾏﾈ") - 13, content.indexOf("ｹｱﾏﾈ") - 13 + 40));
  });

  it("finds and shows words across Pagefind's zero-width word marks", () => {
    const parts = makeExcerpt("在宅\u200b医療\u200bと\u200bは\u200b、\u200b訪問\u200b診療", [foldForMatch("訪問診療")]);
    expect(parts).toEqual([
      { text: "在宅医療とは、", mark: false },
      { text: "訪問診療", mark: true },
    ]);
  });

  it("rejoins Pagefind's '. ' block joins as Japanese: 。 after text, nothing after a sentence end, English kept", () => {
    const parts = makeExcerpt("往診のちがい. 医師が家に来ます。. 「訪問診療」. Q&A. ABC. 次へ", [foldForMatch("医師")]);
    expect(parts.map((p) => p.text).join("")).toBe("往診のちがい。医師が家に来ます。「訪問診療」Q&A. ABC. 次へ");
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["医師"]);
  });

  it("shows the start of the text when nothing matches", () => {
    const parts = makeExcerpt("あいうえおかきくけこ", ["さしす"], 5);
    expect(parts).toEqual([
      { text: "あいうえお", mark: false },
      { text: "…", mark: false },
    ]);
  });
});

describe("countByType", () => {
  it("counts results per kind, keeping kinds without results", () => {
    expect(
      countByType(
        [{ type: "パンフレット" }, { type: "相談窓口" }, { type: "パンフレット" }],
        ["パンフレット", "講座・イベント", "相談窓口"],
      ),
    ).toEqual([
      ["パンフレット", 2],
      ["講座・イベント", 0],
      ["相談窓口", 1],
    ]);
  });
});
