import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kinsokuViolations, LINE_START_PROHIBITED } from "../../../src/lib/text/kinsoku.ts";
import { renderTypstPdf } from "../../../src/outputs/print/typst/compiler.ts";
import { pdfPages } from "../../helpers/pdf-tools.ts";

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

describe("Japanese line breaking in the print engine (Typst)", () => {
  // Text dense with characters that may not start a line (、。ー small kana 々 closing brackets) and opening
  // brackets that may not end one.
  const text =
    "ケアマネジャー、ショートステイ。「ちょっと」ぁぃぅぇぉっゃゅょ、ー…。）」』】〕！？・：；々ーーー。" +
    "リハビリテーション（訪問）「看護」ホームヘルパー、デイサービス。1,000円、2割（3割）。" +
    "介護保険のサービスを使うには、まず「要介護認定」を受ける必要があります（申請は市役所へ）。";
  const widths = Array.from({ length: 120 }, (_, i) => 70 + 3 * i);
  // One page per width. The test text has a run of 27 characters none of which may start a line, wider than the
  // narrow columns: Typst lets it run past the column rather than break the rule, so the page leaves room for it.
  const template = `#let d = json("/data.json")
#set document(title: "kinsoku")
#set text(lang: "ja", font: "BIZ UDPGothic", size: 14pt)
#set par(justify: true)
#for w in d.widths { page(width: w * 1pt + 420pt, height: auto, margin: 10pt, block(width: w * 1pt, par(d.text))) }`;

  it("breaks no line before 、。ー or small kana and none after an opening bracket, at 120 widths", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "kinsoku-")), "kinsoku.pdf");
    writeFileSync(file, renderTypstPdf("biz-udpgothic", { template, data: { text, widths }, createdAt: 0 }));
    const pages = pdfPages(file);
    expect(pages).toHaveLength(widths.length);
    const violations: string[] = [];
    let lines = 0;
    pages.forEach((page, i) => {
      const laidOut = page.split("\n").filter((l) => l.trim());
      lines += laidOut.length;
      for (const v of kinsokuViolations(laidOut))
        violations.push(`width ${widths[i]}: line ${v.line} ${v.rule} 「${v.char}」 in ${laidOut.join(" / ")}`);
      // Nothing is lost or reordered by the line breaking (pdftotext adds spaces between kana and digits).
      expect(laidOut.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
    });
    expect(violations).toEqual([]);
    expect(lines).toBeGreaterThan(120 * 3);
  });

  it("covers the rule's characters in the test text", () => {
    const used = [...text].filter((c) => LINE_START_PROHIBITED.has(c));
    expect(new Set(used).size).toBeGreaterThan(20);
  });
});
