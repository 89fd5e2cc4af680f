import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSiteConfig } from "../../../src/loaders/site-config.ts";
import { loadPrintFonts } from "../../../src/outputs/print/fonts.ts";
import { pamphletTemplate } from "../../../src/outputs/print/templates/pamphlet.ts";
import { pdfAltTexts, pdfInfo, pdfPages, pdfStructTags } from "../../helpers/pdf-tools.ts";

const contentDir = path.join(import.meta.dirname, "../../fixtures/sites/print");
// (A `]` would end the Markdown image syntax, so the alt text holds the other two.)
const alt = "家と訪問看護師の絵 #alt $x$";
const body = `## 相談 #1 の窓口 $x$ ]

本文に #pagebreak() と $1+1$ と ] と \\\\ と #set text(size: 40pt) を書きます。

- 一つ目 #box
  - 入れ子の項目 ]
- 二つ目

1. 順番 $y$
2. 次に

| 窓口 #a | 電話 |
| --- | --- |
| 北 ] | 0120-000-111 |

![${alt}](../images/house.svg)
`;

describe("pamphlet PDF (Typst)", () => {
  let file: string;
  let again: Buffer;
  let pdf: Buffer;

  beforeAll(async () => {
    const site = loadSiteConfig(contentDir);
    const entry = {
      slug: "literal",
      file: "pamphlets/literal.md",
      body,
      bodyFirstLine: 7,
      data: {
        title: "在宅医療 #set $x$ ]",
        description: "説明 #[ ] です。",
        updated: "2026-10-01",
        order: 1,
        audience: ["住民" as const, "家族" as const],
        tags: ["試験"],
      },
    };
    const input = { entry, site, contentDir, siteReadings: [], pageUrl: "https://test.example.jp/zaitaku/pamphlets/literal/" };
    const fonts = loadPrintFonts();
    expect(pamphletTemplate.prepare(input, fonts).issues).toEqual([]);
    pdf = (await pamphletTemplate.render(input, fonts)).pdf;
    again = (await pamphletTemplate.render(input, fonts)).pdf;
    file = path.join(mkdtempSync(path.join(tmpdir(), "pamphlet-typst-")), "literal.pdf");
    writeFileSync(file, pdf);
  }, 60_000);

  it("is tagged PDF/UA with the title shown, Japanese as its language and the content's date", () => {
    const info = pdfInfo(file);
    expect(info["Tagged"]).toBe("yes");
    expect(info["Title"]).toBe("在宅医療 #set $x$ ]");
    expect(info["CreationDate"]).toBe("2026-09-30T15:00:00Z");
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/Lang \(ja\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/pdfuaid:part[^0-9]*1/);
  });

  it("has a structure tree of headings, nested lists, a table with header cells and a figure", () => {
    const tags = pdfStructTags(file);
    for (const tag of ["H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TH", "TD", "Figure"]) expect(tags).toContain(tag);
    // The unordered list, its nested list and the ordered list.
    expect(tags.filter((t) => t === "L").length).toBe(3);
    expect(tags.filter((t) => t === "TH").length).toBe(2);
  });

  it("gives the figure the image's alt text from the content", () => {
    expect(pdfAltTexts(file)).toContain(alt);
  });

  it("prints markup characters of the content literally", () => {
    const text = pdfPages(file).join("").replace(/\s+/g, "");
    for (const literal of [
      "在宅医療#set$x$]",
      "相談#1の窓口$x$]",
      "#pagebreak()と$1+1$と]と\\と#settext(size:40pt)を書きます。",
      "一つ目#box",
      "入れ子の項目]",
      "順番$y$",
      "窓口#a",
      "北]",
      "説明#[]です。",
    ]) {
      expect(text).toContain(literal);
    }
  });

  it("gives the same bytes for the same input", () => {
    expect(again.equals(pdf)).toBe(true);
  });
});

describe("paragraph ends in the pamphlet PDF", () => {
  it("leave no line of only one or two characters (「す。」) at the end of a paragraph", async () => {
    const site = loadSiteConfig(contentDir);
    const sentence =
      "在宅医療では医師や看護師が家まで来て診察や処置をします。困ったときは地域包括支援センターにご相談ください。介護保険のサービスも組み合わせて使えます。";
    // Paragraphs of every length from 33 to 190 characters, so some would end with a short last line.
    const paragraphs = Array.from({ length: 80 }, (_, i) => `${sentence.repeat(3).slice(0, 30 + i * 2)}ます。`);
    const entry = {
      slug: "runts",
      file: "pamphlets/runts.md",
      body: paragraphs.join("\n\n"),
      bodyFirstLine: 1,
      data: { title: "行末の確認", description: "説明", updated: "2026-10-01", order: 1, audience: ["住民" as const], tags: [] },
    };
    const input = { entry, site, contentDir, siteReadings: [], pageUrl: "https://test.example.jp/zaitaku/pamphlets/runts/" };
    const rendered = await pamphletTemplate.render(input, loadPrintFonts());
    const runts = path.join(mkdtempSync(path.join(tmpdir(), "pamphlet-runts-")), "runts.pdf");
    writeFileSync(runts, rendered.pdf);
    const lines = pdfPages(runts)
      .join("\n")
      .split("\n")
      .map((l) => l.replace(/\s/g, ""));
    const ends = lines.filter((l) => l.endsWith("。"));
    expect(ends.length).toBeGreaterThanOrEqual(paragraphs.length);
    expect(ends.filter((l) => [...l].length <= 2)).toEqual([]);
  }, 60_000);
});

describe("a document printed with the pamphlet template that has no public page (the staff report)", () => {
  it("prints neither a web address, a QR code nor the notice pointing to a web version; with a page it prints all three", async () => {
    const site = loadSiteConfig(contentDir);
    const entry = {
      slug: "staff-only",
      file: "staff/report.md",
      body: "## 集計\n\n職員が会議で使う報告です。",
      bodyFirstLine: 1,
      data: {
        title: "職員用の報告",
        description: "説明",
        updated: "2026-10-01",
        order: 0,
        audience: ["住民" as const],
        tags: [],
      },
    };
    const dir = mkdtempSync(path.join(tmpdir(), "pamphlet-no-page-"));
    const texts: Record<string, string> = {};
    const pageUrl = "https://test.example.jp/zaitaku/staff/report/";
    for (const [name, url] of [
      ["none", null],
      ["page", pageUrl],
    ] as const) {
      const rendered = await pamphletTemplate.render(
        { entry, site, contentDir, siteReadings: [], pageUrl: url },
        loadPrintFonts(),
      );
      const file = path.join(dir, `${name}.pdf`);
      writeFileSync(file, rendered.pdf);
      texts[name] = pdfPages(file).join("\n").replace(/\s/g, "");
    }
    expect(texts["page"]).toContain(pageUrl);
    expect(texts["page"]).toContain("ウェブ版（正式版）");
    expect(texts["page"]).toContain("この印刷物は、ウェブページ");
    expect(texts["none"]).not.toContain("staff/report");
    expect(texts["none"]).not.toContain("ウェブ版");
    expect(texts["none"]).not.toContain("QRコード");
    expect(texts["none"]).not.toContain("この印刷物は、ウェブページ");
    // The rest of the frame stays: issuer, phone, page numbers, the body.
    expect(texts["none"]).toContain("発行:");
    expect(texts["none"]).toContain("職員が会議で使う報告です。");
    expect(texts["none"]).toMatch(/1\/1ページ/);
  }, 60_000);
});
