import { describe, expect, it } from "vitest";
import { blockTexts, markdownBlocks, runsText } from "../../../src/lib/markdown/markdown-blocks.ts";

const body = `
## 訪問診療のこと

家で**診てもらえます**。[次のページ](/pamphlets/b/)もどうぞ。

![家の絵](../images/house.svg)

- 一つめ
- 二つめ
  1. 入れ子
3. 別の番号付き

| 項目 | 金額 |
| --- | ---: |
| 初診 | 1,000円 |
| 再診 | 500円 |

<img src="../images/a.png" alt="写真" />

<Callout>中の文章</Callout>

<Chart data={x} />
`;

describe("markdownBlocks", () => {
  const { blocks, skipped } = markdownBlocks(body, { mdx: true, firstLine: 8 });

  it("keeps the reading order and the line of each block in the file", () => {
    expect(blocks.map((b) => b.kind)).toEqual([
      "heading",
      "paragraph",
      "image",
      "listItem",
      "listItem",
      "listItem",
      "listItem",
      "table",
      "image",
      "paragraph",
    ]);
    // The body starts on line 8 of the file; "## 訪問診療のこと" is the body's line 2.
    expect(blocks[0]).toMatchObject({ kind: "heading", depth: 2, line: 9 });
    expect(blocks[2]).toMatchObject({ kind: "image", src: "../images/house.svg", alt: "家の絵", line: 13 });
  });

  it("keeps bold and link targets in inline runs", () => {
    const paragraph = blocks[1];
    expect(paragraph?.kind === "paragraph" && paragraph.runs).toEqual([
      { text: "家で" },
      { text: "診てもらえます", bold: true },
      { text: "。" },
      { text: "次のページ", href: "/pamphlets/b/" },
      { text: "もどうぞ。" },
    ]);
  });

  it("flattens lists into items with depth, numbering and the first-item mark", () => {
    const items = blocks.filter((b) => b.kind === "listItem");
    expect(items.map((i) => [runsText(i.runs), i.depth, i.ordered, i.marker, i.first])).toEqual([
      ["一つめ", 0, false, 1, true],
      ["二つめ", 0, false, 2, false],
      ["入れ子", 1, true, 1, true],
      ["別の番号付き", 0, true, 3, true],
    ]);
  });

  it("reads tables with alignment and the line of each row", () => {
    const table = blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.align).toEqual([null, "right"]);
    expect(table?.kind === "table" && table.rows.map((r) => [r.cells.map(runsText), r.line])).toEqual([
      [["初診", "1,000円"], 22],
      [["再診", "500円"], 23],
    ]);
  });

  it("reads <img> in MDX as an image, the text inside other components, and reports what it leaves out", () => {
    expect(blocks[8]).toMatchObject({ kind: "image", src: "../images/a.png", alt: "写真" });
    expect(blocks[9]?.kind === "paragraph" && runsText(blocks[9].runs)).toBe("中の文章");
    expect(skipped).toEqual([{ line: 29, what: "<Chart>" }]);
  });

  it("lists every text with its line for glyph checks", () => {
    const texts = blockTexts(blocks);
    expect(texts).toContainEqual({ text: "1,000円", line: 22 });
    expect(texts).toContainEqual({ text: "訪問診療のこと", line: 9 });
  });

  it("parses plain Markdown without MDX, where a stray { is just text", () => {
    const plain = markdownBlocks("金額は {未定} です。", { mdx: false });
    expect(plain.blocks[0]?.kind === "paragraph" && runsText(plain.blocks[0].runs)).toBe("金額は {未定} です。");
  });
});
