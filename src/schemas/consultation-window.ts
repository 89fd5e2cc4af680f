import { checkJapanCoordinates } from "../lib/values/geo.ts";
import {
  type NthWeekdayRule,
  parseDayHours,
  parseNthWeekday,
  type TimeRange,
  WEEKDAY_LABELS,
} from "../lib/windows/opening-hours.ts";
import { isoDateSchema } from "./shared/iso-date.ts";
import { phoneSchema } from "./shared/phone.ts";
import { emailSchema, webUrlSchema } from "./shared/web-url.ts";
import { z } from "./shared/zod-japanese.ts";

/** Kinds of consultation window (相談窓口の種類). The town lookup finds the 地域包括支援センター. */
export const windowKinds = [
  "地域包括支援センター",
  "在宅医療・介護連携支援センター",
  "市役所の担当課",
  "成年後見センター",
  "その他",
] as const;

/** A day's hours as written ("8:30-17:15", "8:30-12:00、13:00-17:15", "休み", "22:00-翌6:00"), parsed. */
export const dayHoursSchema = z.union([z.string(), z.number()]).transform((value, ctx): TimeRange[] => {
  const parsed = parseDayHours(String(value));
  if (typeof parsed === "string") {
    ctx.addIssue({ code: "custom", message: parsed });
    return z.NEVER;
  }
  return parsed;
});

/** Weekday keys staff may write: 月 … 日, 月曜, 月曜日, and 平日 (= 月〜金). */
function weekdayIndexes(key: string): number[] | null {
  const k = key
    .normalize("NFKC")
    .trim()
    .replace(/曜日?$/, "");
  if (k === "平日") return [1, 2, 3, 4, 5];
  const i = WEEKDAY_LABELS.indexOf(k as (typeof WEEKDAY_LABELS)[number]);
  return i >= 0 ? [i] : null;
}

/**
 * 受付時間 (structured opening hours).
 *
 * ```yaml
 * hours:
 *   weekly: { 平日: 8:30-17:15, 土: 9:00-12:00 }   # 書いていない曜日は休み
 *   holidays: 休み            # 祝日・振替休日（既定: 休み）。「通常どおり」か時間も書けます
 *   yearEnd: 休み             # 年末年始 12/29〜1/3（既定: 休み）か「通常どおり」
 *   rules: [{ days: 第2日曜, hours: 9:00-12:00 }]
 *   dates: [{ date: 2026-12-28, hours: 休み }]
 *   note: 時間外は留守番電話で受け付けます
 * ```
 */
export const openingHoursSchema = z
  .object({
    /** 曜日ごとの受付時間. Keys 月〜日 (月曜/月曜日 also) and 平日 (月〜金); a specific weekday overrides 平日. Required. */
    weekly: z
      .record(
        z.string().refine((key) => weekdayIndexes(key) !== null, {
          message: "曜日は 月・火・水・木・金・土・日・平日 のどれかで書いてください",
        }),
        dayHoursSchema,
      )
      .transform((weekly) => {
        const days: TimeRange[][] = [[], [], [], [], [], [], []];
        const entries = Object.entries(weekly).sort(([a], [b]) => (a.startsWith("平日") ? -1 : b.startsWith("平日") ? 1 : 0));
        for (const [key, ranges] of entries) {
          for (const i of weekdayIndexes(key) ?? []) days[i] = ranges;
        }
        return days;
      }),
    /** 祝日・振替休日の扱い: 休み (default), 通常どおり (the weekday's hours), or hours such as 9:00-12:00. */
    holidays: z
      .union([z.string(), z.number()])
      .default("休み")
      .transform((value, ctx): "closed" | "regular" | TimeRange[] => {
        const text = String(value).trim();
        if (/^(通常どおり|通常通り|通常|平常どおり|開所)$/.test(text)) return "regular";
        const parsed = parseDayHours(text);
        if (typeof parsed === "string") {
          ctx.addIssue({ code: "custom", message: `${parsed}（「休み」「通常どおり」も使えます）` });
          return z.NEVER;
        }
        return parsed.length === 0 ? "closed" : parsed;
      }),
    /** 年末年始（12月29日〜1月3日）: 休み (default) or 通常どおり. */
    yearEnd: z
      .string()
      .default("休み")
      .transform((value, ctx): "closed" | "regular" => {
        const text = value.trim();
        if (/^(休み?|休業|閉所)$/.test(text)) return "closed";
        if (/^(通常どおり|通常通り|通常|開所)$/.test(text)) return "regular";
        ctx.addIssue({ code: "custom", message: "年末年始は「休み」か「通常どおり」と書いてください" });
        return z.NEVER;
      }),
    /** 第N曜日の決まり: e.g. { days: 第2日曜, hours: 9:00-12:00 } (第2・第4土曜, 最終金曜 also). Default none. */
    rules: z
      .array(
        z
          .object({
            /** Which days: 第2日曜, 第1・第3土曜日, 最終金曜. */
            days: z.string(),
            /** Hours on those days (休み for closed). */
            hours: dayHoursSchema,
          })
          .strict()
          .transform((rule, ctx): NthWeekdayRule => {
            const parsed = parseNthWeekday(rule.days);
            if (!parsed) {
              ctx.addIssue({
                code: "custom",
                path: ["days"],
                message: "「第2日曜」「第1・第3土曜」「最終金曜」のように書いてください",
              });
              return z.NEVER;
            }
            return { ...parsed, hours: rule.hours, label: rule.days.trim() };
          }),
      )
      .default([]),
    /** 特定の日（臨時休業・特別開所）: [{ date: 2026-12-28, hours: 休み }]. Default none. */
    dates: z
      .array(
        z
          .object({
            /** The date (YYYY-MM-DD). */
            date: isoDateSchema,
            /** Hours on that day (休み for closed). */
            hours: dayHoursSchema,
          })
          .strict(),
      )
      .default([]),
    /** 補足 shown under the hours table, e.g. 時間外は留守番電話で受け付けます. Optional. */
    note: z.string().min(1).optional(),
  })
  .strict();

