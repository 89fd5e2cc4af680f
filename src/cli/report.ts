/**
 * `npm run report`: the activity report for the PDCA cycle (普及啓発の活動報告).
 *
 * Usage: node src/cli/report.ts [--year 2026|all] [--json FILE] [--csv FILE]
 *   --year  fiscal year as the Western year it starts in (2026 = 令和8年度); default: the current one by SITE_TODAY
 *   --json  also write the report as JSON ({ today, fiscalYears: [{ fiscalYear, events, byKind, … }] })
 *   --csv   also write it as CSV for Excel (UTF-8 with BOM)
 * Prints a Markdown summary. CONTENT_DIR and SITE_TODAY come from the environment.
 */
import { writeFileSync } from "node:fs";
import { formatIssues } from "../lib/content/content-issue.ts";
import { siteToday } from "../lib/dates/today.ts";
import { activityReport, reportYears } from "../lib/report/activity-report.ts";
import { reportToCsv, reportToMarkdown } from "../lib/report/activity-report-format.ts";
import { contentDir } from "../loaders/content-dir.ts";
import { readContent } from "../loaders/content-snapshot.ts";
import { reportInputOf } from "../loaders/report-input.ts";
import { readArgs } from "./cli-args.ts";

const REPORT_USAGE = `
使い方: npm run report [-- --year 2026|all] [-- --json ファイル] [-- --csv ファイル]
  行事・出前講座・パンフレットから、年度ごとの活動報告（PDCA 用）を Markdown で表示します。
  --year 年度      西暦で書いた年度（2026 = 令和8年度）、すべてなら all（既定: 今年度）
  --json ファイル  JSON でも書き出す
  --csv ファイル   Excel 用の CSV（UTF-8 BOM つき）でも書き出す
  -h, --help       この説明を表示する
`;

function parseYear(value: string | undefined): number | "all" | undefined {
  if (value === undefined) return undefined;
  if (value === "all") return "all";
  const year = Number(value.normalize("NFKC").replace(/年度$/, ""));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new Error(
      `--year の値「${value}」は年度として読めません。2026 のように西暦で（令和8年度なら 2026）、またはすべての年度なら all と書いてください。`,
    );
  }
  return year;
}

function main(): number {
  const values = readArgs("report", REPORT_USAGE, {
    year: { type: "string" },
    json: { type: "string" },
    csv: { type: "string" },
  });
  let year: number | "all" | undefined;
  let today: string;
  try {
    year = parseYear(values.year);
    today = siteToday();
  } catch (error) {
    console.error(`エラー: ${(error as Error).message}`);
    return 2;
  }
  const { input, issues } = reportInputOf(readContent(contentDir()), today);
  if (!input) {
    console.error(formatIssues(issues));
    console.error("\nコンテンツにエラーがあるため、活動報告を作れませんでした。");
    return 1;
  }
  const report = activityReport(input, reportYears(input, year));
  console.log(reportToMarkdown(report));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  if (values.csv) writeFileSync(values.csv, reportToCsv(report));
  return 0;
}

process.exitCode = main();
