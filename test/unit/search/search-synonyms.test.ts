import { describe, expect, it } from "vitest";
import { findKnownWords, findSynonyms, SYNONYM_GROUPS, synonymIndex } from "../../../src/lib/search/search-synonyms.ts";
import { foldForMatch } from "../../../src/lib/search/search-text.ts";

describe("the built-in synonym groups", () => {
  it.each([
    ["ケアマネ", "介護支援専門員"],
    ["介護支援専門員", "ケアマネジャー"],
    ["ACP", "人生会議"],
    ["人生会議", "ACP"],
    ["包括", "地域包括支援センター"],
    ["地域包括支援センター", "包括"],
    ["訪問看護", "訪問看護ステーション"],
    ["医者", "医師"],
    ["いしゃ", "医師"],
  ])("relate %s to %s", (word, other) => {
    expect(findSynonyms(word)?.group.terms).toContain(other);
  });

  it("keep 歯医者 apart from 医者: a dentist is not any doctor", () => {
    expect(findSynonyms("歯医者")?.group.terms).not.toContain("医師");
    expect(findKnownWords("お医者さんに来てほしい")).toEqual(["医者"]);
    expect(findKnownWords("歯医者さんに来てほしい")).toEqual(["歯医者"]);
  });

  it("recognise width and kana variants of a term without extra entries", () => {
    for (const variant of ["ｹｱﾏﾈ", "けあまね", "ＡＣＰ", "acp"]) expect(findSynonyms(variant)).toBeDefined();
    expect(findSynonyms("けあまね")?.viaReading).toBe(false);
  });

  it("recognise readings, and mark them as readings (not worth searching for)", () => {
    expect(findSynonyms("みとり")).toMatchObject({ viaReading: true, group: { terms: expect.arrayContaining(["看取り"]) } });
    expect(findSynonyms("ミトリ")?.viaReading).toBe(true);
  });

  it("have no word in two groups (a word would silently belong to the first only)", () => {
    const seen = new Map<string, string>();
    for (const group of SYNONYM_GROUPS) {
      for (const word of [...group.terms, ...(group.readings ?? [])]) {
        const key = foldForMatch(word);
        expect(seen.get(key), `${word} is in two groups`).toBeUndefined();
        seen.set(key, group.terms[0] ?? "");
      }
    }
  });

  it("write readings in hiragana only", () => {
    for (const group of SYNONYM_GROUPS) for (const r of group.readings ?? []) expect(r).toMatch(/^[ぁ-ゖー]+$/);
  });

  it("know nothing of unrelated words", () => {
    expect(findSynonyms("東京タワー")).toBeUndefined();
  });
});

describe("synonymIndex", () => {
  it("builds a lookup from custom groups", () => {
    const index = synonymIndex([{ terms: ["見守り", "安否確認"], readings: ["みまもり"] }]);
    expect(findSynonyms("安否確認", index)?.group.terms).toContain("見守り");
    expect(findSynonyms("みまもり", index)?.viaReading).toBe(true);
  });
});

describe("findKnownWords", () => {
  it("finds known words inside a phrase, longest first, as pages write them", () => {
    expect(findKnownWords("家で看取りをしたい")).toEqual(["看取り"]);
    expect(findKnownWords("地域包括支援センターはどこ")).toEqual(["地域包括支援センター"]);
    expect(findKnownWords("家でみとりをしたい")).toEqual(["看取り"]);
  });

  it("finds nothing in unrelated text", () => {
    expect(findKnownWords("きょうはいい天気")).toEqual([]);
  });
});