/**
 * Latitude/longitude in decimal degrees (世界測地系). A latitude beyond ±90 is an error unless the pair is a swap that
 * would lie in Japan: the loader warns about that and leaves the place off the map.
 */
const latitudeSchema = z
  .number()
  .min(-180, { message: "緯度は -90〜90 の数です" })
  .max(180, { message: "緯度は -90〜90 の数です" });
const longitudeSchema = z
  .number()
  .min(-180, { message: "経度は -180〜180 の数です" })
  .max(180, { message: "経度は -180〜180 の数です" });

/**
 * `windows/<slug>.yaml`: one consultation window (相談窓口). The file name is the slug (/windows/<slug>/).
 * Unknown keys are errors.
 */
export const consultationWindowSchema = z
  .object({
    /** 窓口の名前, e.g. 架空市中央地域包括支援センター. Required. */
    name: z.string().trim().min(1).max(60),
    /** 種類: 地域包括支援センター, 在宅医療・介護連携支援センター, 市役所の担当課, 成年後見センター, その他. Required. */
    kind: z.enum(windowKinds),
    /** 一言の説明 (lists and meta description). Optional. */
    description: z.string().trim().min(1).max(200).optional(),
    /** 郵便番号, e.g. 100-0001. Optional. */
    postalCode: z
      .string()
      .transform((v) => v.normalize("NFKC").replace(/[^\d]/g, ""))
      .refine((v) => v.length === 7, { message: "郵便番号は 7 桁です（例: 100-0000）" })
      .transform((v) => `${v.slice(0, 3)}-${v.slice(3)}`)
      .optional(),
    /** 所在地 (full address). Required. */
    address: z.string().trim().min(1),
    /** 電話番号 (tel: link). Required. */
    phone: phoneSchema,
    /** FAX番号. Optional. */
    fax: phoneSchema.optional(),
    /** メールアドレス. Optional. */
    email: emailSchema.optional(),
    /** ホームページ (http/https). Optional. */
    url: webUrlSchema.optional(),
    /** 緯度 (decimal degrees), for the map. Optional. */
    latitude: latitudeSchema.optional(),
    /** 経度 (decimal degrees), for the map. Optional. */
    longitude: longitudeSchema.optional(),
    /** 受付時間 (structured; see openingHoursSchema). Required. */
    hours: openingHoursSchema,
    /**
     * 担当地区: 町名 from site.yaml `towns`, optionally with 丁目 (中央町, 中央町一丁目, 中央町1丁目). A town without 丁目
     * means all its 丁目. Every town must belong to exactly one 地域包括支援センター. Default none (= 市内全域).
     */
    areas: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
    /** 相談できること, e.g. [介護の相談, 介護予防, 権利擁護]. Default none. */
    services: z.array(z.string().trim().min(1)).default([]),
    /** 交通・アクセス (free text), e.g. 架空駅から徒歩5分. Optional. */
    access: z.string().trim().min(1).optional(),
    /** バリアフリー (list), e.g. [車いす用トイレあり, 入口に段差なし]. Default none. */
    barrierFree: z.array(z.string().trim().min(1)).default([]),
    /** 並び順: smaller first within its kind; default 100, then by name. */
    order: z.number().int().default(100),
    /** 更新日 (YYYY-MM-DD). Optional. */
    updated: isoDateSchema.optional(),
  })
  .strict()
  .superRefine((w, ctx) => {
    if (
      w.latitude !== undefined &&
      Math.abs(w.latitude) > 90 &&
      checkJapanCoordinates(w.latitude, w.longitude ?? 0) !== "swapped"
    ) {
      ctx.addIssue({ code: "custom", path: ["latitude"], message: "緯度は -90〜90 の数です" });
    }
    if ((w.latitude === undefined) !== (w.longitude === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [w.latitude === undefined ? "latitude" : "longitude"],
        message: "緯度と経度は両方書いてください",
      });
    }
  });

/** A validated consultation window. */
export type ConsultationWindow = z.infer<typeof consultationWindowSchema>;
/** The kind of a window. */
export type WindowKind = (typeof windowKinds)[number];
