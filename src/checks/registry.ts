/**
 * The content checks `npm run check` and the build run after schema validation, in this order.
 *
 * Extension point: a content type adds its checks here (and its data to the model, see src/checks/model.ts).
 * A check is `{ id, title, run(model) => ContentIssue[] }`: pure (no file system, no clock: "today" is
 * `model.today`), Japanese `message` and `hint`, located (`file` + `line`; CSV: row as `line`, column name as
 * `field`), severity `error` only when publishing would mislead or exclude residents, otherwise `warning`.
 * Ideas not done yet: resources without a phone number, events whose 参加者数 is still empty a month later.
 */
import { type RuledIssue, sortIssues } from "../lib/content/issue-report.ts";
import { invisibleCharsCheck, machineDependentCharsCheck } from "./characters.ts";
import { duplicateSlugsCheck } from "./duplicate-slugs.ts";
import { eventApplicationCheck, pastEventStatusCheck } from "./events.ts";
import { headingLevelsCheck } from "./headings.ts";
import { imageAltCheck } from "./image-alt.ts";
import { internalLinksCheck } from "./internal-links.ts";
import { linkTextCheck } from "./link-text.ts";
import { markupSafetyCheck } from "./markup-safety.ts";
import type { ContentCheck, ContentModel } from "./model.ts";
import { fullWidthDigitsCheck, phoneNumbersCheck } from "./phone-and-dates.ts";
import { staleUpdatedCheck } from "./stale-content.ts";
import { tableHeadersCheck } from "./tables.ts";
import { windowHoursCheck } from "./windows.ts";

/** Every content check, run in this order. */
export const contentChecks: readonly ContentCheck[] = [
  duplicateSlugsCheck,
  markupSafetyCheck,
  internalLinksCheck,
  imageAltCheck,
  headingLevelsCheck,
  linkTextCheck,
  tableHeadersCheck,
  phoneNumbersCheck,
  fullWidthDigitsCheck,
  machineDependentCharsCheck,
  invisibleCharsCheck,
  staleUpdatedCheck,
  pastEventStatusCheck,
  eventApplicationCheck,
  windowHoursCheck,
];

/**
 * Runs checks over a model. A check that throws does not crash the run: it becomes one located エラー naming the
 * check (failing closed, so a broken safety check cannot let content through silently).
 */
export function runChecks(model: ContentModel, checks: readonly ContentCheck[] = contentChecks): RuledIssue[] {
  const issues: RuledIssue[] = [];
  for (const check of checks) {
    try {
      for (const issue of check.run(model)) issues.push({ ...issue, rule: check.id });
    } catch (error) {
      issues.push({
        rule: check.id,
        severity: "error",
        file: "(チェック)",
        message: `チェック「${check.title}」の実行中に内部エラーが起きました: ${error instanceof Error ? error.message : String(error)}`,
        hint: "コンテンツではなくプログラムの不具合です。このメッセージを開発担当者に伝えてください",
      });
    }
  }
  return sortIssues(issues);
}
