import { parseIsoDate, toIsoDate } from "../../lib/dates/japanese-date.ts";
import { z } from "./zod-japanese.ts";

/**
 * A calendar date written `YYYY-MM-DD` (e.g. 2026-10-01). YAML front-matter parsers may hand over a Date at UTC
 * midnight for an unquoted date; both become the same "YYYY-MM-DD" string, so no time zone can shift the day.
 * Full-width digits (２０２６－１０－０１) are accepted, as staff type them.
 */
export const isoDateSchema = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const text =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? ""
        : value.toISOString().slice(0, 10)
      : value
          .normalize("NFKC")
          .replace(/[/.]/g, "-")
          .replace(/[\u2010-\u2015\u2212\uFF0D]/g, "-")
          .trim();
  const parsed = parseIsoDate(text.replace(/^(\d{4})-(\d)-/, "$1-0$2-").replace(/-(\d)$/, "-0$1"));
  if (!parsed) {
    ctx.addIssue({ code: "custom", message: "日付は YYYY-MM-DD の形式で、実在する日付を書いてください（例: 2026-10-01）" });
    return z.NEVER;
  }
  return toIsoDate(parsed);
});
