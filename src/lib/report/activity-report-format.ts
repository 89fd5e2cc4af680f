/**
 * The activity report as text for people: a Markdown summary for the terminal and meeting notes, and a CSV that
 * opens in Excel (UTF-8 with BOM) for the 会議体 that reviews the programme.
 */

import { formatJapaneseDate } from "../dates/japanese-date.ts";
import { csvText } from "../opendata/csv-write.ts";
import type { ActivityReport, FiscalYearReport } from "./activity-report.ts";
import { type SurveyFigures, surveyFigureKeys, surveyFigureLabels } from "./survey-summary.ts";

/** A figure as people read it: a share as a percentage, the mean with two decimals, "—" for no answer. */
export function formatSurveyFigure(key: (typeof surveyFigureKeys)[number], value: number | null): string {
  if (value === null) return "—";
  return key === "understandingMean" ? value.toFixed(2) : `${(value * 100).toFixed(1)}%`;
}

/** A change against the previous year: signed, in points (ポイント) for shares. */
export function formatSurveyChange(key: (typeof surveyFigureKeys)[number], value: number | null): string {
  if (value === null) return "—";
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  const abs = Math.abs(value);
  return key === "understandingMean" ? `${sign}${abs.toFixed(2)}` : `${sign}${(abs * 100).toFixed(1)} ポイント`;
}

function surveyMarkdown(y: FiscalYearReport): string[] {
  const s = y.surveys;
  if (s.responses === 0) return ["**アンケート**: この年度の回答はまだありません（content/surveys/ に入力します）。", ""];
  const out = [
    `**アンケート**: 回答 ${s.responses} 件（${s.byEvent.length} 回の催し）`,
    "",
    "| 指標 | 値 | 前年度との差 |",
    "| --- | ---: | ---: |",
    ...surveyFigureKeys.map(
      (k) => `| ${surveyFigureLabels[k]} | ${formatSurveyFigure(k, s[k])} | ${formatSurveyChange(k, s.change?.[k] ?? null)} |`,
    ),
    "",
    "| 催し | 回答 | 理解度 | 知っていた | 自宅 | 家族と話した |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...s.byEvent.map(
      (e: SurveyFigures & { title: string; startDate: string }) =>
        `| ${formatJapaneseDate(e.startDate)} ${e.title} | ${e.responses} | ${surveyFigureKeys.map((k) => formatSurveyFigure(k, e[k])).join(" | ")} |`,
    ),
    "",
  ];
  return out;
}

function countTable(title: string, counts: Record<string, number>): string[] {
  const rows = Object.entries(counts);
  if (rows.length === 0) return [`**${title}**: 記録なし`, ""];
  return [`| ${title} | 回数 |`, "| --- | ---: |", ...rows.map(([k, v]) => `| ${k} | ${v} |`), ""];
}

