/**
 * Dates and times as municipal staff and Excel actually write them (docs/dev/open-data-formats.md §2, §9):
 * 2026-12-05, 2026/12/5, ２０２６年１２月５日, 令和8年12月5日, R8.12.5, 令和元年5月1日, Excel date serials (46361);
 * 9:00, 09:00, ９時３０分, 14:00:00 and Excel time serials (0.375 = 9:00). Impossible dates (2027-02-30) never roll
 * over: they are null. Display text is never rewritten; these parsers only read machine values.
 */

import { normalizeMachineText } from "../values/normalize-text.ts";
import { type CalendarDate, parseIsoDate } from "./japanese-date.ts";

/** Era start years (元年 = this year) for 和暦 input, with their one-letter abbreviations. */
const ERA_FIRST_YEAR: Record<string, number> = {
  令和: 2019,
  R: 2019,
  平成: 1989,
  H: 1989,
  昭和: 1926,
  S: 1926,
  大正: 1912,
  T: 1912,
  明治: 1868,
  M: 1868,
};

/** Era start dates: a 和暦 date before its era began (平成1年1月7日) does not exist. */
const ERA_START: Record<string, string> = {
  2019: "2019-05-01",
  1989: "1989-01-08",
  1926: "1926-12-25",
  1912: "1912-07-30",
  1868: "1868-01-25",
};

/** Excel's day 0 for the 1900 date system is 1899-12-30 (it counts the non-existent 1900-02-29). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * Reads a calendar date in any of the forms above.
 * @param raw the cell or front-matter value as written
 * @returns the date, or null when it is not a real date
 */
export function parseFlexibleDate(raw: string): CalendarDate | null {
  const text = normalizeMachineText(raw)
    .replace(/\s+/g, "")
    .replace(/\([^)]*\)$/, ""); // trailing weekday: 2026/12/5(土)
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(令和|平成|昭和|大正|明治|[RHSTM])(元|\d{1,2})[年.](\d{1,2})[月.](\d{1,2})日?$/i.exec(text);
  if (m) {
    const first = ERA_FIRST_YEAR[(m[1] ?? "").toUpperCase()] ?? ERA_FIRST_YEAR[m[1] ?? ""];
    if (first === undefined) return null;
    const eraYear = m[2] === "元" ? 1 : Number(m[2]);
    if (eraYear < 1) return null;
    const date = checked(first + eraYear - 1, Number(m[3]), Number(m[4]));
    if (!date) return null;
    const iso = `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
    // Before the era began (平成1年1月7日), or after the next one began (平成31年5月1日): not a real 和暦 date.
    return withinEra(first, iso) ? date : null;
  }
  m = /^(\d{5})(?:\.0+)?$/.exec(text);
  if (m) {
    // Excel date serial (a date cell exported without formatting): 46361 = 2026-12-05.
    const d = new Date(EXCEL_EPOCH_UTC + Number(m[1]) * 86_400_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  return null;
}

function withinEra(firstYear: number, iso: string): boolean {
  const starts = Object.entries(ERA_START)
    .map(([year, start]) => ({ year: Number(year), start }))
    .sort((a, b) => a.year - b.year);
  const index = starts.findIndex((s) => s.year === firstYear);
  const own = starts[index];
  const following = starts[index + 1];
  return own !== undefined && iso >= own.start && (following === undefined || iso < following.start);
}

function checked(year: number, month: number, day: number): CalendarDate | null {
  const pad = (n: number) => String(n).padStart(2, "0");
  return parseIsoDate(`${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`);
}

/**
 * Reads a clock time: "9:00", "09:00", "9時", "9時30分", "14:00:00", "午後2時", or an Excel time serial (0.375).
 * @returns "HH:MM" (00:00–23:59), or null
 */
export function parseClockTime(raw: string | number): string | null {
  if (typeof raw === "number") return fromSerial(raw);
  const text = normalizeMachineText(raw).replace(/\s+/g, "");
  if (/^0?\.\d+$|^0$/.test(text)) return fromSerial(Number(text));
  const m = /^(午前|午後)?(\d{1,2})(?::(\d{2})(?::(\d{2}))?|時(?:(\d{1,2})分|半)?)$/.exec(text);
  if (!m) return null;
  let hour = Number(m[2]);
  const minute = Number(m[3] ?? m[5] ?? (text.endsWith("半") ? 30 : 0));
  if (m[4] !== undefined && Number(m[4]) > 59) return null;
  if (m[1] === "午後" && hour < 12) hour += 12;
  if (minute > 59 || hour > 23) return null;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

function fromSerial(value: number): string | null {
  if (!(value >= 0 && value < 1)) return null;
  const minutes = Math.round(value * 24 * 60);
  if (minutes >= 24 * 60) return null;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
