/**
 * A rehype plugin for tables in staff-written Markdown: each table is wrapped in `<div class="table-wrap">`, and each
 * body cell gets its column's heading as `data-label`. On a narrow screen or at a large text size the stylesheet
 * (src/styles/tables.css) then shows every row as a card of 「見出し: 値」 lines instead of squeezing the columns to one
 * character each; where that is not supported the table keeps its columns and scrolls sideways inside the wrapper.
 */
import type { HastNode } from "./hast-node.ts";

const elements = (node: HastNode, tagName: string): HastNode[] =>
  (node.children ?? []).filter((c) => c.type === "element" && c.tagName === tagName);

/** Text of a node, without ruby readings (<rt>, <rp>), whitespace collapsed. */
export function plainText(node: HastNode): string {
  const walk = (n: HastNode): string => {
    if (n.type === "text") return n.value ?? "";
    if (n.type === "element" && (n.tagName === "rt" || n.tagName === "rp")) return "";
    return (n.children ?? []).map(walk).join("");
  };
  return walk(node).replace(/\s+/g, " ").trim();
}

/** Headings of a table's columns: the cells of its <thead>'s first row (empty when it has no header row). */
export function columnLabels(table: HastNode): string[] {
  const head = elements(table, "thead")[0];
  const row = head ? elements(head, "tr")[0] : undefined;
  return row ? (row.children ?? []).filter((c) => c.type === "element").map(plainText) : [];
}

/** Gives each body cell of `table` its column's heading as data-label. */
function labelCells(table: HastNode): void {
  const labels = columnLabels(table);
  if (labels.length === 0) return;
  for (const body of elements(table, "tbody")) {
    for (const row of elements(body, "tr")) {
      (row.children ?? [])
        .filter((c) => c.type === "element" && (c.tagName === "td" || c.tagName === "th"))
        .forEach((cell, i) => {
          const label = labels[i];
          if (label) cell.properties = { ...cell.properties, dataLabel: label };
        });
    }
  }
}

/** The rehype plugin: `rehypeTableCards` in the Markdown/MDX config. */
export function rehypeTableCards() {
  return (tree: HastNode) => {
    const visit = (node: HastNode) => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        if (child.type !== "element" || child.tagName !== "table") {
          visit(child);
          return child;
        }
        labelCells(child);
        return { type: "element", tagName: "div", properties: { className: ["table-wrap"] }, children: [child] };
      });
    };
    visit(tree);
  };
}
