import { describe, expect, it } from "vitest";
import { svgTextLines } from "../../../src/lib/kinsoku.ts";
import { layoutElement } from "../../../src/outputs/print/flow.ts";
import { loadPrintFonts } from "../../../src/outputs/print/fonts.ts";
import { mergeSvgText, splitSvgLines, stripUnusedDefinitions } from "../../../src/outputs/print/svg-lines.ts";
import { mapSvgFonts, plainTextPieces } from "../../../src/outputs/print/svg-pdf.ts";
import { h } from "../../../src/outputs/print/theme.ts";

const fonts = loadPrintFonts();
const paragraph =
  "在宅医療は、通院がむずかしくなった方のために、医師や看護師などが自宅を訪ねて行う医療です。住み慣れた家で療養を続けられます。";

describe("splitSvgLines", () => {
  it("cuts a laid-out paragraph into one SVG per line with the same text, top to bottom", async () => {
    const { svg, height } = await layoutElement(
      h("div", { display: "block" }, paragraph, h("span", { fontWeight: 700 }, "太字の部分もあります。")),
      200,
      fonts,
    );
    const lines = splitSvgLines(svg, 200, height);
    expect(lines).not.toBeNull();
    const all = svgTextLines(svg);
    expect(lines?.length).toBe(all.length);
    expect(lines?.map((l) => svgTextLines(l.svg).join(""))).toEqual(all);
    // Line boxes tile the block.
    expect(lines?.reduce((sum, l) => sum + l.height, 0)).toBeCloseTo(height, 5);
    for (const [i, line] of (lines ?? []).entries()) expect(line.top).toBeCloseTo(i * (height / all.length), 5);
  });

  it("refuses blocks that are more than text (a border would be cut through)", async () => {
    const boxed = await layoutElement(
      h("div", { display: "block", border: "1px solid #000", padding: 6 }, paragraph),
      200,
      fonts,
    );
    expect(splitSvgLines(boxed.svg, 200, boxed.height)).toBeNull();
  });
});

describe("mergeSvgText", () => {
  const textOf = (svg: string) => svg.replace(/<[^>]+>/g, "");
  const xsOf = (svg: string) => [...svg.matchAll(/<(?:text|tspan)\b[^>]*\sx="([-\d.]+)"/g)].map((m) => m[1]);

  it("joins the <text> pieces of one line and style into one element, keeping every piece's x", async () => {
    const { svg } = await layoutElement(
      h(
        "div",
        { display: "flex", flexDirection: "row" },
        h("div", { display: "block", width: 18, flexShrink: 0, fontSize: 9, color: "#0b4a9e" }, "●"),
        h("div", { display: "block", flexGrow: 1, width: 0 }, "項目01: 在宅", h("span", { fontWeight: 700 }, "医療のこと")),
      ),
      300,
      fonts,
    );
    const merged = mergeSvgText(svg);
    expect(textOf(merged)).toBe(textOf(svg));
    expect(xsOf(merged)).toEqual(xsOf(svg));
    const before = svg.match(/<text\b/g)?.length ?? 0;
    const after = merged.match(/<text\b[^>]*>/g) ?? [];
    expect(before).toBeGreaterThan(6);
    // The bullet (its own colour and size), the regular run and the bold run.
    expect(after).toHaveLength(3);
    expect(after[0]).toMatch(/fill="#0b4a9e"/);
    expect(after[2]).toMatch(/font-weight="700"/);
  });
});

describe("mapSvgFonts", () => {
  it("names the registered PDF fonts for satori's lower-cased family and numeric weights", () => {
    const svg =
      '<svg><text x="0" y="1" font-weight="normal" font-family="zaitaku print">a</text><text x="0" y="1" font-weight="700" font-family="zaitaku print">b</text></svg>';
    const mapped = mapSvgFonts(svg);
    expect(mapped).toContain('font-family="ZaitakuPrint-Regular">a<');
    expect(mapped).toContain('font-family="ZaitakuPrint-Bold">b<');
    expect(mapped).not.toContain("font-weight");
  });

  it("fails on any other family instead of falling back to Helvetica", () => {
    expect(() => mapSvgFonts('<svg><text x="0" y="1" font-family="arial">a</text></svg>')).toThrow(/arial/);
  });
});

describe("plain text fast path", () => {
  it("takes a paragraph's SVG (once satori's unused masks are gone) as positioned text pieces", async () => {
    const { svg } = await layoutElement(
      h("div", { display: "block" }, "在宅", h("span", { fontWeight: 700 }, "医療")),
      300,
      fonts,
    );
    expect(svg).toContain("<mask");
    const stripped = stripUnusedDefinitions(svg);
    expect(stripped).not.toContain("<mask");
    const pieces = plainTextPieces(stripped);
    expect(pieces?.map((p) => [p.text, p.bold, p.size])).toEqual([
      ["在宅", false, 14],
      ["医療", true, 14],
    ]);
    expect(pieces?.[1]?.x).toBeGreaterThan(pieces?.[0]?.x ?? 0);
  });

  it("leaves anything with borders, backgrounds or clips to svg-to-pdfkit", async () => {
    const boxed = await layoutElement(h("div", { display: "block", borderBottom: "2px solid #0b4a9e" }, "見出し"), 300, fonts);
    expect(plainTextPieces(stripUnusedDefinitions(boxed.svg))).toBeNull();
    const filled = await layoutElement(h("div", { display: "block", backgroundColor: "#f3f6f9" }, "お知らせ"), 300, fonts);
    expect(plainTextPieces(stripUnusedDefinitions(filled.svg))).toBeNull();
  });
});
