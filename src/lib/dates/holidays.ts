import holidayJp from "@holiday-jp/holiday_jp";

/**
 * Japanese public holidays (国民の祝日, 振替休日, 国民の休日) from the maintained `@holiday-jp/holiday_jp` dataset,
 * which follows the Cabinet Office (内閣府) list and is bundled in the package (no network access). The dataset is
 * published through 2050; 春分・秋分 beyond the officially announced years are the astronomical projections that the
 * Cabinet Office will announce. Build-time only: the browser gets the dates it needs as a list (see holidayDatesBetween).
 */

/** The last year the dataset covers. */
export const HOLIDAY_DATA_LAST_YEAR = Math.max(...Object.keys(holidayJp.holidays).map((d) => Number(d.slice(0, 4))));

/** The holiday name of a date ("YYYY-MM-DD"), e.g. 振替休日, or undefined on an ordinary day. */
export function holidayName(date: string): string | undefined {
  return (holidayJp.holidays as Record<string, { name: string } | undefined>)[date]?.name;
}

/** Whether a date ("YYYY-MM-DD") is a public holiday (祝日・振替休日・国民の休日). */
export function isPublicHoliday(date: string): boolean {
  return holidayName(date) !== undefined;
}

/** Every holiday date ("YYYY-MM-DD") from `from` to `to` inclusive, sorted. */
export function holidayDatesBetween(from: string, to: string): string[] {
  return Object.keys(holidayJp.holidays)
    .filter((d) => d >= from && d <= to)
    .sort();
}

/**
 * The holidays the browser needs to say "open now / next opening": from the day before `today` for two years,
 * within the dataset. The page script shows no status once the resident's date nears `until` (a stale build).
 * @param today "YYYY-MM-DD" (the build day, Asia/Tokyo)
 */
export function holidaysForBrowser(today: string): { dates: string[]; until: string } {
  const [y, m, d] = today.split("-").map(Number);
  const from = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) - 1)).toISOString().slice(0, 10);
  const twoYears = `${(y ?? 0) + 2}${today.slice(4)}`;
  const lastCovered = `${HOLIDAY_DATA_LAST_YEAR}-12-31`;
  const until = twoYears < lastCovered ? twoYears : lastCovered;
  return { dates: holidayDatesBetween(from, until), until };
}