function yearMarkdown(y: FiscalYearReport): string {
  const out = [
    `## ${y.label.wareki}（${y.label.western}）${y.inProgress ? " ※年度途中の集計" : ""}`,
    "",
    `期間: ${formatJapaneseDate(y.range.start)}〜${formatJapaneseDate(y.range.end)}`,
    "",
    `- 開催した催し: **${y.events} 回**（このあと予定 ${y.scheduled} 回、中止 ${y.cancelled} 回）`,
    `- 参加者数: 合計 ${y.attendance.total} 人（記録のある ${y.attendance.recordedEvents} 回${y.attendance.average === null ? "" : `、平均 ${y.attendance.average} 人`}）`,
    `- 出前講座の実施: ${y.outreachTalksHeld} 回`,
    `- パンフレットの作成・更新: ${y.pamphletsUpdated.length} 件`,
    "",
    ...countTable("種類", y.byKind),
    ...countTable("地区", y.byArea),
    ...countTable("対象", y.byAudience),
  ];
  if (y.targets.length) {
    out.push("| 目標 | 目標値 | 実績 | 差 | 達成 |", "| --- | ---: | ---: | ---: | --- |");
    for (const t of y.targets)
      out.push(`| ${t.label} | ${t.target} | ${t.actual} | ${t.gap > 0 ? "+" : ""}${t.gap} | ${t.achieved ? "達成" : "未達"} |`);
    out.push("");
  } else {
    out.push("この年度の目標は site.yaml の targets に書かれていません。", "");
  }
  out.push(...surveyMarkdown(y));
  if (y.attendance.missing.length) {
    out.push(
      "**参加者数が未記録の催し**",
      "",
      ...y.attendance.missing.map((e) => `- ${formatJapaneseDate(e.startDate)} ${e.title}（${e.kind}、${e.id}）`),
      "",
    );
  }
  if (y.pamphletsNotReviewed.length) {
    out.push(
      "**1年以上見直していないパンフレット**",
      "",
      ...y.pamphletsNotReviewed.map((p) => `- ${p.title}（更新日 ${formatJapaneseDate(p.updated)}、${p.days} 日前）`),
      "",
    );
  }
  out.push(
    y.townsChecked === 0
      ? "相談窓口の担当地域（町名）がないため、町ごとの集計はしていません。"
      : y.townsWithoutEvents.length
        ? `**催しが一度もなかった町**（次に出向く候補）: ${y.townsWithoutEvents.join("、")}`
        : `担当地域のすべての町（${y.townsChecked} 町）で催しがありました。`,
    "",
  );
  return out.join("\n");
}

/**
 * The report as Markdown (one `##` section per fiscal year).
 * @param options.title include the `#` title line (default true; the PDF prints its own title)
 */
export function reportToMarkdown(report: ActivityReport, options: { title?: boolean } = {}): string {
  const title = options.title === false ? [] : [`# 普及啓発の活動報告（${formatJapaneseDate(report.today)} 時点）`, ""];
  return [...title, ...report.fiscalYears.map(yearMarkdown)].join("\n");
}

/**
 * The report as CSV rows 年度,区分,項目,値 — one fact per row, so staff can pivot it in Excel.
 * @returns the CSV text with a BOM and CRLF line ends (what Excel expects)
 */
export function reportToCsv(report: ActivityReport): string {
  const rows: (string | number)[][] = [["年度", "区分", "項目", "値"]];
  for (const y of report.fiscalYears) {
    const label = y.label.wareki;
    rows.push([label, "合計", "開催回数", y.events], [label, "合計", "予定", y.scheduled], [label, "合計", "中止", y.cancelled]);
    rows.push([label, "参加者", "合計", y.attendance.total], [label, "参加者", "記録のある回数", y.attendance.recordedEvents]);
    rows.push(
      [label, "参加者", "平均", y.attendance.average ?? ""],
      [label, "参加者", "未記録の回数", y.attendance.missing.length],
    );
    for (const [k, v] of Object.entries(y.byKind)) rows.push([label, "種類", k, v]);
    for (const [k, v] of Object.entries(y.byArea)) rows.push([label, "地区", k, v]);
    for (const [k, v] of Object.entries(y.byAudience)) rows.push([label, "対象", k, v]);
    rows.push(
      [label, "パンフレット", "作成・更新", y.pamphletsUpdated.length],
      [label, "パンフレット", "1年以上未更新", y.pamphletsNotReviewed.length],
    );
    for (const t of y.targets)
      rows.push([label, "目標", t.label, t.target], [label, "実績", t.label, t.actual], [label, "差", t.label, t.gap]);
    for (const town of y.townsWithoutEvents) rows.push([label, "催しがなかった町", town, 0]);
    rows.push([label, "アンケート", "回答数", y.surveys.responses]);
    for (const k of surveyFigureKeys) rows.push([label, "アンケート", surveyFigureLabels[k], y.surveys[k] ?? ""]);
  }
  // The open-data CSV writer: 地区 and the other names come from content files (a vendor's events CSV), and a name
  // such as =HYPERLINK(…) would run as a formula when staff open the report in Excel.
  const [header = [], ...body] = rows;
  return `\uFEFF${csvText(header.map(String), body)}`;
}
