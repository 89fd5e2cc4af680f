import { describe, expect, it } from "vitest";
import {
  findTownUnits,
  kanaRow,
  kanaToRomaji,
  kanjiToNumber,
  parseTownInput,
  resolveArea,
  type TownDefinition,
  townDirectory,
  townUnits,
} from "../../../src/lib/windows/town.ts";

const towns: TownDefinition[] = [
  { name: "中央町", kana: "ちゅうおうちょう", chome: 3 },
  { name: "中央", kana: "ちゅうおう", chome: 0 },
  { name: "北町", kana: "キタマチ", chome: 0 },
  { name: "桜ヶ丘", kana: "さくらがおか", chome: 12 },
];
const units = towns.flatMap(townUnits);
const labels = (input: string) => findTownUnits(input, units, ["東京都", "架空市"]).map((u) => u.label);

describe("town input normalisation", () => {
  it("reads kanji and arabic 丁目, full and half width, kana of both kinds", () => {
    for (const input of [
      "中央町三丁目",
      "中央町3丁目",
      "中央町３丁目",
      "中央町3",
      "ちゅうおうちょう3ちょうめ",
      "チュウオウチョウ３",
      "中央町 3-12-5",
      "東京都架空市中央町三丁目4番",
    ]) {
      expect(labels(input), input).toEqual(["中央町三丁目"]);
    }
  });
  it("reads 丁目 numbers above ten", () => {
    expect(kanjiToNumber("十二")).toBe(12);
    expect(kanjiToNumber("二十三")).toBe(23);
    expect(labels("桜ヶ丘十二丁目")).toEqual(["桜ヶ丘十二丁目"]);
    expect(labels("さくらがおか12")).toEqual(["桜ヶ丘十二丁目"]);
  });
  it("gives every 丁目 of a town typed without one, and the town without 丁目 exactly", () => {
    expect(labels("中央町")).toEqual(["中央町一丁目", "中央町二丁目", "中央町三丁目"]);
    expect(labels("ちゅうおう")).toEqual(["中央"]);
    expect(labels("きたまち")).toEqual(["北町"]);
    expect(labels("ｷﾀﾏﾁ")).toEqual(["北町"]);
    expect(labels("北町3番地の2")).toEqual(["北町"]);
  });
  it("completes a partial name and finds nothing for an unknown town or 丁目", () => {
    expect(labels("さくら").length).toBe(12);
    expect(labels("南町")).toEqual([]);
    expect(labels("中央町4丁目")).toEqual([]);
    expect(labels("")).toEqual([]);
  });
  it("keeps kanji numerals that are part of a name", () => {
    expect(parseTownInput("三田")).toEqual({ town: "三田" });
    expect(parseTownInput("三田二丁目")).toEqual({ town: "三田", chome: 2 });
  });
});

describe("resolveArea", () => {
  it("resolves a town to all its units, or to one 丁目", () => {
    expect(resolveArea("中央町", towns)).toHaveLength(3);
    expect(resolveArea("中央町二丁目", towns)).toEqual([expect.objectContaining({ label: "中央町二丁目", chome: 2 })]);
  });
  it("explains unknown towns and 丁目", () => {
    expect(resolveArea("南町", towns)).toMatch(/町名の一覧（site.yaml の towns）にない町名です/);
    expect(resolveArea("中央町五丁目", towns)).toBe("中央町は三丁目までです");
    expect(resolveArea("北町1丁目", towns)).toMatch(/丁目がありません/);
  });
});

describe("townDirectory", () => {
  it("assigns every unit to the window that claims it", () => {
    const dir = townDirectory(towns, [
      { slug: "a", areas: ["中央町一丁目", "中央町2丁目", "中央"] },
      { slug: "b", areas: ["中央町三丁目", "北町"] },
    ]);
    expect(dir.filter((d) => d.owner === "a").map((d) => d.unit.label)).toEqual(["中央町一丁目", "中央町二丁目", "中央"]);
    expect(dir.filter((d) => d.owner === "b").map((d) => d.unit.label)).toEqual(["中央町三丁目", "北町"]);
    expect(dir.filter((d) => d.owner === undefined)).toHaveLength(12);
  });
});

describe("kana helpers", () => {
  it("groups readings by あかさたな row", () => {
    expect(["あおばだい", "ガクエン", "じょうなん", "ちゅうおう", "ぱーく", "わかば", "Aタウン"].map(kanaRow)).toEqual([
      "あ",
      "か",
      "さ",
      "た",
      "は",
      "わ",
      "その他",
    ]);
  });
  it("romanises readings for URL slugs", () => {
    expect(kanaToRomaji("ちゅうおうちょう")).toBe("chuuouchou");
    expect(kanaToRomaji("シャッポ")).toBe("shappo");
    expect(kanaToRomaji("さくらがおか")).toBe("sakuragaoka");
    expect(kanaToRomaji("きょうまっち")).toBe("kyoumatchi");
  });
});
