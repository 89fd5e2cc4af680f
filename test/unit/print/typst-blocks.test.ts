import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownBlocks } from "../../../src/lib/markdown/markdown-blocks.ts";
import { typstBlocks } from "../../../src/outputs/print/doc-blocks.ts";
import { loadPrintFonts } from "../../../src/outputs/print/fonts.ts";
import { renderTypstPdf } from "../../../src/outputs/print/typst/compiler.ts";

// A minimal document around the block library (the pamphlet template adds the page frame).
const template = `#import "/templates/blocks.typ": block-list
#let d = json("/data.json")
#set document(title: d.title)
#set text(lang: "ja", font: d.font, size: 12pt)
#heading(level: 1, d.title)
#block-list(d.blocks)
`;
const email = "zaitaku-iryou-renkei@city.example.jp";
const body = `## 相談の窓口 #1

お困りのときは、地域包括支援センターの窓口にご相談ください。メールは ${email} へ。電話は 0120-123-4567 です。

- 一つ目 $x$
- 二つ目 ]

| 窓口 | 電話 |
| --- | --- |
| 北 \\ 南 | 0120-000-111 |
`;

describe("blocks.typ", () => {
  const fonts = loadPrintFonts();
  const { blocks, problems } = typstBlocks(markdownBlocks(body).blocks, fonts, () => ({ error: "unreadable", message: "" }));
  const pdf = renderTypstPdf("biz-udpgothic", {
    template,
    data: { title: "相談ガイド", font: "BIZ UDPGothic", blocks },
    createdAt: 1_700_000_000,
  });
  const file = join(mkdtempSync(join(tmpdir(), "typst-")), "blocks.pdf");
  writeFileSync(file, pdf);

  it("tags headings, paragraphs, lists and table header cells", () => {
    expect(problems).toEqual([]);
    const tree = execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" });
    for (const tag of ["H1", "H2", "P", "L", "LI", "Table", "TH", "TD"]) {
      expect(tree).toMatch(new RegExp(`^\\s*${tag}[ :]`, "m"));
    }
  });

  it("keeps e-mail addresses and phone numbers on one line and prints markup characters literally", () => {
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain(email);
    expect(text).toContain("0120-123-4567");
    for (const literal of ["相談の窓口 #1", "一つ目 $x$", "二つ目 ]"]) expect(text).toContain(literal);
    // pdftotext drops the narrow spaces of the table cell; the backslash is there, as written.
    expect(text.replace(/\s+/g, "")).toContain("北\\南");
  });
});

describe("typstBlocks", () => {
  const fonts = loadPrintFonts();
  const none = () => ({ error: "unreadable" as const, message: "" });

  it("nests list items by depth and starts a new list after other blocks", () => {
    const md = "- a\n  - b\n  - c\n- d\n\n段落\n\n1. e\n2. f\n";
    const { blocks } = typstBlocks(markdownBlocks(md).blocks, fonts, none);
    expect(blocks.map((b) => b.kind)).toEqual(["list", "paragraph", "list"]);
    const [outer, , ordered] = blocks;
    if (outer?.kind !== "list" || ordered?.kind !== "list") throw new Error("lists expected");
    expect(outer.items.map((i) => i.runs.map((r) => r.text).join(""))).toEqual(["a", "d"]);
    expect(outer.items[0]?.children[0]?.items.map((i) => i.runs.map((r) => r.text).join(""))).toEqual(["b", "c"]);
    expect(ordered.ordered).toBe(true);
    expect(ordered.items.map((i) => i.marker)).toEqual([1, 2]);
  });

  it("fits table columns into the A4 column and reports a table that cannot fit, with its line", () => {
    const row = (cell: string, n: number) => `| ${Array.from({ length: n }, () => cell).join(" | ")} |`;
    const table = (n: number) => `${row("見出し", n)}\n|${" --- |".repeat(n)}\n${row("とても長い説明の文章", n)}\n`;
    const fit = typstBlocks(markdownBlocks(table(3)).blocks, fonts, none);
    const block = fit.blocks[0];
    if (block?.kind !== "table") throw new Error("table expected");
    expect(block.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(595.28 - 102);
    const wide = typstBlocks(markdownBlocks(`\n\n${table(10)}`).blocks, fonts, none);
    expect(wide.blocks).toEqual([]);
    expect(wide.problems).toMatchObject([{ severity: "error", line: 3, field: "表" }]);
  });
});
