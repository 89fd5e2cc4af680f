import { describe, expect, it } from "vitest";
import { kinsokuViolations, LINE_START_PROHIBITED, svgTextLines } from "../../../src/lib/kinsoku.ts";
import { layoutElement } from "../../../src/outputs/print/flow.ts";
import { loadPrintFonts } from "../../../src/outputs/print/fonts.ts";
import { h } from "../../../src/outputs/print/theme.ts";

describe("kinsokuViolations", () => {
  it("finds lines that start with 、。ー or small kana, and lines that end with an opening bracket", () => {
    expect(kinsokuViolations(["在宅医療とは", "、病気のとき"])).toEqual([{ line: 1, char: "、", rule: "start" }]);
    expect(kinsokuViolations(["ケアマネジャ", "ーに相談"])).toEqual([{ line: 1, char: "ー", rule: "start" }]);
    expect(kinsokuViolations(["ち", "ょっと", "。"]).map((v) => v.char)).toEqual(["ょ", "。"]);
    expect(kinsokuViolations(["申請は「", "介護保険課」へ"])).toEqual([{ line: 0, char: "「", rule: "end" }]);
  });

  it("accepts good breaks, and whatever the first line starts with or the last line ends with", () => {
    expect(kinsokuViolations(["在宅医療（ざいたく", "いりょう）は、", "家で受ける医療です。"])).toEqual([]);
    expect(kinsokuViolations(["「はじめに」", "本文（"])).toEqual([]);
  });
});

describe("svgTextLines", () => {
  it("groups satori's <text> elements by baseline, left to right, decoding entities", () => {
    const svg =
      '<svg><text x="14" y="16">宅</text><text x="0" y="16">在</text><text x="0" y="40">&lt;医&gt;</text><text x="20" y="40">療</text></svg>';
    expect(svgTextLines(svg)).toEqual(["在宅", "<医>療"]);
  });
});

describe("Japanese line breaking in the print layout", () => {
  // Text dense with characters that may not start a line (、。ー small kana 々 closing brackets) and opening
  // brackets that may not end one.
  const text =
    "ケアマネジャー、ショートステイ。「ちょっと」ぁぃぅぇぉっゃゅょ、ー…。）」』】〕！？・：；々ーーー。" +
    "リハビリテーション（訪問）「看護」ホームヘルパー、デイサービス。1,000円、2割（3割）。" +
    "介護保険のサービスを使うには、まず「要介護認定」を受ける必要があります（申請は市役所へ）。";
  const fonts = loadPrintFonts();

  it("breaks no line before 、。ー or small kana and none after an opening bracket, at 120 widths", async () => {
    const violations: string[] = [];
    let lines = 0;
    for (let width = 70; width < 430; width += 3) {
      const { svg } = await layoutElement(h("div", { display: "block" }, text), width, fonts);
      const laidOut = svgTextLines(svg);
      lines += laidOut.length;
      for (const v of kinsokuViolations(laidOut))
        violations.push(`width ${width}: line ${v.line} ${v.rule} 「${v.char}」 in ${laidOut.join(" / ")}`);
      // Nothing is lost or reordered by the line breaking.
      expect(laidOut.join("")).toBe(text.replace(/\s/g, ""));
    }
    expect(violations).toEqual([]);
    expect(lines).toBeGreaterThan(120 * 3);
  });

  it("covers the rule's characters in the test text", () => {
    const used = [...text].filter((c) => LINE_START_PROHIBITED.has(c));
    expect(new Set(used).size).toBeGreaterThan(20);
  });
});
