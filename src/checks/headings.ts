/**
 * Headings in order: the page title is the only h1, the body starts at ## (h2) and never skips a level
 * (## then ####), so screen-reader users can move through the page by headings (WCAG 1.3.1, 2.4.6).
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { documentParts } from "./document-parts.ts";
import type { ContentCheck } from "./model.ts";

const marks = (depth: number) => "#".repeat(depth);

export const headingLevelsCheck: ContentCheck = {
  id: "heading-levels",
  title: "見出しのレベル（# は使わず ## から、レベルを飛ばさない）",
  run(model) {
    const issues: ContentIssue[] = [];
    for (const doc of model.documents) {
      // The layout renders the title as h1, so the body continues from level 1.
      let previous = 1;
      for (const heading of documentParts(doc).headings) {
        const where = { file: doc.file, line: heading.line, column: heading.column, field: "見出し", value: heading.text };
        if (heading.text.trim() === "") {
          issues.push({
            ...where,
            severity: "warning",
            message: "見出しに文字がありません",
            hint: "見出しの文を書くか、その行を削除してください",
          });
        }
        if (heading.depth === 1) {
          issues.push({
            ...where,
            severity: "warning",
            message: "# （見出し1）はページの題名に使われるため、本文では使いません",
            hint: "## （見出し2）にしてください",
          });
        } else if (heading.depth > previous + 1) {
          issues.push({
            ...where,
            severity: "warning",
            message: `見出しのレベルが飛んでいます（${marks(previous)} の次に ${marks(heading.depth)}）。音声読み上げで見出しをたどる人が迷います`,
            hint: `${marks(previous + 1)} にしてください`,
          });
        }
        previous = Math.max(heading.depth, 1);
      }
    }
    return issues;
  },
};
