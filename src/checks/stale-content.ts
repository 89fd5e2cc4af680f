/**
 * `updated` dates residents can trust: older than a year before today → 警告 (is the content still true?),
 * in the future → 警告 (a typo in the year is the usual cause). Any collection with an `updated` field is covered.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { parseIsoDate, toIsoDate } from "../lib/dates/japanese-date.ts";
import type { ContentCheck } from "./model.ts";

/** The same calendar day one year before `today` (2026-02-28 for 2027-02-28; Feb 29 → Feb 28). */
export function oneYearBefore(today: string): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const date = parseIsoDate(`${y - 1}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  return date ? toIsoDate(date) : `${y - 1}-${String(m).padStart(2, "0")}-28`;
}

export const staleUpdatedCheck: ContentCheck = {
  id: "stale-updated",
  title: "更新日（updated）が 1 年以上前、または未来",
  run(model) {
    const issues: ContentIssue[] = [];
    const limit = oneYearBefore(model.today);
    for (const doc of model.documents) {
      const updated = doc.data?.["updated"];
      if (typeof updated !== "string") continue;
      const where = { file: doc.file, line: doc.fieldLines["updated"], field: "updated", value: updated };
      if (updated < limit) {
        issues.push({
          ...where,
          severity: "warning",
          message: `更新日が 1 年以上前です（今日は ${model.today}）。制度や料金、連絡先が変わっていないか確認してください`,
          hint: "内容を確認して、直したとき・変わりがないと確かめたときは updated を確認した日にしてください",
        });
      } else if (updated > model.today) {
        issues.push({
          ...where,
          severity: "warning",
          message: `更新日が未来の日付です（今日は ${model.today}）`,
          hint: "年の書き間違いがないか確認してください",
        });
      }
    }
    return issues;
  },
};
