/**
 * Opening hours of consultation windows (受付時間): parsing the way staff write them, the hours of a given day
 * (祝日, 年末年始, 「第2日曜は午前のみ」 style rules, particular dates) and "open now / next opening".
 * Pure (only other pure src/lib modules): the same code runs at build time and in the resident's browser. Public holidays are
 * passed in as a predicate (the build knows them from src/lib/dates/holidays.ts and hands the browser a list).
 */
import { tokyoClock } from "../dates/today.ts";

/** Minutes after midnight. A range may end after 24:00 (up to 48:00) when it runs past midnight (22:00-翌6:00). */
export interface TimeRange {
  start: number;
  end: number;
}

/** 「第2日曜は午前のみ」: on the nth weekdays of every month, these hours replace the weekly ones. */
export interface NthWeekdayRule {
  /** 0 = 日曜 … 6 = 土曜. */
  weekday: number;
  /** Which occurrences in the month: 1–5, or -1 for the last one (最終). */
  nth: number[];
  /** Hours on those days; empty = closed. */
  hours: TimeRange[];
  /** The rule as staff wrote it (第2日曜), for the hours table. */
  label: string;
}

/** Particular dates with their own hours (臨時休業, 特別開所). */
export interface DateRule {
  /** "YYYY-MM-DD". */
  date: string;
  /** Hours on that day; empty = closed. */
  hours: TimeRange[];
}

/** A window's opening hours in structured form. */
export interface OpeningHours {
  /** Weekly hours, index 0 = 日曜 … 6 = 土曜; an empty list means closed that day. */
  weekly: TimeRange[][];
  /** On public holidays: closed, the regular hours of that weekday, or their own hours. */
  holidays: "closed" | "regular" | TimeRange[];
  /** 年末年始 (12/29–1/3): closed, or regular hours. */
  yearEnd: "closed" | "regular";
  /** Nth-weekday rules, applied before the weekly hours. */
  rules: NthWeekdayRule[];
  /** Particular dates, applied before everything else. */
  dates: DateRule[];
}

/** Weekday labels, index 0 = 日. */
export const WEEKDAY_LABELS = ["日", "月", "火", "水", "木", "金", "土"] as const;

/** Words meaning "closed all day". */
const CLOSED_WORDS = /^(休み?|休業|休館|休所|閉所|閉館|なし|無し|定休日?|-|×)$/;

/** Folds the ways staff write times to "H:MM-H:MM" pieces: full width, 時/分, 〜 and its look-alikes. */
function foldTimeText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[〜~\u301C\uFF5E\u2010-\u2015\u2212\u30FC]/g, "-")
    .replace(/(\d{1,2})時(\d{1,2})分/g, "$1:$2")
    .replace(/(\d{1,2})時半/g, "$1:30")
    .replace(/(\d{1,2})時/g, "$1:00")
    .replace(/[、,;／/]/g, ",");
}

function parseClock(text: string, nextDay: boolean): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > (nextDay ? 24 : 30)) return null;
  return (nextDay ? 1440 : 0) + h * 60 + min;
}

/**
 * Parses a day's hours as written: "8:30-17:15", "8:30〜12:00、13:00〜17:15", "8時30分～17時", "休み", "24時間",
 * "22:00-翌6:00" (past midnight). Ranges must not overlap and must end after they start.
 * @returns the ranges (empty = closed) or a Japanese error message
 */
export function parseDayHours(raw: string): TimeRange[] | string {
  if (/^(24時間|終日)$/.test(raw.normalize("NFKC").trim())) return [{ start: 0, end: 1440 }];
  const text = foldTimeText(raw);
  if (CLOSED_WORDS.test(text)) return [];
  const ranges: TimeRange[] = [];
  for (const piece of text.split(",").filter(Boolean)) {
    const m = /^(\d{1,2}:\d{2})-(翌)?(\d{1,2}:\d{2})$/.exec(piece);
    const start = m ? parseClock(m[1] ?? "", false) : null;
    const end = m ? parseClock(m[3] ?? "", m[2] === "翌") : null;
    if (start === null || end === null || start >= 1440) {
      return `「${piece}」を時間として読めません。「8:30-17:15」のように、始まりと終わりを「-」でつないでください（休みの日は「休み」）`;
    }
    if (end <= start) {
      return `「${piece}」は終わりが始まりより前です。日付をまたぐときは「22:00-翌6:00」のように「翌」を付けてください`;
    }
    ranges.push({ start, end });
  }
  if (ranges.length === 0) return "時間が書かれていません。「8:30-17:15」か「休み」と書いてください";
  ranges.sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranges.length; i++) {
    const prev = ranges[i - 1];
    const cur = ranges[i];
    if (prev && cur && cur.start < prev.end) return "時間帯が重なっています";
  }
  return ranges;
}

