/**
 * The status badge of an event (受付中 / 締切間近 / 受付終了 / 申込不要 / 終了 / 中止), computed from its dates and a
 * moment in Asia/Tokyo. The build computes it for "today" (SITE_TODAY); a small script computes it again in the
 * resident's browser, so a site that was not rebuilt does not keep advertising events that are over.
 * Pure: the same function runs at build time and in the browser.
 */
import { daysBetween } from "../dates/japanese-date.ts";
import { tokyoClock } from "../dates/today.ts";

/** Every badge an event can carry. */
export const eventStatuses = ["受付中", "締切間近", "受付終了", "申込不要", "終了", "中止"] as const;
/** One status. */
export type EventStatus = (typeof eventStatuses)[number];

/** The facts the status depends on (a subset of an event). */
export interface EventTiming {
  startDate: string;
  endDate: string;
  startTime?: string | undefined;
  endTime?: string | undefined;
  cancelled: boolean;
  full: boolean;
  application?: { required: boolean; deadline?: string | undefined; deadlineTime?: string | undefined } | undefined;
}

/** A moment in Asia/Tokyo: the date, and the time when known (the build knows only the date). */
export interface TokyoMoment {
  /** "YYYY-MM-DD". */
  date: string;
  /** "HH:MM", or undefined when only the date is known. */
  time?: string | undefined;
}

/** Days before the application deadline from which 締切間近 is shown (the deadline day counts as 0). */
export const CLOSING_SOON_DAYS = 3;

/** True when the moment is at or after (date, time); a missing time means the end of that day. */
function reached(now: TokyoMoment, date: string, time: string | undefined): boolean {
  if (now.date !== date) return now.date > date;
  return time !== undefined && now.time !== undefined && now.time >= time;
}

/** True once the event is over: after its end date, or on the end date past the end time. */
export function hasEnded(event: EventTiming, now: TokyoMoment): boolean {
  return reached(now, event.endDate, event.endTime ?? undefined);
}

/** The application deadline as (date, time): the given deadline, or else the event's start. */
export function applicationDeadline(event: EventTiming): { date: string; time?: string | undefined } {
  const given = event.application?.deadline;
  if (given) return { date: given, time: event.application?.deadlineTime };
  return { date: event.startDate, time: event.startTime };
}

/**
 * The badge for an event at a moment.
 * - 中止 when cancelled; 終了 once the end has passed;
 * - 申込不要 when no application is needed;
 * - 受付終了 when full or past the deadline; 締切間近 within {@link CLOSING_SOON_DAYS} days of it; else 受付中.
 */
export function computeEventStatus(event: EventTiming, now: TokyoMoment): EventStatus {
  if (event.cancelled) return "中止";
  if (hasEnded(event, now)) return "終了";
  if (!event.application?.required) return "申込不要";
  if (event.full) return "受付終了";
  const deadline = applicationDeadline(event);
  if (reached(now, deadline.date, deadline.time)) return "受付終了";
  return daysBetween(now.date, deadline.date) <= CLOSING_SOON_DAYS ? "締切間近" : "受付中";
}

/** CSS modifier of a badge (ASCII, for class names). */
export function statusClass(status: EventStatus): string {
  return {
    受付中: "open",
    締切間近: "closing",
    受付終了: "closed",
    申込不要: "free-entry",
    終了: "ended",
    中止: "cancelled",
  }[status];
}

/**
 * The current moment in Asia/Tokyo, whatever the device's time zone.
 * @param now the clock (default: now)
 */
export function tokyoMoment(now: Date = new Date()): TokyoMoment {
  const { date, time } = tokyoClock(now);
  return { date, time };
}
