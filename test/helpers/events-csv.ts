/**
 * Shared inputs of the イベント一覧 CSV tests (test/unit/events/events-csv-*.test.ts, events-folder.test.ts): CSV text
 * from rows by column name, two sample events, and a reader that writes the text to a temporary file first, as the
 * loader only reads files.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { EVENT_LEGACY_HEADER } from "../../src/data/columns/event-columns.ts";
import { formatIssue } from "../../src/lib/content/content-issue.ts";
import { readEventCsv } from "../../src/loaders/events-csv.ts";

/** The legacy 推奨データセット header (docs/dev/open-data-formats.md §4a), in its published order. */
export const LEGACY = [...EVENT_LEGACY_HEADER];

/** One CSV row by column name; a column the row does not name is written empty. */
export type Row = Record<string, string>;

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** A CSV file as text: the header, then each row in header order, quoted as Excel quotes. */
export function csvText(headers: string[], rows: Row[], eol = "\r\n"): string {
  return [headers.map(quote).join(","), ...rows.map((r) => headers.map((h) => quote(r[h] ?? "")).join(","))].join(eol) + eol;
}

/** Two valid events in the legacy header: a lecture in ISO dates and a café in slash dates with Excel time serials. */
export const sampleRows: Row[] = [
  {
    NO: "1",
    イベント名: "在宅医療講演会「家で最期まで」",
    開始日: "2026-12-05",
    終了日: "2026-12-05",
    開始時間: "14:00",
    終了時間: "16:00",
    説明: "医師が話します。\n2行目です。",
    "料金(基本)": "0",
    連絡先電話番号: "03-0000-1234",
    場所名称: "架空市民会館",
    住所: "東京都架空市中央1-2-3",
    緯度: "35.6812",
    経度: "139.7671",
    定員: "100",
  },
  {
    NO: "2",
    イベント名: "オレンジカフェ中央",
    開始日: "2026/12/10",
    終了日: "2026/12/10",
    開始時間: "0.416666666666667",
    終了時間: "0.5",
    説明: "どなたでも",
    場所名称: "中央集会所",
    住所: "東京都架空市中央2-2",
    定員: "―", // the dash Excel writes in CP932 (U+2015); U+2014 does not exist there
  },
];

/** Writes `content` into a fresh temporary folder; `file` is the path the loader reports (events/<name>). */
export function writeCsv(content: string | Uint8Array, name = "events-2026.csv"): { absolute: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "events-csv-"));
  const absolute = path.join(dir, name);
  writeFileSync(absolute, content);
  return { absolute, file: `events/${name}` };
}

/** Reads `content` as an events CSV, with the errors and the staff-facing issue lines picked out for assertions. */
export function read(content: string | Uint8Array, name?: string) {
  const { absolute, file } = writeCsv(content, name);
  const result = readEventCsv(absolute, file);
  return { ...result, errors: result.issues.filter((i) => i.severity === "error"), lines: result.issues.map(formatIssue) };
}
