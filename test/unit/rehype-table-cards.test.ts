import { describe, expect, it } from "vitest";
import { columnLabels, plainText, rehypeTableCards } from "../../src/lib/markdown/rehype-table-cards.ts";

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const text = (value: string): Node => ({ type: "text", value });
const el = (tagName: string, children: Node[] = [], properties: Record<string, unknown> = {}): Node => ({
  type: "element",
  tagName,
  properties,
  children,
});
const ruby = (base: string, reading: string) => el("ruby", [text(base), el("rt", [text(reading)])]);

/** A Markdown table as remark-rehype makes it: thead with one row of th, tbody rows of td. */
function table(head: Node[][], rows: Node[][][]): Node {
  return el("table", [
    el("thead", [
      el(
        "tr",
        head.map((cell) => el("th", cell)),
      ),
    ]),
    el(
      "tbody",
      rows.map((row) =>
        el(
          "tr",
          row.map((cell) => el("td", cell)),
        ),
      ),
    ),
  ]);
}

describe("rehypeTableCards", () => {
  it("wraps each table and labels each body cell with its column's heading, without ruby readings", () => {
    const t = table(
      [[ruby("区分", "くぶん")], [text("対象と"), text(" なる方")]],
      [
        [[text("A")], [text("B")]],
        [[text("C")], [text("D")]],
      ],
    );
    const root = el("root", [el("p", [text("前")]), t]);
    rehypeTableCards()(root);
    const wrap = root.children?.[1];
    expect(wrap).toMatchObject({ tagName: "div", properties: { className: ["table-wrap"] } });
    expect(wrap?.children?.[0]).toBe(t);
    const body = t.children?.[1];
    const labels = body?.children?.map((row) => row.children?.map((cell) => cell.properties?.["dataLabel"]));
    expect(labels).toEqual([
      ["区分", "対象と なる方"],
      ["区分", "対象と なる方"],
    ]);
  });

  it("finds tables inside other elements, and leaves tables without a header row unlabelled", () => {
    const bare = el("table", [el("tbody", [el("tr", [el("td", [text("x")])])])]);
    const root = el("root", [el("section", [bare])]);
    rehypeTableCards()(root);
    expect(root.children?.[0]?.children?.[0]?.tagName).toBe("div");
    expect(columnLabels(bare)).toEqual([]);
    expect(bare.children?.[0]?.children?.[0]?.children?.[0]?.properties).toEqual({});
  });

  it("reads plain text without readings or parentheses for ruby", () => {
    expect(plainText(el("th", [ruby("要介護", "ようかいご"), el("rp", [text("(")]), text("  1")]))).toBe("要介護 1");
  });
});
