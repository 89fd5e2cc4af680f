/**
 * Tables need header cells (WCAG 1.3.1): in Markdown the first row is the header, so it must not be empty;
 * HTML/JSX tables need <th>. Without them a screen reader reads a grid of numbers with no meaning.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { documentParts } from "./document-parts.ts";
import type { ContentCheck } from "./model.ts";

export const tableHeadersCheck: ContentCheck = {
  id: "table-headers",
  title: "表の見出し行",
  run(model) {
    const issues: ContentIssue[] = [];
    for (const doc of model.documents) {
      for (const table of documentParts(doc).tables) {
        const where = { file: doc.file, line: table.line, column: table.column, field: "表" };
        const filled = table.headerCells.filter((c) => c.trim() !== "").length;
        if (filled === 0) {
          issues.push({
            ...where,
            severity: "error",
            message: "表に見出し行がありません（音声読み上げで、それぞれの値が何を表すか分かりません）",
            hint:
              table.source === "markdown"
                ? "表の 1 行目に各列の見出しを書いてください（例: | 項目 | 内容 | の次の行に | --- | --- |）"
                : "見出しのセルを <th> で書いてください",
          });
        } else if (table.source === "markdown" && filled < table.headerCells.length) {
          issues.push({
            ...where,
            severity: "warning",
            message: `表の見出し行に空のセルがあります（${table.headerCells.length} 列のうち ${table.headerCells.length - filled} 列）`,
            hint: "すべての列に見出しを書いてください",
          });
        }
      }
    }
    return issues;
  },
};
