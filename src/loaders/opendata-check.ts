import type { ContentIssue } from "../lib/content/content-issue.ts";
import { charactersOutsideCp932 } from "../lib/opendata/csv-write.ts";
import type { Resource } from "../schemas/resource.ts";
import type { WindowEntry } from "./windows.ts";

/**
 * Warns about text that the Shift_JIS (CP932) open-data export cannot carry (e.g. 𠮷, emoji): those characters
 * become 〓 in the -sjis.csv files. The UTF-8 files keep them.
 */
export function cp932Issues(resources: readonly Resource[], windows: readonly WindowEntry[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const check = (text: string, file: string, line: number | undefined, field: string) => {
    const bad = charactersOutsideCp932(text);
    if (bad.length > 0) {
      issues.push({
        severity: "warning",
        file,
        line,
        field,
        value: text,
        message: `「${bad.join("」「")}」は Shift_JIS のオープンデータでは「〓」になります（UTF-8 版はそのままです）`,
      });
    }
  };
  for (const r of resources) {
    const source = r.sources[0];
    for (const [field, text] of [
      ["名称", r.name],
      ["住所", r.address],
    ] as const)
      check(text, source?.file ?? "", source?.row, field);
  }
  for (const w of windows) {
    for (const field of ["name", "address"] as const) check(w.data[field], w.file, w.lineOf([field]), field);
  }
  return issues;
}
