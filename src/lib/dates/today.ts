import { parseIsoDate, toIsoDate } from "./japanese-date.ts";

/**
 * "Today" for the build, in Asia/Tokyo: `SITE_TODAY=YYYY-MM-DD` fixes it (reproducible builds and tests);
 * otherwise the current date in Japan, whatever the server's time zone.
 * @param env environment to read (default `process.env`)
 * @param now clock to use when SITE_TODAY is unset (default: the current time)
 * @returns "YYYY-MM-DD"
 */
export function siteToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const fixed = env["SITE_TODAY"]?.trim();
  if (fixed) {
    const parsed = parseIsoDate(fixed);
    if (!parsed) {
      throw new Error(
        `環境変数 SITE_TODAY の値「${fixed}」は日付ではありません。YYYY-MM-DD 形式（例: 2026-12-05）で指定してください。`,
      );
    }
    return toIsoDate(parsed);
  }
  return tokyoClock(now).date;
}

/** A moment on the clock in Japan: calendar date, "hh:mm" and minutes after midnight. */
export interface TokyoClock {
  /** "YYYY-MM-DD". */
  date: string;
  /** "hh:mm", 24-hour. */
  time: string;
  /** Minutes after midnight (0–1439). */
  minutes: number;
}

/**
 * The date and time in Asia/Tokyo at an instant, whatever the device's or server's time zone. Shared by the build
 * ("today") and the browser scripts (event status, "open now").
 * @param now the instant (default: now)
 */
export function tokyoClock(now: Date = new Date()): TokyoClock {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  const hour = get("hour");
  const minute = get("minute");
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    time: `${hour}:${minute}`,
    minutes: Number(hour) * 60 + Number(minute),
  };
}
