/**
 * How real published イベント一覧 rows are read: the date and time forms cities really write (a range in one cell,
 * a weekday in brackets, a month and day whose year is given once for the file, a time followed by a remark), the
 * cells whose bad value only costs that value (loose), and which files are published data whose unreadable rows are
 * left out with a warning instead of stopping the site.
 */

import type { EventCsvField } from "../data/columns/event-columns.ts";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { parseClockTime, parseFlexibleDate } from "../lib/dates/flexible-date.ts";
import { normalizeMachineText } from "../lib/values/normalize-text.ts";
import { normalizeHeader } from "./csv/headers.ts";
import type { KeepRowOptions } from "./csv/keep-row.ts";
import type { CsvTable } from "./csv/read-csv.ts";
import { eventRowSchema } from "./event-row-schema.ts";

type Cells = Partial<Record<EventCsvField, string>>;

/**
 * Cells that add detail to an event (how to call, where to read more, the map pin, the fee and the times). A value in
 * none of the accepted forms is left off the page with a located warning; the event itself is published.
 */
export const EVENT_KEEP_ROW: KeepRowOptions<EventCsvField> = {
  loose: new Set<EventCsvField>([
    "contactPhone",
    "contactFax",
    "contactEmail",
    "applicationPhone",
    "url",
    "contentUrl",
    "applicationUrl",
    "onlineUrl",
    "fee",
    "capacity",
    "attendance",
    "lat",
    "lon",
    "startTime",
    "endTime",
    "applicationDeadline",
    "applicationDeadlineTime",
    "updated",
    "audience",
    "accessibility",
  ]),
  // A pin needs both coordinates; an end time without a start time is refused by the event rules.
  partners: { lat: "lon", lon: "lat", startTime: "endTime" },
};

const RANGE = /[~〜～]/;
/** A weekday (or anything short) in brackets right after a day: 9月7日(土), 9月11日（aaa）, 11月4日(月・祝). */
const AFTER_DAY_BRACKETS = /日\([^)]{0,8}\)/g;
const MONTH_DAY = /^(\d{1,2})月(\d{1,2})日?$/;
const DAY_ONLY = /^(\d{1,2})日$/;

/** The year of the 開催年 cell (or the sidecar's `values:`): 2024, 2024年, 令和6年, R6. */
function yearOf(cell: string | undefined): number | undefined {
  if (!cell) return undefined;
  const text = normalizeMachineText(cell).replace(/\s+/g, "");
  const western = /^(\d{4})年?$/.exec(text);
  if (western) return Number(western[1]);
  const date = parseFlexibleDate(`${text.replace(/年$/, "")}年1月1日`);
  return date?.year;
}

/** A date part with the year (and month) filled in where the cell left them out; the text unchanged otherwise. */
function completeDate(part: string, year: number | undefined, month?: number): string {
  const md = MONTH_DAY.exec(part);
  if (md && year) return `${year}年${md[1]}月${md[2]}日`;
  const d = DAY_ONLY.exec(part);
  if (d && year && month) return `${year}年${month}月${d[1]}日`;
  return part;
}

const isoOf = (text: string) => {
  const date = parseFlexibleDate(text);
  return date ? `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}` : undefined;
};

/** Reads the 開始日 cell's variants in place: a range, weekdays, a date without its year. Unreadable cells stay. */
function readDates(cells: Cells, year: number | undefined): void {
  const start = cells.startDate;
  if (!start) return;
  const text = normalizeMachineText(start).replace(/\s+/g, "").replace(AFTER_DAY_BRACKETS, "日");
  const parts = text.split(RANGE);
  if (parts.length > 2 || parts.some((p) => p === "")) return;
  const [first = "", second] = parts;
  const from = isoOf(completeDate(first, year));
  if (!from) return;
  if (second === undefined) {
    cells.startDate = from;
  } else if (!cells.endDate) {
    // 2024/9/7～10日, 2024/9/7～9月10日: the end takes the start's year (and month) where it leaves them out.
    const endYear = year ?? Number(from.slice(0, 4));
    let to = isoOf(completeDate(second, endYear, Number(from.slice(5, 7))));
    // 12月28日～1月5日: the end is in the next year (a month before the start's; 9月7日～9月5日 stays a mistake).
    if (to && to.slice(5, 7) < from.slice(5, 7) && !/\d{4}|令和|平成/.test(second)) {
      to = isoOf(completeDate(second, endYear + 1, Number(from.slice(5, 7))));
    }
    if (!to) return;
    cells.startDate = from;
    cells.endDate = to;
  }
  const end = cells.endDate;
  if (end && second === undefined) {
    const text2 = normalizeMachineText(end).replace(/\s+/g, "").replace(AFTER_DAY_BRACKETS, "日");
    const to = isoOf(completeDate(text2, year, Number(from.slice(5, 7))));
    if (to) cells.endDate = to;
  }
}

