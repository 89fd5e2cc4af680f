/**
 * Questionnaire answers: `content/surveys/<event-id>.csv`, one file per event, one row per answer sheet. Read with
 * the same CSV reader as every open-data file (UTF-8, BOM, Shift_JIS; header = row 1) and validated row by row,
 * so a bad cell is reported with file, row and column while the other rows still count.
 */
import path from "node:path";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { type EventSurvey, type SurveyAnswer, type SurveyField, surveyAnswerSchema, surveyColumns } from "../schemas/survey.ts";
import { listContentFiles } from "./content-path.ts";
import { readCsv } from "./csv/read-csv.ts";
import { rowInput, rowIssues } from "./csv/row-issues.ts";

/** The folder of survey files inside the content folder. */
export const SURVEY_FOLDER = "surveys";

/**
 * Reads every survey file.
 * @param contentDir the content folder
 * @param eventIds ids of the events that exist: a file for another id is an error (a typo would lose its answers)
 */
export function readSurveys(
  contentDir: string,
  eventIds: ReadonlySet<string>,
): { surveys: EventSurvey[]; issues: ContentIssue[] } {
  const dir = path.join(contentDir, SURVEY_FOLDER);
  const surveys: EventSurvey[] = [];
  const issues: ContentIssue[] = [];
  // The shared listing: a file linked to outside the content folder is refused with a located issue, not skipped
  // without a word (its answers would silently be missing from the activity report).
  const listing = listContentFiles(contentDir, SURVEY_FOLDER, (name) => /\.csv$/i.test(name) && !name.startsWith("_"));
  issues.push(...listing.issues);
  for (const name of listing.names) {
    const file = `${SURVEY_FOLDER}/${name}`;
    const eventId = name.replace(/\.csv$/i, "");
    if (!eventIds.has(eventId)) {
      issues.push({
        severity: "error",
        file,
        field: "ファイル名",
        value: eventId,
        message: `イベント「${eventId}」が見つかりません。アンケートのファイル名はイベントの ID（/events/<ID>/ の部分）にします`,
        hint: "イベントのページの URL を確かめて、ファイル名を <ID>.csv に直してください",
      });
      continue;
    }
    const read = readCsv<SurveyField>(path.join(dir, name), file, {
      aliases: surveyColumns,
      requiredColumns: ["understanding"],
    });
    issues.push(...read.issues);
    if (!read.table) continue;
    const table = read.table;
    const answers: SurveyAnswer[] = [];
    for (const row of table.rows) {
      const parsed = surveyAnswerSchema.safeParse(rowInput(row));
      if (parsed.success) answers.push(parsed.data);
      else issues.push(...rowIssues(parsed.error, table, row));
    }
    surveys.push({ eventId, file, answers });
  }
  return { surveys, issues };
}
