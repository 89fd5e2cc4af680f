import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWordDictionary, loadDomainReadings } from "../../../src/lib/readings/dictionary.ts";
import {
  LONGEST_STRETCH,
  loadTokenizer,
  type ReadWord,
  readingOf,
  readText,
  type Tokenizer,
} from "../../../src/lib/readings/reader.ts";

const domain = loadDomainReadings(path.resolve(import.meta.dirname, "../../../src/data/domain-readings.json"));
let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
});

const word = (words: ReadWord[], surface: string) => words.find((w) => w.surface === surface);

describe("readText", () => {
  it("gives back the text word by word", () => {
    const text = "11月1日、2人で訪問看護ステーションに電話しました（0120-000-000）。";
    const words = readText(tokenizer, buildWordDictionary({ domain }), text);
    expect(words.map((w) => w.surface).join("")).toBe(text);
  });

  it("reads domain words from the domain dictionary before the analyser", () => {
    const bare = readText(tokenizer, buildWordDictionary({}), "褥瘡を防ぐ");
    expect(readingOf(bare)).not.toContain("じょくそう");
    const words = readText(tokenizer, buildWordDictionary({ domain }), "褥瘡を防ぐ");
    expect(word(words, "褥瘡")).toMatchObject({ reading: "じょくそう", source: "domain", status: "known" });
  });

  it("does not match a dictionary word across the analyser's word boundaries", () => {
    const dict = buildWordDictionary({ domain: [["末期", "まっき"]] });
    const words = readText(tokenizer, dict, "週末期間");
    expect(words.some((w) => w.surface === "末期")).toBe(false);
  });

  it("site readings and town kana override the domain dictionary", () => {
    const site = [{ word: "褥瘡", reading: "テスト" }];
    const dict = buildWordDictionary({ domain, towns: [{ name: "桜ヶ丘", kana: "さくらがおか" }], site });
    const words = readText(tokenizer, dict, "桜ヶ丘の褥瘡");
    expect(word(words, "桜ヶ丘")).toMatchObject({ reading: "さくらがおか", source: "town" });
    expect(word(words, "褥瘡")).toMatchObject({ reading: "てすと", source: "site" });
  });

  it("reads 月 after a number as がつ and marks number-dependent counters as guessed", () => {
    const words = readText(tokenizer, buildWordDictionary({}), "11月1日に2人");
    expect(word(words, "月")).toMatchObject({ reading: "がつ", status: "known" });
    expect(word(words, "日")?.status).toBe("guessed");
    expect(word(words, "人")?.status).toBe("guessed");
  });

  it("flags kanji words the analyser cannot read as unknown", () => {
    const words = readText(tokenizer, buildWordDictionary({}), "鬱鬱鬱の話");
    expect(words.filter((w) => w.kanji && w.status !== "known").length).toBeGreaterThan(0);
  });

  it("marks words without kanji as not kanji, with their kana as reading", () => {
    const words = readText(tokenizer, buildWordDictionary({}), "ケアマネ");
    expect(words.every((w) => !w.kanji)).toBe(true);
    expect(readingOf(words)).toBe("けあまね");
  });
});

describe("readText on a very long line without 、 or 。", () => {
  // kuromoji's work on one such stretch grows with the square of its length (a contributor's 50,000-character line
  // stalled the content check for minutes), so it is only ever given stretches of bounded length.
  it("gives the analyser bounded stretches and still reads every character once, in order", () => {
    const calls: number[] = [];
    const tokenize = (text: string) => {
      calls.push(text.length);
      return tokenizer.tokenize(text);
    };
    const spy = { tokenize } as Tokenizer;
    const line = `${"在宅医療と介護の連携".repeat(600)}𠮷野${"あ".repeat(3000)} 訪問看護`;
    const words = readText(spy, buildWordDictionary({ domain }), line);
    expect(Math.max(...calls)).toBeLessThanOrEqual(LONGEST_STRETCH);
    expect(words.map((w) => w.surface).join("")).toBe(line);
    expect(words.some((w) => w.surface.includes("𠮷"))).toBe(true);
  });

  it("reads an ordinary paragraph as before", () => {
    const text = "訪問看護は、看護師が自宅を訪ねるサービスです。";
    const whole = tokenizer.tokenize(text).map((t) => t.surface_form);
    expect(readText(tokenizer, buildWordDictionary({}), text).map((w) => w.surface)).toEqual(whole);
  });
});