/**
 * Parses the days of an nth-weekday rule: 第2日曜, 第2・第4土曜日, 毎月第1,3水曜, 最終金曜.
 * @returns weekday and occurrences, or null when the text is not such a rule
 */
export function parseNthWeekday(raw: string): { weekday: number; nth: number[] } | null {
  const text = raw
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/^毎月/, "")
    .replace(/[一二三四五]/g, (k) => String("一二三四五".indexOf(k) + 1));
  const m = /^((?:(?:第?\d|最終)[・,、と及び]*)+)([日月火水木金土])曜?日?$/.exec(text);
  if (!m) return null;
  const nth = [...(m[1] ?? "").matchAll(/\d|最終/g)].map((x) => (x[0] === "最終" ? -1 : Number(x[0])));
  if (nth.length === 0 || nth.some((n) => n === 0 || n > 5)) return null;
  return { weekday: WEEKDAY_LABELS.indexOf(m[2] as (typeof WEEKDAY_LABELS)[number]), nth: [...new Set(nth)].sort() };
}

/** Weekday (0 = 日) of a "YYYY-MM-DD" date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}

/** The date `days` after "YYYY-MM-DD" (negative for before). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** Whether a date falls in 年末年始 (12/29–1/3, the usual closing of Japanese public offices). */
export function isYearEndHoliday(date: string): boolean {
  const md = date.slice(5);
  return md >= "12-29" || md <= "01-03";
}

function matchesNth(date: string, nth: readonly number[]): boolean {
  const day = Number(date.slice(8, 10));
  const occurrence = Math.ceil(day / 7);
  const last = addDays(date, 7).slice(5, 7) !== date.slice(5, 7);
  return nth.some((n) => (n === -1 ? last : n === occurrence));
}

/** Why a day has the hours it has, for the hours table and the status line. */
export type DayReason = "date" | "yearEnd" | "holiday" | "rule" | "weekly";

/**
 * The opening hours on one date. Precedence: particular dates, then 年末年始, then public holidays, then
 * nth-weekday rules, then the weekly hours.
 * @param isHoliday whether a "YYYY-MM-DD" date is a public holiday
 */
export function hoursOn(
  hours: OpeningHours,
  date: string,
  isHoliday: (date: string) => boolean,
): { ranges: TimeRange[]; reason: DayReason } {
  const special = hours.dates.find((d) => d.date === date);
  if (special) return { ranges: special.hours, reason: "date" };
  if (hours.yearEnd === "closed" && isYearEndHoliday(date)) return { ranges: [], reason: "yearEnd" };
  if (isHoliday(date) && hours.holidays !== "regular") {
    return { ranges: hours.holidays === "closed" ? [] : hours.holidays, reason: "holiday" };
  }
  const weekday = weekdayOf(date);
  const rule = hours.rules.find((r) => r.weekday === weekday && matchesNth(date, r.nth));
  if (rule) return { ranges: rule.hours, reason: "rule" };
  return { ranges: hours.weekly[weekday] ?? [], reason: "weekly" };
}

/** A moment in Japan time: the calendar date and the minutes after midnight. */
export interface TokyoMoment {
  date: string;
  minutes: number;
}

/** The current date and time in Asia/Tokyo, whatever the device's time zone. */
export function tokyoMoment(instant: Date): TokyoMoment {
  const { date, minutes } = tokyoClock(instant);
  return { date, minutes };
}

/** Open now, until when, and when it opens next. */
export interface OpeningStatus {
  open: boolean;
  /** When the current opening ends (only when open). */
  closes?: TokyoMoment;
  /** The next opening after now (only when closed and one exists within the horizon). */
  next?: TokyoMoment;
}

