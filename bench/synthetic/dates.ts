/** The synthetic calendar: the "today" the content is written around, and day arithmetic on ISO dates. */

/** "Today" the synthetic content is written around (events before and after it); builds should use it as SITE_TODAY. */
export const SYNTHETIC_TODAY = "2026-11-28";

/** `iso` (YYYY-MM-DD) moved by `days`; UTC, so that the result never depends on the machine's time zone. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
