/**
 * Calendar dates for residents: 2026年12月5日(土), 令和8年12月5日(土), fiscal years (年度, April–March).
 * Dates are plain calendar dates ("YYYY-MM-DD" strings): no time zone arithmetic can shift them. "Today" is
 * Asia/Tokyo (see today.ts).
 */

/** A calendar date as year, month (1–12) and day. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Parses "YYYY-MM-DD" into a calendar date; returns null for malformed or impossible dates (2026-02-30). */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

/** Formats a calendar date back to "YYYY-MM-DD". */
export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

const WEEKDAYS = ["日", "月", "火", "水", "木", "金", "土"] as const;

/** The weekday kanji (日〜土) of a date. */
export function japaneseWeekday(date: CalendarDate): string {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] ?? "";
}

/** The ICU Japanese calendar knows the 元号 and their start days (令和 from 2019-05-01, 平成 from 1989-01-08). */
const ERA_FORMAT = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { era: "long", year: "numeric", timeZone: "UTC" });

/**
 * The era name and era year of a date, e.g. 令和 8. Year 1 is written 元年 by {@link formatWarekiYear}.
 * Dates before 明治6年1月1日 (the Gregorian adoption) are lunisolar, never appear in this site's content, and throw.
 */
export function toWareki(date: CalendarDate): { era: string; year: number } {
  const iso = toIsoDate(date);
  if (iso < "1873-01-01") throw new RangeError(`和暦に変換できない日付です: ${iso}`);
  const parts = ERA_FORMAT.formatToParts(new Date(`${iso}T00:00:00Z`));
  const era = parts.find((part) => part.type === "era")?.value ?? "";
  const year = parts.find((part) => part.type === "year")?.value ?? "";
  return { era, year: year === "元" ? 1 : Number(year) };
}

/** "令和8年" / "令和元年" for a date. */
export function formatWarekiYear(date: CalendarDate): string {
  const { era, year } = toWareki(date);
  return `${era}${year === 1 ? "元" : year}年`;
}

/** Which calendar a site shows dates in: `western` (2026年) or `wareki` (令和8年). */
export type DateStyle = "western" | "wareki";

/** Options for {@link formatJapaneseDate}. */
export interface JapaneseDateOptions {
  /** Calendar style; default `western`. */
  style?: DateStyle;
  /** Append the weekday, e.g. (土); default false. */
  weekday?: boolean;
}

/**
 * Formats a date the way Japanese public notices do: "2026年12月5日(土)" or "令和8年12月5日(土)".
 * @param date a calendar date or a "YYYY-MM-DD" string
 */
export function formatJapaneseDate(date: CalendarDate | string, options: JapaneseDateOptions = {}): string {
  const d = typeof date === "string" ? parseIsoDate(date) : date;
  if (!d) throw new RangeError(`日付の形式が正しくありません: ${String(date)}`);
  const year = options.style === "wareki" ? formatWarekiYear(d) : `${d.year}年`;
  const weekday = options.weekday ? `(${japaneseWeekday(d)})` : "";
  return `${year}${d.month}月${d.day}日${weekday}`;
}

/** The fiscal year (年度) a date belongs to, as the Western year in which it starts (April 1). */
export function fiscalYearOf(date: CalendarDate | string): number {
  const d = typeof date === "string" ? parseIsoDate(date) : date;
  if (!d) throw new RangeError(`日付の形式が正しくありません: ${String(date)}`);
  return d.month >= 4 ? d.year : d.year - 1;
}

/** First and last day ("YYYY-MM-DD") of a fiscal year. */
export function fiscalYearRange(fiscalYear: number): { start: string; end: string } {
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}

/** "2026年度" or "令和8年度" for a fiscal year (the era of its April 1). */
export function formatFiscalYear(fiscalYear: number, style: DateStyle = "western"): string {
  if (style === "western") return `${fiscalYear}年度`;
  return `${formatWarekiYear({ year: fiscalYear, month: 4, day: 1 }).replace(/年$/, "")}年度`;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const pa = parseIsoDate(a);
  const pb = parseIsoDate(b);
  if (!pa || !pb) throw new RangeError(`日付の形式が正しくありません: ${a} / ${b}`);
  return (Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000;
}