/**
 * Whether a window is open at `now`, including hours that began the day before and run past midnight.
 * @param horizonDays how far ahead to look for the next opening (default 14 days)
 */
export function openingStatus(
  hours: OpeningHours,
  now: TokyoMoment,
  isHoliday: (date: string) => boolean,
  horizonDays = 14,
): OpeningStatus {
  const yesterday = addDays(now.date, -1);
  for (const r of hoursOn(hours, yesterday, isHoliday).ranges) {
    if (r.end > 1440 && now.minutes < r.end - 1440) {
      return { open: true, closes: { date: now.date, minutes: r.end - 1440 } };
    }
  }
  for (const r of hoursOn(hours, now.date, isHoliday).ranges) {
    if (r.start <= now.minutes && now.minutes < r.end) {
      return {
        open: true,
        closes: r.end > 1440 ? { date: addDays(now.date, 1), minutes: r.end - 1440 } : { date: now.date, minutes: r.end },
      };
    }
  }
  for (let offset = 0; offset <= horizonDays; offset++) {
    const date = addDays(now.date, offset);
    const first = hoursOn(hours, date, isHoliday).ranges.find((r) => offset > 0 || r.start > now.minutes);
    if (first) return { open: false, next: { date, minutes: first.start } };
  }
  return { open: false };
}

/** "8:30" for 510 minutes; ranges past midnight read "翌6:00". */
export function formatClock(minutes: number): string {
  const next = minutes > 1440;
  const m = next ? minutes - 1440 : minutes;
  return `${next ? "翌" : ""}${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}`;
}

/** "8:30〜12:00、13:00〜17:15", or 休み for a closed day. */
export function formatRanges(ranges: readonly TimeRange[]): string {
  if (ranges.length === 0) return "休み";
  if (ranges.length === 1 && ranges[0]?.start === 0 && ranges[0].end === 1440) return "24時間";
  return ranges.map((r) => `${formatClock(r.start)}〜${formatClock(r.end)}`).join("、");
}

/**
 * The weekly hours in one line, consecutive weekdays with the same hours joined: 「月〜金 8:30〜17:15、土 8:30〜12:00」.
 * Closed days are left out; a week with no hours reads 「定休」.
 */
export function summarizeWeekly(hours: OpeningHours): string {
  const order = [1, 2, 3, 4, 5, 6, 0];
  const groups: { from: number; to: number; text: string }[] = [];
  for (const day of order) {
    const text = formatRanges(hours.weekly[day] ?? []);
    const last = groups.at(-1);
    if (last && last.text === text && order.indexOf(day) === order.indexOf(last.to) + 1) last.to = day;
    else groups.push({ from: day, to: day, text });
  }
  const label = (d: number) => WEEKDAY_LABELS[d] ?? "";
  const open = groups.filter((g) => g.text !== "休み");
  if (open.length === 0) return "定休";
  return open
    .map((g) => {
      const span =
        g.from === g.to
          ? label(g.from)
          : order.indexOf(g.to) - order.indexOf(g.from) === 1
            ? `${label(g.from)}・${label(g.to)}`
            : `${label(g.from)}〜${label(g.to)}`;
      return `${span} ${g.text}`;
    })
    .join("、");
}

/** "12月1日(火)" for a "YYYY-MM-DD" date (status lines; the year is obvious from context). */
function shortDate(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日(${WEEKDAY_LABELS[weekdayOf(date)]})`;
}

/**
 * The status as a resident reads it: 「受付中です（17:15まで）」, 「受付時間外です。次は 12月1日(火) 8:30 からです」.
 * @param now the moment the status was computed for (to say 今日/明日 instead of a date)
 */
export function describeStatus(status: OpeningStatus, now: TokyoMoment): string {
  const when = (m: TokyoMoment) =>
    m.date === now.date ? "今日" : m.date === addDays(now.date, 1) ? `明日 ${shortDate(m.date)}` : shortDate(m.date);
  if (status.open && status.closes) {
    const until =
      status.closes.date === now.date
        ? formatClock(status.closes.minutes)
        : `${when(status.closes)} ${formatClock(status.closes.minutes)}`;
    return `受付中です（${until}まで）`;
  }
  if (status.next) return `受付時間外です。次は ${when(status.next)} ${formatClock(status.next.minutes)} からです`;
  return "受付時間外です";
}
