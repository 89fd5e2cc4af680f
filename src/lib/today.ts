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
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    now,
  );
}
