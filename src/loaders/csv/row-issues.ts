import type { z } from "astro/zod";
import { type ContentIssue, displayValue } from "../../lib/content/content-issue.ts";
import type { CsvRow, CsvTable } from "./read-csv.ts";

/**
 * Turns a zod error for one CSV row into located issues: file, row (header = row 1), the column as written in the
 * file's header, the value and the message.
 */
export function rowIssues<F extends string>(error: z.ZodError, table: CsvTable<F>, row: CsvRow<F>): ContentIssue[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    const column = table.mapping.written[field as F] ?? field;
    const value = row.values[field as F];
    return {
      severity: "error",
      file: table.file,
      line: row.row,
      field: column || "(行全体)",
      value: value === undefined || value === "" ? undefined : displayValue(value),
      message: value === undefined || value === "" ? "必須の値が空です" : issue.message,
    };
  });
}

/** Cells that mean "no value" in real files: empty, or a lone dash (高松市 writes — for empty). */
const EMPTY_CELL = /^[-‐―—－ー]?$/;

/**
 * The row's values ready for a zod schema: "no value" cells are left out, so optional fields stay undefined and
 * required ones report 「必須の値が空です」.
 */
export function rowInput<F extends string>(row: CsvRow<F>): Partial<Record<F, string>> {
  const input: Partial<Record<F, string>> = {};
  for (const [field, value] of Object.entries(row.values) as [F, string][]) {
    if (!EMPTY_CELL.test(value)) input[field] = value;
  }
  return input;
}
