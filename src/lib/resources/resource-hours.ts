/**
 * The 診療日・時間 / 利用できる曜日・時間 line of a resource page, from the file's days and opening and closing times.
 */

/** A clock time as the resource schema leaves it (`9:00`, `17:15`). */
const CLOCK = /^\d{1,2}:\d{2}$/;

/**
 * The days and hours as one line. Two clock times read as a range (`月火水木金 8:30〜17:15`); times written as text
 * are shown each with its label, never joined: a city's file can give different hours per day in one cell
 * (`月・木：14:00、火・金：10:30` and `月・木：17:00、火・金：12:00`), where `A〜B` would pair the wrong times.
 * @returns the line, or an empty string when the file gives neither days nor times
 */
export function resourceHoursText(r: {
  days?: string | undefined;
  openTime?: string | undefined;
  closeTime?: string | undefined;
}): string {
  const { openTime: open, closeTime: close } = r;
  const bothClock = open !== undefined && close !== undefined && CLOCK.test(open) && CLOCK.test(close);
  const times = bothClock ? `${open}〜${close}` : [open && `開始 ${open}`, close && `終了 ${close}`].filter(Boolean).join("／");
  return [r.days, times].filter(Boolean).join(" ");
}
