import { describe, expect, it } from "vitest";
import { queryReadingsFile } from "../../../src/lib/search/query-readings.ts";
import { searchTownsFile, splitTownWords, type TownFinder, townFinder } from "../../../src/lib/search/search-towns.ts";
import { foldTownText, type TownDefinition, townDirectory } from "../../../src/lib/windows/town.ts";

// A municipality unlike the demo's: a one-kanji town, a town in katakana, ヶ in a name, 丁目 split between centres.
const towns: TownDefinition[] = [
  { name: "栄", kana: "さかえ", chome: 0 },
  { name: "霞ヶ関", kana: "かすみがせき", chome: 4 },
  { name: "ニュータウン", kana: "にゅーたうん", chome: 0 },
  { name: "元町", kana: "モトマチ", chome: 0 },
  { name: "松原", kana: "まつばら", chome: 0 },
];
const claims = [
  { slug: "east", areas: ["栄", "霞ヶ関一丁目", "霞ヶ関2丁目", "元町"] },
  { slug: "west", areas: ["霞ヶ関三丁目", "霞ヶ関四丁目", "ニュータウン"] },
];
const file = searchTownsFile(towns, townDirectory(towns, claims), (slug) => `/windows/${slug}/`);
const json = JSON.parse(JSON.stringify(queryReadingsFile([], [], file)));
const find = townFinder(json, "/city/");
const found = (word: string) => find(word).map((t) => [word.slice(t.start, t.end), t.name, t.chome, t.pages]);

describe("the town directory for queries", () => {
  it("lists each window's page once and, per town, the window of each 丁目 (-1: none covers it)", () => {
    expect(file.pages).toEqual(["/windows/east/", "/windows/west/"]);
    expect(file.towns).toContainEqual(["霞ヶ関", "かすみがせき", 4, [0, 0, 1, 1]]);
    expect(file.towns).toContainEqual(["松原", "まつばら", 0, [-1]]);
  });

  it("is left out of the word file when the site has no towns", () => {
    expect(queryReadingsFile([], [], searchTownsFile([], [], String))).not.toHaveProperty("towns");
  });
});

describe("townFinder", () => {
  it("finds a town by name, with the ヶ typed as が, ケ or ヶ, and gives the windows covering it (base added)", () => {
    for (const word of ["霞ヶ関", "霞が関", "霞ケ関", "霞ｹ関"]) {
      expect(find(word.normalize("NFKC")).map((t) => t.pages)).toEqual([["/city/windows/east/", "/city/windows/west/"]]);
    }
  });

  it("narrows to the window of the 丁目 typed, in digits or kanji, and takes the 丁目 into the match", () => {
    expect(found("霞が関3丁目")).toEqual([["霞が関3丁目", "霞ヶ関", 3, ["/city/windows/west/"]]]);
    expect(found("霞ヶ関二丁目")).toEqual([["霞ヶ関二丁目", "霞ヶ関", 2, ["/city/windows/east/"]]]);
    expect(found("かすみがせき4ちょうめ")).toEqual([["かすみがせき4ちょうめ", "霞ヶ関", 4, ["/city/windows/west/"]]]);
    // A 丁目 the town does not have, or a number after a town without 丁目, is a 番地: the whole town.
    expect(found("霞ヶ関9丁目")[0]?.[3]).toEqual(["/city/windows/east/", "/city/windows/west/"]);
    expect(found("元町3")).toEqual([["元町", "元町", undefined, ["/city/windows/east/"]]]);
  });

  it("finds a name inside a longer word, and a reading only as a whole run of kana", () => {
    expect(found("母が元町に住んでいます").map((f) => f[1])).toEqual(["元町"]);
    expect(found("もとまち")).toHaveLength(1);
    expect(found("モトマチ")).toHaveLength(1);
    // もとまち inside another kana word is no town (a reading never matches inside a word).
    expect(found("もとまちがい")).toEqual([]);
  });

  it("finds a one-kanji town only as the whole word, never inside another word", () => {
    expect(found("栄")).toHaveLength(1);
    expect(found("栄養")).toEqual([]);
    expect(found("さかえ")).toHaveLength(1);
  });

  it("finds a town that no window covers, with no page", () => {
    expect(found("松原")).toEqual([["松原", "松原", undefined, []]]);
  });

  it("finds nothing without a town directory, or with a broken one", () => {
    for (const broken of [null, {}, { towns: { pages: "x", towns: [[1, 2]] } }]) expect(townFinder(broken)("元町")).toEqual([]);
  });
});

describe("splitTownWords", () => {
  it("cuts the towns out of a word, drops the particles left at the start of a piece and pieces of them only", () => {
    const pieces = splitTownWords("母が元町に住んでいます", find);
    expect(pieces.map((p) => [p.text, p.town?.name])).toEqual([
      ["母が", undefined],
      ["元町", "元町"],
      ["住んでいます", undefined],
    ]);
    expect(splitTownWords("霞が関3丁目の包括", find).map((p) => p.text)).toEqual(["霞が関3丁目", "包括"]);
    expect(splitTownWords("元町の", find).map((p) => p.text)).toEqual(["元町"]);
  });

  it("leaves a word without towns whole", () => {
    const none: TownFinder = () => [];
    expect(splitTownWords("介護相談", none)).toEqual([{ text: "介護相談" }]);
    expect(splitTownWords("介護相談", find)).toEqual([{ text: "介護相談" }]);
  });
});

describe("foldTownText (the town finder's matching) and the ヶ of place names", () => {
  it("reads 桜ヶ丘, 桜ケ丘, 桜が丘 and 桜ヵ丘 as one name, and leaves け and が in kana words alone", () => {
    const forms = ["桜ヶ丘", "桜ケ丘", "桜が丘", "桜ヵ丘", "桜ｹ丘"].map(foldTownText);
    expect(new Set(forms).size).toBe(1);
    expect(foldTownText("たけがわ")).toBe("たけがわ");
  });
});
