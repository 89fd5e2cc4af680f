import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWordDictionary, loadDomainReadings } from "../../../src/lib/readings/dictionary.ts";
import { loadTokenizer, type ReadWord, readText } from "../../../src/lib/readings/reader.ts";
import {
  pageReadings,
  READINGS_MARKER,
  readingRuns,
  SiteNouns,
  splitSearchReadings,
  withSearchReadings,
} from "../../../src/lib/readings/search-readings.ts";

const domain = loadDomainReadings(path.resolve(import.meta.dirname, "../../../src/data/domain-readings.json"));
let read: (text: string) => ReadWord[];
beforeAll(async () => {
  const tokenizer = await loadTokenizer();
  const dict = buildWordDictionary({ domain });
  read = (text) => readText(tokenizer, dict, text);
});

const page = (main: string) =>
  `<!doctype html><html lang="ja"><head><title>t</title></head><body><nav>介護保険課</nav>${main}<footer>市役所</footer></body></html>`;

describe("readingRuns", () => {
  it("gives the katakana reading of each run of nouns with kanji, without particles, endings or repeats", () => {
    const runs = readingRuns(read("自宅での看取りと、訪問看護のこと。自宅で。"));
    expect(runs).toEqual(expect.arrayContaining(["ジタク", "ミトリ", "ホウモンカンゴ"]));
    expect(runs.filter((r) => r === "ジタク")).toHaveLength(1);
    expect(runs.join("")).not.toMatch(/[ノトデ]$|コト/u);
  });

  it("keeps a compound of several nouns as one reading (介護保険制度 → カイゴホケンセイド)", () => {
    expect(readingRuns(read("介護保険制度について"))).toContain("カイゴホケンセイド");
  });

  it("ends a run at a line break (a page is read in one call, its lines joined by line breaks)", () => {
    expect(readingRuns(read("訪問看護\n介護保険"))).toEqual(["ホウモンカンゴ", "カイゴホケン"]);
  });

  it("leaves out runs without kanji (kana words are found as written)", () => {
    expect(readingRuns(read("ケアプランをつくる"))).toEqual([]);
  });
});

describe("withSearchReadings", () => {
  const html = page(
    `<main data-pagefind-body><h1>自宅での<ruby>看取<rt>みと</rt></ruby>り</h1><p>訪問看護が支えます。</p>` +
      `<div data-pagefind-ignore>胃瘻</div></main>`,
  );

  it("adds a hidden paragraph with the readings of the indexed text at the end of <main>", () => {
    const out = withSearchReadings(html, read);
    const paragraph = /<p hidden data-search-readings>([^<]*)<\/p><\/main>/u.exec(out)?.[1] ?? "";
    expect(paragraph.startsWith(READINGS_MARKER)).toBe(true);
    expect(paragraph).toContain("ミトリ");
    expect(paragraph).toContain("ホウモンカンゴ");
    // Text Pagefind does not index (navigation, footer, ignored parts) and ruby readings are not read.
    expect(paragraph).not.toContain("イロウ");
    expect(paragraph).not.toContain("カイゴホケンカ");
    expect(paragraph).not.toContain("シヤクショ");
    expect(out.replace(/<p hidden data-search-readings>[^<]*<\/p>/u, "")).toBe(html);
  });

  it("leaves pages that are not indexed, or have no kanji words, unchanged", () => {
    const unindexed = page("<main><p>訪問看護</p></main>");
    expect(withSearchReadings(unindexed, read)).toBe(unindexed);
    const kana = page("<main data-pagefind-body><p>おしらせ</p></main>");
    expect(withSearchReadings(kana, read)).toBe(kana);
    expect(pageReadings(unindexed, read)).toEqual([]);
  });
});

describe("splitSearchReadings", () => {
  it("splits Pagefind's indexed text into the page's text and its readings", () => {
    expect(splitSearchReadings(`訪問看護. 看護師が来ます. ${READINGS_MARKER} ホウモンカンゴ、カンゴシ.`)).toEqual({
      text: "訪問看護. 看護師が来ます.",
      readings: "ホウモンカンゴ、カンゴシ",
    });
  });

  it("finds the marker in Pagefind's text, where a zero-width space separates every segmented word", () => {
    const zw = "\u200b";
    const content = `訪問${zw}看護${zw}. ${zw}${[...READINGS_MARKER].join(zw)} ${zw}ホウモンカンゴ${zw}、${zw}カンゴシ${zw}.`;
    expect(splitSearchReadings(content)).toEqual({ text: `訪問${zw}看護${zw}.`, readings: "ホウモンカンゴ、カンゴシ" });
  });

  it("gives the text unchanged and no readings for a page indexed without them", () => {
    expect(splitSearchReadings("訪問看護. 看護師が来ます.")).toEqual({ text: "訪問看護. 看護師が来ます.", readings: "" });
  });
});

describe("SiteNouns", () => {
  const typed = (type: string, main: string) =>
    `<!doctype html><html lang="ja"><head><title>t</title><meta name="page-type" content="${type}"></head><body><main data-pagefind-body>${main}</main></body></html>`;

  it("keeps the kanji nouns read for sure, with their readings, pamphlets' first whatever the facilities' count", () => {
    const nouns = new SiteNouns();
    for (let i = 0; i < 5; i++) withSearchReadings(typed("医療・介護事業所", "<p>中央町の診療所です。</p>"), read, nouns);
    withSearchReadings(typed("パンフレット", "<p>自宅で最期を迎える。3人で話し合う。</p>"), read, nouns);
    const top = nouns.top();
    const words = top.map(([w]) => w);
    expect(words.indexOf("最期")).toBeLessThan(words.indexOf("診療所"));
    expect(top).toEqual(
      expect.arrayContaining([
        ["自宅", "じたく"],
        ["最期", "さいご"],
      ]),
    );
    // numbers, counters and kana-only words are no vocabulary
    expect(words.some((w) => /[0-9３人]|^[ぁ-ん]+$/u.test(w))).toBe(false);
    expect(nouns.top(2)).toEqual(top.slice(0, 2));
  });
});
