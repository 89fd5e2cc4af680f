/**
 * When an event takes place, in words residents read: 2026年12月5日(土) 14:00〜16:00, multi-day ranges
 * (2026年12月5日(土)〜12月6日(日)), 和暦 when the site asks for it, and machine forms (ISO 8601 with +09:00).
 */
import { type DateStyle, formatJapaneseDate, formatWarekiYear, parseIsoDate } from "../dates/japanese-date.ts";

/** The date and time fields of an event. */
export interface EventWhen {
  startDate: string;
  endDate: string;
  startTime?: string | undefined;
  endTime?: string | undefined;
}

/** "2026年12月5日(土)" or "2026年12月5日(土)〜12月6日(日)" (the year is repeated only when it changes). */
export function formatEventDates(event: EventWhen, style: DateStyle = "western"): string {
  const start = formatJapaneseDate(event.startDate, { style, weekday: true });
  if (event.endDate === event.startDate) return start;
  const sameYear = event.endDate.slice(0, 4) === event.startDate.slice(0, 4);
  const end = sameYear
    ? formatJapaneseDate(event.endDate, { style, weekday: true }).replace(/^.*?年/, "")
    : formatJapaneseDate(event.endDate, { style, weekday: true });
  return `${start}〜${end}`;
}

/** "14:00〜16:00", "14:00〜" or "" (all day). Multi-day events: the daily hours. */
export function formatEventTimes(event: Pick<EventWhen, "startTime" | "endTime">): string {
  const start = event.startTime ? stripLeadingZero(event.startTime) : "";
  if (!start) return "";
  return event.endTime ? `${start}〜${stripLeadingZero(event.endTime)}` : `${start}〜`;
}

function stripLeadingZero(time: string): string {
  return time.replace(/^0(\d)/, "$1");
}

/** Dates and times in one line: "2026年12月5日(土) 14:00〜16:00"; multi-day with hours adds 各日. */
export function formatEventWhen(event: EventWhen, style: DateStyle = "western"): string {
  const dates = formatEventDates(event, style);
  const times = formatEventTimes(event);
  if (!times) return dates;
  return event.endDate === event.startDate ? `${dates} ${times}` : `${dates} 各日${times}`;
}

/** "2026年12月" / "令和8年12月" for a "YYYY-MM" month key. */
export function formatMonth(monthKey: string, style: DateStyle = "western"): string {
  const date = parseIsoDate(`${monthKey}-01`);
  if (!date) throw new RangeError(`月の形式が正しくありません: ${monthKey}`);
  const year = style === "wareki" ? formatWarekiYear(date) : `${date.year}年`;
  return `${year}${date.month}月`;
}

/** ISO 8601 start: "2026-12-05T14:00:00+09:00", or the date alone for all-day events. */
export function startIso(event: EventWhen): string {
  return event.startTime ? `${event.startDate}T${event.startTime}:00+09:00` : event.startDate;
}

/** ISO 8601 end of the whole event: the last day's end time, or the last date alone. */
export function endIso(event: EventWhen): string {
  return event.endTime ? `${event.endDate}T${event.endTime}:00+09:00` : event.endDate;
}

/** Number of calendar days the event spans (1 for a one-day event). */
export function eventDayCount(event: EventWhen): number {
  const a = parseIsoDate(event.startDate);
  const b = parseIsoDate(event.endDate);
  if (!a || !b) throw new RangeError(`日付の形式が正しくありません: ${event.startDate} / ${event.endDate}`);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000) + 1;
}