const TIME_HEAD = /^((?:午前|午後)?\d{1,2}(?::\d{2}|時(?:\d{1,2}分|半)?))(.*)$/s;

/** Reads a time cell's variants: `10:00～12:00` (start and end), `17:00（最終入館16:30まで）` (a time and a remark). */
function readTimes(cells: Cells): void {
  const remarks: string[] = [];
  for (const [field, label] of [
    ["startTime", "開始時間"],
    ["endTime", "終了時間"],
  ] as const) {
    const raw = cells[field];
    if (!raw || parseClockTime(raw)) continue;
    const text = normalizeMachineText(raw);
    const range = text.replace(/\s+/g, "").split(RANGE);
    if (field === "startTime" && range.length === 2 && !cells.endTime) {
      const [from, to] = range.map((p) => parseClockTime(p ?? ""));
      if (from && to) {
        cells.startTime = from;
        cells.endTime = to;
        continue;
      }
    }
    const head = TIME_HEAD.exec(text);
    const time = head ? parseClockTime(head[1] ?? "") : null;
    const remark = (head?.[2] ?? "").replace(/^[\s(（]+|[\s)）]+$/g, "");
    if (!time || !remark) continue;
    cells[field] = time;
    remarks.push(`${label} ${raw.replace(/\s+/g, " ").trim()}`);
  }
  if (remarks.length) cells.dateNote = [cells.dateNote, ...remarks].filter(Boolean).join("\n");
}

/**
 * Reads the value forms real files use, in place, before the row schema sees them. Each rewrite is made only when its
 * result is a value the schema accepts; anything else is left as written, so the message quotes the cell.
 * @param cells the row's non-empty cells
 */
export function readEventValueVariants(cells: Cells): void {
  readDates(cells, yearOf(cells.year));
  readTimes(cells);
  // 定員 なし: no limit, not a number of places.
  if (cells.capacity && /^(?:なし|無し|制限なし|定員なし)$/.test(normalizeMachineText(cells.capacity))) delete cells.capacity;
  // 料金 in words (席種により異なります, 受講料 500円 材料費 1,000円): shown as the fee's detail.
  if (cells.fee && !eventRowSchema.shape.fee.safeParse(cells.fee).success && !cells.feeDetail) {
    cells.feeDetail = cells.fee;
    delete cells.fee;
  }
  // 「公式サイト https://…」: the one address in the cell.
  for (const field of ["url", "contentUrl", "applicationUrl", "onlineUrl"] as const) {
    const cell = cells[field];
    if (!cell || /^https?:\/\//i.test(cell.trim())) continue;
    const found = cell.match(/https?:\/\/[^\s"'<>（）()、]+/gi);
    if (found?.length === 1) cells[field] = found[0];
  }
}

/**
 * A clearer message for a 開始日/終了日 cell that is no date: several dates, a month and day without the year.
 * @param raw the cell as written
 * @param hasYear whether the file gives a 開催年
 */
export function dateMessage(raw: string, hasYear: boolean): string | undefined {
  const text = normalizeMachineText(raw).replace(/\s+/g, "");
  const days = text.match(/\d{1,2}日/g) ?? [];
  if (days.length > 2 || (days.length === 2 && !RANGE.test(text))) {
    return "開催日が複数書かれています。1 つの行には 1 つの開催日か「開始日～終了日」を書きます（日ごとに行を分けると載せられます）";
  }
  if (!hasYear && /^\d{1,2}月\d{1,2}日/.test(text)) {
    return "開催日に年がありません。「開催年」の列を作るか、.columns.yaml の values: に「開催年: 2024」のように書いてください";
  }
  return undefined;
}

/**
 * Whether a file is published data rather than the project's own hand-written list: a file read through a
 * `.columns.yaml`, or one in the current 自治体標準 layout (its 団体コード column is headed 全国地方公共団体コード, as the
 * municipal open-data systems export it). Unreadable rows of such files are left out with a warning: staff cannot fix
 * a file they did not write, and one bad row must not stop the site. In a hand-written list they stay errors, so the
 * event the staff meant to publish is not silently missing.
 * @param table the file
 * @param mapped whether a `.columns.yaml` maps it
 */
export function isPublishedEventFile(table: CsvTable<EventCsvField>, mapped: boolean): boolean {
  if (mapped) return true;
  const written = table.mapping.written.localGovernmentCode;
  return written !== undefined && ["全国地方公共団体コード", "localgov_code"].includes(normalizeHeader(written));
}

/** The hint of a warning for a row of a published file that is left out. */
export const LEFT_OUT_HINT = "この行は載せません（ほかの行は載せます）。元のファイルを直すと載ります";

/** Left-out rows of one file counted by the column that decided it, for the per-file summary. */
export function tallyLeftOut(tally: Map<string, number>, issues: readonly ContentIssue[]): void {
  const field = issues[0]?.field ?? "(行全体)";
  tally.set(field, (tally.get(field) ?? 0) + 1);
}
