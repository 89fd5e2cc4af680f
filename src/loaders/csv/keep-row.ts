/**
 * The model for real published rows: a bad value in a cell that only adds detail (a phone, a URL, a time) must not
 * cost the row. Such cells are left off the page with a located warning each; the row is parsed again without them.
 */
import type { ContentIssue } from "../../lib/content/content-issue.ts";
import type { z } from "../../schemas/shared/zod-japanese.ts";
import type { CsvRow, CsvTable } from "./read-csv.ts";
import { rowInput, rowIssues } from "./row-issues.ts";

/** What the caller decides per kind of file. */
export interface KeepRowOptions<F extends string> {
  /** The fields whose bad values are dropped with a warning instead of refusing the row. */
  loose: ReadonlySet<string>;
  /** Fields that only make sense together: dropping one drops its partner (緯度 without 経度). */
  partners?: Partial<Record<F, F>>;
  /** The row's values as the schema should see them (default: {@link rowInput} of the row). */
  input?: Partial<Record<F, string>>;
}

/**
 * Parses a row; when only loose cells are bad, drops them (and their partners) with a warning each and parses again.
 * @param schema the row schema of the layout
 * @param table the file
 * @param row the row
 * @param issues where the warnings go
 * @param options the loose fields of this kind of file
 */
export function parseKeepingCells<F extends string, S extends z.ZodType>(
  schema: S,
  table: CsvTable<F>,
  row: CsvRow<F>,
  issues: ContentIssue[],
  options: KeepRowOptions<F>,
): z.ZodSafeParseResult<z.output<S>> {
  const input = { ...(options.input ?? rowInput(row)) };
  const first = schema.safeParse(input);
  if (first.success) return first;
  const fields = first.error.issues.map((i) => String(i.path[0] ?? "") as F);
  if (!fields.every((f) => options.loose.has(f) && input[f] !== undefined)) return first;
  for (const issue of rowIssues(first.error, table, row)) {
    issues.push({ ...issue, severity: "warning", hint: "この値はページに載せません。行のほかの内容は載せます" });
  }
  for (const f of fields) {
    delete input[f];
    const partner = options.partners?.[f];
    if (partner) delete input[partner];
  }
  return schema.safeParse(input);
}
