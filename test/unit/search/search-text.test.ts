import { describe, expect, it } from "vitest";
import {
  foldForMatch,
  foldOkurigana,
  foldWithMap,
  isHiraganaOnly,
  isKatakanaOnly,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  okuriganaStem,
  splitCompound,
  toKatakana,
} from "../../../src/lib/search/search-text.ts";

describe("normalizeQuery", () => {
  it("turns full-width letters, digits and spaces into half-width and collapses spaces", () => {
    expect(normalizeQuery("　ＡＣＰ　　１１９番 ")).toBe("ACP 119番");
  });

  it("turns half-width katakana into full-width, joining voiced marks", () => {
    expect(normalizeQuery("ｹｱﾏﾈｼﾞｬｰ")).toBe("ケアマネジャー");
  });

  it("drops quotes and reads Japanese punctuation as word breaks", () => {
    expect(normalizeQuery("「人生会議」")).toBe("人生会議");
    expect(normalizeQuery("介護保険、費用。")).toBe("介護保険 費用");
  });

  it("keeps at most MAX_QUERY_LENGTH characters", () => {
    expect(normalizeQuery("あ".repeat(300))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe("foldForMatch", () => {
  it("makes katakana, hiragana and half-width katakana equal", () => {
    expect(foldForMatch("ケアマネ")).toBe("けあまね");
    expect(foldForMatch("ｹｱﾏﾈ")).toBe("けあまね");
    expect(foldForMatch("けあまね")).toBe("けあまね");
  });

  it("folds voiced half-width katakana to one character", () => {
    expect(foldForMatch("ﾃﾞｲｻｰﾋﾞｽ")).toBe(foldForMatch("デイサービス"));
    expect(foldForMatch("ﾃﾞｲｻｰﾋﾞｽ")).toBe("でいさーびす");
  });

  it("ignores case, width, spaces and the middle dot, but keeps the long-vowel mark and kanji", () => {
    expect(foldForMatch("ＡＣＰ")).toBe("acp");
    expect(foldForMatch("アドバンス・ケア・プランニング")).toBe(foldForMatch("アドバンスケアプランニング"));
    expect(foldForMatch("人生 会議")).toBe("人生会議");
    expect(foldForMatch("ケアマネージャー")).not.toBe(foldForMatch("ケアマネジャー"));
  });

  it("ignores the zero-width spaces Pagefind puts between segmented words", () => {
    expect(foldForMatch("訪問\u200b看護\u200bステーション")).toBe(foldForMatch("訪問看護ステーション"));
  });

  it("keeps punctuation, so a match cannot span two clauses", () => {
    expect(foldForMatch("痛みのみ、とりあえず")).not.toContain("みとり");
  });
});

describe("foldWithMap", () => {
  it("maps each folded character back to its original position", () => {
    const text = "ご相談・ｹｱﾏﾈ";
    const { folded, map } = foldWithMap(text);
    expect(folded).toBe("ご相談けあまね");
    expect(map).toHaveLength(folded.length);
    expect(text[map[folded.indexOf("け")] ?? -1]).toBe("ｹ");
    expect(text[map[folded.indexOf("相")] ?? -1]).toBe("相");
  });
});

describe("kana helpers", () => {
  it("converts hiragana to katakana", () => {
    expect(toKatakana("けあぷらん")).toBe("ケアプラン");
    expect(toKatakana("訪問かんご")).toBe("訪問カンゴ");
  });

  it("tells hiragana-only and katakana-only words", () => {
    expect(isHiraganaOnly("みとり")).toBe(true);
    expect(isHiraganaOnly("看取り")).toBe(false);
    expect(isKatakanaOnly("デイサービス")).toBe(true);
    expect(isKatakanaOnly("デイサービス等")).toBe(false);
  });
});

describe("splitCompound", () => {
  it("splits a compound into its words", () => {
    expect(splitCompound("相談窓口")).toEqual(["相談", "窓口"]);
  });

  it("keeps content words of a phrase and drops particles and endings", () => {
    const parts = splitCompound("家で最期を迎えたい");
    expect(parts).toContain("最期");
    for (const p of parts) expect(p).not.toMatch(/^[ぁ-ゖ]+$/);
  });

  it("cuts long kanji runs into two-character words, an odd last character joining the pair before", () => {
    const parts = splitCompound("在宅医療介護連携");
    expect(parts.join("")).toBe("在宅医療介護連携");
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const p of parts) expect(p.length).toBeGreaterThanOrEqual(2);
  });

  it("does not split hiragana, nor katakana into two-letter pieces, nor into a single part", () => {
    expect(splitCompound("けあまね")).toEqual([]);
    expect(splitCompound("ケアマネ")).toEqual([]);
    expect(splitCompound("看取り")).toEqual([]);
  });
});

describe("送り仮名 and the small ヶ", () => {
  it("folds the small ヶ as it is read: が in place names, か after a number", () => {
    expect(foldForMatch("桜ヶ丘")).toBe(foldForMatch("桜が丘"));
    expect(foldForMatch("3ヶ月")).toBe(foldForMatch("3か月"));
    expect(foldForMatch("三ヶ月")).toBe(foldForMatch("3カ月").replace("3", "三"));
  });

  it("drops a 送り仮名 alone between kanji, so that the spellings meet, and keeps particles", () => {
    for (const [a, b] of [
      ["申し込み", "申込み"],
      ["取り組み", "取組み"],
      ["受け付け", "受付け"],
      ["問い合わせ", "問合わせ"],
    ]) {
      expect(foldOkurigana(foldForMatch(a ?? "")), a).toBe(foldOkurigana(foldForMatch(b ?? "")));
    }
    expect(foldOkurigana(foldForMatch("介護の相談"))).toBe(foldForMatch("介護の相談"));
    expect(foldOkurigana(foldForMatch("家族が介護"))).toBe(foldForMatch("家族が介護"));
    // Only between two kanji: a word's last 送り仮名 stays (見守り), and so do kana words.
    expect(foldOkurigana(foldForMatch("見守り"))).toBe("見守り");
    expect(foldOkurigana("もうしこみ")).toBe("もうしこみ");
  });

  it("gives the stem of a word that ends in one 送り仮名 after two kanji, and nothing otherwise", () => {
    expect(okuriganaStem("申込み")).toBe("申込");
    expect(okuriganaStem("申し込み")).toBe("申込");
    expect(okuriganaStem("看取り")).toBe("看取");
    for (const word of ["介護", "住む", "相談したい", "介護の", "みとり"]) expect(okuriganaStem(word), word).toBeUndefined();
  });
});
