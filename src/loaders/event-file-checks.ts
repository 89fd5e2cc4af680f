/**
 * The checks of one イベント一覧 file beyond single cells: the header (unused columns, no ID), ragged rows, coordinates
 * (swapped, 0,0, outside Japan), the event rules across cells, each problem on the column it came from.
 */

import { type EventCsvField, eventCsvAliases } from "../data/columns/event-columns.ts";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { displayValue } from "../lib/content/content-issue.ts";
import { normalizeHeader } from "./csv/headers.ts";
import type { CsvRow, CsvTable } from "./csv/read-csv.ts";
import { dateMessage } from "./event-row-rules.ts";
import type { EventRowValues } from "./event-row-schema.ts";

/** Where an error on an event field is shown: the CSV column it came from. */
const EVENT_PATH_TO_COLUMN: Record<string, EventCsvField> = {
  title: "title",
  kind: "kind",
  startDate: "startDate",
  endDate: "endDate",
  startTime: "startTime",
  endTime: "endTime",
  place: "placeName",
  "place.name": "placeName",
  "place.lat": "lat",
  "place.lon": "lon",
  "application.deadline": "applicationDeadline",
  area: "area",
  updated: "updated",
  fee: "fee",
  capacity: "capacity",
};

/** Column names for messages when the file lacks the column: the legacy header's name. */
export function columnLabel(table: CsvTable<EventCsvField>, field: EventCsvField): string {
  return table.mapping.written[field] ?? eventCsvAliases[field][0] ?? field;
}

/** Japan's bounding box (with its remote islands), to tell swapped or misplaced coordinates. */
const JAPAN = { lat: [20, 46], lon: [122, 154] } as const;
const inJapan = (lat: number, lon: number) =>
  lat >= JAPAN.lat[0] && lat <= JAPAN.lat[1] && lon >= JAPAN.lon[0] && lon <= JAPAN.lon[1];

/**
 * Checks coordinates: a swapped pair is swapped back, 0,0 and points outside Japan are dropped, each with a warning.
 * @returns the coordinates to keep and the warnings
 */
export function checkCoordinates(
  v: EventRowValues,
  table: CsvTable<EventCsvField>,
  row: CsvRow<EventCsvField>,
): { lat?: number; lon?: number; issues: ContentIssue[] } {
  const { lat, lon } = v;
  if (lat === undefined || lon === undefined) return { issues: [] };
  const where = { severity: "warning" as const, file: table.file, line: row.row };
  const columns = `${columnLabel(table, "lat")}・${columnLabel(table, "lon")}`;
  if (lat === 0 && lon === 0) {
    return { issues: [{ ...where, field: columns, value: "0, 0", message: "緯度・経度が 0 のため、地図の位置を表示しません" }] };
  }
  if (inJapan(lat, lon)) return { lat, lon, issues: [] };
  if (inJapan(lon, lat)) {
    return {
      lat: lon,
      lon: lat,
      issues: [
        {
          ...where,
          field: columns,
          value: `${lat}, ${lon}`,
          message: "緯度と経度が入れ替わっているようです。入れ替えて読みました",
          hint: "緯度（北緯、日本では 20〜46）と経度（東経、日本では 122〜154）の列を確認してください",
        },
      ],
    };
  }
  return {
    issues: [
      {
        ...where,
        field: columns,
        value: `${lat}, ${lon}`,
        message: "緯度・経度が日本の範囲にないため、地図の位置を表示しません",
        hint: "緯度（北緯）は 20〜46、経度（東経）は 122〜154 の範囲です",
      },
    ],
  };
}

/** An error of the event rules (across cells) on the column it came from. */
export function eventIssue(
  issue: { path: PropertyKey[]; message: string },
  table: CsvTable<EventCsvField>,
  row: CsvRow<EventCsvField>,
): ContentIssue {
  const field = EVENT_PATH_TO_COLUMN[issue.path.join(".")] ?? EVENT_PATH_TO_COLUMN[String(issue.path[0])];
  const raw = field ? row.values[field] : undefined;
  return {
    severity: "error",
    file: table.file,
    line: row.row,
    field: field ? columnLabel(table, field) : issue.path.join(".") || "(行全体)",
    value: raw ? displayValue(raw) : undefined,
    message: issue.message,
  };
}

/** The clearer message for a date cell holding several dates or a date without its year. */
export function withDateMessage(
  issue: ContentIssue,
  table: CsvTable<EventCsvField>,
  row: CsvRow<EventCsvField>,
  hasYear: boolean,
): ContentIssue {
  for (const field of ["startDate", "endDate"] as const) {
    const raw = row.values[field];
    if (!raw || issue.field !== columnLabel(table, field)) continue;
    const message = dateMessage(raw, hasYear);
    if (message) return { ...issue, message };
  }
  return issue;
}

/** Once per file: the columns it has that nothing reads, and a missing ID column. */
export function headerWarnings(table: CsvTable<EventCsvField>): ContentIssue[] {
  const out: ContentIssue[] = [];
  if (table.mapping.unknown.length) {
    out.push({
      severity: "warning",
      file: table.file,
      line: 1,
      field: table.mapping.unknown.map((u) => u.header.trim()).join("、"),
      message: "使われない列があります（サイトには表示しません）",
      hint: "使える列名は docs/staff/events.md の「イベント CSV の列」にあります。つづりの違いにも注意してください",
    });
  }
  if (table.mapping.columns.id === undefined) {
    out.push({
      severity: "warning",
      file: table.file,
      line: 1,
      field: "NO / ID",
      message: "ID（NO）の列がないため、行番号からページの URL を作ります。行を入れ替えると URL が変わります",
      hint: "「NO」か「ID」の列を作り、行ごとに重ならない番号を書いてください",
    });
  }
  return out;
}

/** The index of the last non-empty header cell (Excel leaves empty ones after the last column). */
export function lastFilledIndex(cells: readonly string[]): number {
  let i = cells.length - 1;
  while (i >= 0 && normalizeHeader(cells[i] ?? "") === "") i--;
  return i;
}

/** A row with cells beyond the header, or fewer cells than the header (a lost comma shifts every column). */
export function raggedRowIssue(
  table: CsvTable<EventCsvField>,
  row: CsvRow<EventCsvField>,
  headerWidth: number,
): ContentIssue | undefined {
  const cells = row.cells;
  if (!cells) return undefined;
  if (cells.lastFilled >= headerWidth) {
    return {
      severity: "error",
      file: table.file,
      line: row.row,
      field: `${cells.lastFilled + 1} 列目`,
      message: `見出しより右の列（${cells.lastFilled + 1} 列目）に値があります（見出しは ${headerWidth} 列）`,
      hint: '値の中の「,」は、値全体を「"」で囲んでください。余分な列は削除してください',
    };
  }
  if (cells.count < headerWidth) {
    return {
      severity: "error",
      file: table.file,
      line: row.row,
      field: "(行全体)",
      message: `列の数が見出しより少なくなっています（${cells.count} 列、見出しは ${headerWidth} 列）`,
      hint: "区切りの「,」が抜けていないか確認してください",
    };
  }
  return undefined;
}
