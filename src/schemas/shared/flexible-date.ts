import { parseClockTime, parseFlexibleDate } from "../../lib/dates/flexible-date.ts";
import { toIsoDate } from "../../lib/dates/japanese-date.ts";
import { z } from "./zod-japanese.ts";

/**
 * A calendar date as staff write it: 2026-12-05, 2026/12/5, 2026年12月5日, 令和8年12月5日, R8.12.5, full-width
 * digits, or an Excel date serial. YAML may hand over a Date at UTC midnight. The value becomes "YYYY-MM-DD";
 * impossible dates (2027-02-30) are refused, never rolled over.
 */
export const flexibleDateSchema = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const date =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? null
        : parseFlexibleDate(value.toISOString().slice(0, 10))
      : parseFlexibleDate(value);
  if (!date) {
    ctx.addIssue({
      code: "custom",
      message: "実在する日付を YYYY-MM-DD の形で書いてください（例: 2026-12-05。2026/12/5、令和8年12月5日 も読めます）",
    });
    return z.NEVER;
  }
  return toIsoDate(date);
});

/**
 * A clock time: 9:00, 09:00, 9時30分, 14:00:00, or an Excel time serial (0.375 = 9:00). Becomes "HH:MM".
 */
export const clockTimeSchema = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const time = parseClockTime(value);
  if (!time) {
    ctx.addIssue({
      code: "custom",
      message: "時刻は 24 時間制の hh:mm で書いてください（例: 09:00、14:30）。補足は「開始日時特記事項」などの欄に書きます",
    });
    return z.NEVER;
  }
  return time;
});
