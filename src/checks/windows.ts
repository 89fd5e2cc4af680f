/**
 * Consultation windows residents call or visit: a window whose opening hours leave every day closed tells
 * residents nothing about when to come.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import type { ContentCheck } from "./model.ts";

export const windowHoursCheck: ContentCheck = {
  id: "window-hours",
  title: "受付時間のない相談窓口",
  run(model) {
    const issues: ContentIssue[] = [];
    for (const window of model.windows ?? []) {
      if (window.data.hours.weekly.some((ranges) => ranges.length > 0)) continue;
      issues.push({
        severity: "warning",
        file: window.file,
        line: window.lineOf(["hours", "weekly"]) ?? window.lineOf(["hours"]),
        field: "hours.weekly",
        value: window.data.name,
        message: "受付時間が書かれていません（すべての曜日が休みになっています）",
        hint: "hours: の weekly: に 平日: 8:30-17:15 のように受付時間を書いてください",
      });
    }
    return issues;
  },
};
