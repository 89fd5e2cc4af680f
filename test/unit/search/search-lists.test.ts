import { describe, expect, it } from "vitest";
import { listNames, SEARCH_LIST_META } from "../../../src/lib/search/page-types.ts";
import { planQuery } from "../../../src/lib/search/query-plan.ts";
import { longestCommonRun } from "../../../src/lib/search/search-text.ts";
import { type PageData, rankCandidates } from "../../../src/lib/search/site-search.ts";

const ranked = (query: string, pages: PageData[], split = new Set<number>()) =>
  rankCandidates(
    planQuery(query),
    pages.map((page) => ({ page, scores: new Map([[query, 1]]) })),
    split,
    ["パンフレット", "講座・イベント", "相談窓口"],
  ).map((r) => r.url);

const centre = (n: number): PageData => ({
  url: `/windows/c${n}/`,
  title: `第${n}地域包括支援センター`,
  content: "介護の相談",
  type: "相談窓口",
});
const windowsList: PageData = {
  url: "/windows/",
  title: "相談窓口",
  content: "相談窓口 在宅医療・介護について相談できる窓口の一覧です。 地域包括支援センター、市役所の担当課",
  type: "相談窓口",
  names: ["地域包括支援センター", "市役所の担当課"],
};
const pamphlet: PageData = {
  url: "/pamphlets/soudan/",
  title: "困ったときの相談窓口",
  content: "地域包括支援センターは介護の総合相談の窓口です。",
  type: "パンフレット",
};

describe("list pages in the ranking", () => {
  it("puts a list named by the query second, then pages of other kinds, then the rest of its items", () => {
    const pages = [1, 2, 3, 4, 5].map(centre);
    // 包括 is a synonym of 地域包括支援センター: every centre holds it in its title, the pamphlet only in its text.
    expect(ranked("包括", [...pages, pamphlet, windowsList]).slice(0, 4)).toEqual([
      "/windows/c1/",
      "/windows/",
      "/pamphlets/soudan/",
      "/windows/c2/",
    ]);
  });

  it("puts a named list first when no page is titled with the query", () => {
    expect(ranked("地域包括支援センター", [pamphlet, windowsList])).toEqual(["/windows/", "/pamphlets/soudan/"]);
  });

  it("never ranks an unnamed list above a content page titled with the query, even when its own title is the query", () => {
    expect(ranked("相談窓口", [windowsList, pamphlet])).toEqual(["/pamphlets/soudan/", "/windows/"]);
  });

  it("ranks a list after the content pages that hold the words as well", () => {
    const page: PageData = { url: "/pamphlets/x/", title: "案内", content: "在宅医療について", type: "パンフレット" };
    expect(ranked("在宅医療", [windowsList, page])).toEqual(["/pamphlets/x/", "/windows/"]);
  });
});

describe("split words kept whole in a title", () => {
  const office: PageData = { url: "/windows/k/", title: "架空市役所 介護保険課", content: "電話 03-0000-1240", type: "相談窓口" };
  const facility: PageData = {
    url: "/resources/r/",
    title: "ひだまり介護施設",
    content: "介護保険の事業所です。電話番号 03-0000-0000",
    type: "医療・介護事業所",
  };
  it("counts a word as found when the title keeps more of it than any part (…介護保険課 for 介護保険課の電話番号)", () => {
    expect(ranked("介護保険課の電話番号", [facility, office], new Set([0]))).toEqual(["/windows/k/", "/resources/r/"]);
  });

  it("does not count a run across a particle (の相談 in 痴呆の相談)", () => {
    const talk: PageData = { url: "/talks/s/", title: "困ったときの相談窓口", content: "介護", type: "講座・イベント" };
    const guide: PageData = { url: "/pamphlets/n/", title: "認知症", content: "痴呆の相談はこちら", type: "パンフレット" };
    expect(ranked("痴呆の相談", [talk, guide], new Set([0]))[0]).toBe("/pamphlets/n/");
  });
});

describe("longestCommonRun", () => {
  it("finds the longest shared run of characters", () => {
    expect(longestCommonRun("介護保険課の電話番号", "架空市役所介護保険課")).toBe("介護保険課");
    expect(longestCommonRun("痴呆の相談", "困ったときの相談窓口")).toBe("の相談");
    expect(longestCommonRun("abc", "xyz")).toBe("");
  });
});

describe("listNames", () => {
  it("reads the names of a list page's meta, and nothing for a content page", () => {
    expect(listNames({ [SEARCH_LIST_META]: "地域包括支援センター、 市役所の担当課、" })).toEqual([
      "地域包括支援センター",
      "市役所の担当課",
    ]);
    expect(listNames({ title: "訪問看護" })).toBeUndefined();
  });
});

describe("colloquial words", () => {
  it("searches ボケ in a sentence as 認知症 only (not ボケ again as typed), and 下の世話 with 排せつの介助", () => {
    expect(planQuery("うちの親がボケてきたみたい").words[0]?.parts).toEqual(["認知症"]);
    expect(planQuery("下の世話").words[0]?.forms).toContain("排せつの介助");
  });
});
