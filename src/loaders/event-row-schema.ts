/**
 * The per-cell rules of one イベント一覧 row: each value read into its type, each error naming its own column.
 */

import { normalizeMachineText } from "../lib/values/normalize-text.ts";
import { eventAccessibilityValues, eventAreaSchema, eventAudienceValues, eventFormats, eventKinds } from "../schemas/event.ts";
import { clockTimeSchema, flexibleDateSchema } from "../schemas/shared/flexible-date.ts";
import { phoneSchema } from "../schemas/shared/phone.ts";
import { emailSchema, webUrlSchema } from "../schemas/shared/web-url.ts";
import { z } from "../schemas/shared/zod-japanese.ts";
import { SLUG_PATTERN } from "./mdx-collection.ts";

/** Splits a `;`/`、`/`,` separated cell. */
const splitList = (value: string) =>
  value
    .normalize("NFKC")
    .split(/[;、,・/]/)
    .map((v) => v.trim())
    .filter(Boolean);

const yenSchema = z.string().transform((value, ctx) => {
  const text = normalizeMachineText(value).replace(/[,\s]/g, "");
  if (/^(無料|0円?|なし)$/.test(text)) return 0;
  const m = /^(\d+)円?$/.exec(text);
  if (!m) {
    ctx.addIssue({
      code: "custom",
      message: "料金は円の金額を半角数字で書いてください（例: 500。無料は 0）。説明は「料金(詳細)」へ",
    });
    return z.NEVER;
  }
  return Number(m[1]);
});

const countSchema = (what: string) =>
  z.string().transform((value, ctx) => {
    // 申込先着30人 / 当日先着 220人: how cities write a first-come capacity (高松市).
    const m = /^(?:(?:申込|当日)?先着|定員|約)?(\d+)(?:人|名)?(?:程度)?$/.exec(normalizeMachineText(value).replace(/[,\s]/g, ""));
    if (!m) {
      ctx.addIssue({ code: "custom", message: `${what}は人数を半角数字で書いてください（例: 50）` });
      return z.NEVER;
    }
    return Number(m[1]);
  });

const degreeSchema = z.string().transform((value, ctx) => {
  const text = normalizeMachineText(value);
  if (!/^[-+]?\d{1,3}(\.\d+)?$/.test(text)) {
    ctx.addIssue({ code: "custom", message: "緯度・経度は十進数の度で書いてください（例: 35.681236）" });
    return z.NEVER;
  }
  return Number(text);
});

const enumListSchema = <T extends string>(values: readonly T[], what: string) =>
  z.string().transform((value, ctx) => {
    const items = splitList(value);
    const bad = items.filter((v) => !values.includes(v as T));
    if (bad.length) {
      ctx.addIssue({ code: "custom", message: `${what}は「${values.join("」「")}」から選び、; で区切って書いてください` });
      return z.NEVER;
    }
    return items as T[];
  });

/** Per-cell rules: each error names its own column. */
export const eventRowSchema = z.object({
  id: z.string().optional(),
  title: z.string().min(1),
  titleKana: z.string().optional(),
  startDate: flexibleDateSchema,
  endDate: flexibleDateSchema.optional(),
  startTime: clockTimeSchema.optional(),
  endTime: clockTimeSchema.optional(),
  dateNote: z.string().optional(),
  description: z.string().optional(),
  summary: z.string().optional(),
  fee: yenSchema.optional(),
  feeDetail: z.string().optional(),
  contactName: z.string().optional(),
  contactPhone: phoneSchema.optional(),
  contactExtension: z.string().optional(),
  contactFax: phoneSchema.optional(),
  contactEmail: emailSchema.optional(),
  organizer: z.string().optional(),
  placeName: z.string().optional(),
  address: z.string().optional(),
  building: z.string().optional(),
  addressPrefecture: z.string().optional(),
  addressCity: z.string().optional(),
  addressTown: z.string().optional(),
  addressRest: z.string().optional(),
  lat: degreeSchema.optional(),
  lon: degreeSchema.optional(),
  access: z.string().optional(),
  parking: z.string().optional(),
  capacity: countSchema("定員").optional(),
  applicationDeadline: flexibleDateSchema.optional(),
  updated: flexibleDateSchema.optional(),
  applicationDeadlineTime: clockTimeSchema.optional(),
  applicationMethod: z.string().optional(),
  applicationUrl: webUrlSchema.optional(),
  applicationRequired: z
    .string()
    .transform((v) => v.normalize("NFKC").trim())
    .pipe(z.enum(["要", "不要"], { message: "申込の要否は「要」か「不要」を書くか、空欄にしてください" }))
    .optional(),
  applicationPhone: phoneSchema.optional(),
  url: webUrlSchema.optional(),
  contentUrl: webUrlSchema.optional(),
  onlineUrl: webUrlSchema.optional(),
  note: z.string().optional(),
  kind: z
    .string()
    .transform((v) => v.normalize("NFKC").trim())
    .pipe(z.enum(eventKinds, { message: `種類は「${eventKinds.join("」「")}」のどれかを書いてください` }))
    .optional(),
  status: z
    .string()
    .transform((v) => v.normalize("NFKC").trim())
    .pipe(
      z.enum(["予定", "開催", "受付中", "中止", "満員"], {
        message: "開催状況は「中止」「満員」のどちらかを書くか、空欄にしてください",
      }),
    )
    .optional(),
  format: z
    .string()
    .transform((v) => v.normalize("NFKC").trim())
    .pipe(z.enum(eventFormats, { message: `開催方法は「${eventFormats.join("」「")}」のどれかを書いてください` }))
    .optional(),
  accessibility: enumListSchema(eventAccessibilityValues, "情報保障").optional(),
  accessibilityNote: z.string().optional(),
  audience: enumListSchema(eventAudienceValues, "対象").optional(),
  audienceNote: z.string().optional(),
  area: eventAreaSchema,
  attendance: countSchema("参加者数").optional(),
  talk: z
    .string()
    .regex(SLUG_PATTERN, { message: "出前講座メニューは talks/ のファイル名（拡張子なし）を書いてください" })
    .optional(),
});

/** The cells of one row, read. */
export type EventRowValues = z.infer<typeof eventRowSchema>;
