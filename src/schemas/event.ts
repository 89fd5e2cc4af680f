import { clockTimeSchema, flexibleDateSchema } from "./shared/flexible-date.ts";
import { phoneSchema } from "./shared/phone.ts";
import { emailSchema, webUrlSchema } from "./shared/web-url.ts";
import { z } from "./shared/zod-japanese.ts";

/**
 * 地区 of an event (北地区). The name itself is the folder of its page (/events/area/北地区/), so characters with a
 * meaning in paths and URLs are refused as content: a `/` or `..` would name another folder (the page renderer
 * then stops the whole build with an English error), `?`, `#` and `%` would cut or change the link.
 */
export const eventAreaSchema = z
  .string()
  .max(30)
  .refine((v) => !/[/\\?#%]/.test(v) && v.trim() !== "." && v.trim() !== "..", {
    message: "地区の名前はページの URL になるため、「/」「\\」「?」「#」「%」や「.」「..」だけの名前は使えません",
  })
  .optional();

/** Kinds of event (イベントの種類). Lists, filters, the activity report and feeds use them. */
export const eventKinds = ["講演会", "出前講座", "研修会", "認知症カフェ", "人生会議ワークショップ", "その他"] as const;
/** One kind of event. */
export type EventKind = (typeof eventKinds)[number];

/** How residents take part: at the venue (会場), online (オンライン) or either (会場とオンライン). */
export const eventFormats = ["会場", "オンライン", "会場とオンライン"] as const;

/** Accessibility support offered at the event (情報保障・配慮). */
export const eventAccessibilityValues = ["手話通訳", "要約筆記", "車いす席", "ヒアリングループ", "託児"] as const;

/** Who the event is for, as counted in the activity report (対象): residents, medical institutions, care providers. */
export const eventAudienceValues = ["住民", "医療機関", "介護事業所"] as const;

/** 会場 (venue). */
export const eventPlaceSchema = z
  .object({
    /** 場所名称: the venue's name, e.g. 架空市中央公民館 2階 講堂. Required. */
    name: z.string().min(1),
    /** 住所: address as it should be shown, e.g. 東京都架空市中央一丁目2番3号. Optional. */
    address: z.string().min(1).optional(),
    /** 方書 / 建物名等: building and floor when not part of the address. Optional. */
    building: z.string().min(1).optional(),
    /** 緯度 (decimal degrees, WGS84), e.g. 35.6812. Optional; give both or neither. */
    lat: z.number().min(-90).max(90).optional(),
    /** 経度 (decimal degrees, WGS84), e.g. 139.7671. Optional; give both or neither. */
    lon: z.number().min(-180).max(180).optional(),
    /** アクセス方法: how to get there (bus stop, station). Optional. */
    access: z.string().min(1).optional(),
    /** 駐車場情報. Optional. */
    parking: z.string().min(1).optional(),
  })
  .strict();

/** 申込 (how and until when to apply). Absent means no application is needed (申込不要). */
export const eventApplicationSchema = z
  .object({
    /** Whether residents must apply beforehand; default true. false = 当日直接会場へ (shown as 申込不要). */
    required: z.boolean().default(true),
    /** 参加申込方法 as free text, e.g. 電話またはFAXで高齢者支援課へ. Optional. */
    method: z.string().min(1).optional(),
    /** 参加申込終了日 (申込締切). Optional; when absent, applications are taken until the event starts. */
    deadline: flexibleDateSchema.optional(),
    /** 参加申込終了時間 (hh:mm). Optional; default: the end of the deadline day. */
    deadlineTime: clockTimeSchema.optional(),
    /** 申込フォームの URL (http/https only). Optional. */
    url: webUrlSchema.optional(),
    /** 申込先の電話番号, when it differs from the contact's. Optional. */
    phone: phoneSchema.optional(),
  })
  .strict();

/** 問い合わせ先 (who to contact). */
export const eventContactSchema = z
  .object({
    /** 連絡先名称, e.g. 架空市 高齢者支援課. Optional. */
    name: z.string().min(1).optional(),
    /** 連絡先電話番号 (shown as a tel: link). Optional. */
    phone: phoneSchema.optional(),
    /** 連絡先内線番号. Optional. */
    extension: z.string().min(1).optional(),
    /** FAX番号 (many residents with hearing loss use FAX). Optional. */
    fax: phoneSchema.optional(),
    /** メールアドレス (mailto: link). Optional. */
    email: emailSchema.optional(),
  })
  .strict();

/**
 * The fields of one event (講演会・出前講座・研修会・認知症カフェ・人生会議ワークショップ). `events/<id>.mdx`
 * front matter uses these keys; each row of `events/*.csv` (イベント一覧) is mapped onto them by the CSV loader.
 * Unknown keys are errors.
 */
export const eventFieldsSchema = z
  .object({
    /** イベント名 (page heading). Required. */
    title: z.string().min(1).max(120),
    /** イベント名_カナ (全角カナ). Optional. */
    titleKana: z.string().min(1).optional(),
    /** 種類: 講演会, 出前講座, 研修会, 認知症カフェ, 人生会議ワークショップ or その他. Required. */
    kind: z.enum(eventKinds),
    /** 説明: one or two sentences for lists, feeds and <meta name="description">. Optional (default: the title). */
    description: z.string().min(1).optional(),
    /** 開始日 (YYYY-MM-DD; 2026/12/5 and 令和8年12月5日 are read too). Required. */
    startDate: flexibleDateSchema,
    /** 終了日. Optional; default: the start date. Multi-day events give the last day. */
    endDate: flexibleDateSchema.optional(),
    /** 開始時間 (hh:mm). Optional (all-day events). For multi-day events, the daily start. */
    startTime: clockTimeSchema.optional(),
    /** 終了時間 (hh:mm). Optional. For multi-day events, the daily end. */
    endTime: clockTimeSchema.optional(),
    /** 開始日時特記事項: exceptions such as 雨天中止, 毎月第3火曜. Optional. */
    dateNote: z.string().min(1).optional(),
    /**
     * 更新日 (YYYY-MM-DD; 2026/12/5 and 令和8年12月5日 are read too): when this notice was published or last changed.
     * Optional. The news feed (rss.xml) dates the event by it, so readers can order and notice changes.
     */
    updated: flexibleDateSchema.optional(),
    /** 中止: true when the event is cancelled (badge 中止; feeds say CANCELLED). Default false. */
    cancelled: z.boolean().default(false),
    /** 満員: true when the places are taken (badge 受付終了). Default false. */
    full: z.boolean().default(false),
    /** お知らせ about the status, e.g. the reason for cancellation. Optional. */
    statusNote: z.string().min(1).optional(),
    /** 開催方法: 会場 (default), オンライン or 会場とオンライン. */
    format: z.enum(eventFormats).default("会場"),
    /** オンライン参加の URL (http/https) when it may be published. Optional. */
    onlineUrl: webUrlSchema.optional(),
    /** 会場. Required unless the event is online only. */
    place: eventPlaceSchema.optional(),
    /**
     * The venue is only on the event's own page (`url`): set for rows of published CSVs without 場所名称, never needed
     * in front matter. The page then sends readers to that page for the venue.
     */
    venueOnPage: z.boolean().optional(),
    /** 地区 (area of the municipality), e.g. 北地区. Used by the area filter and the activity report. Optional. */
    area: eventAreaSchema.unwrap().min(1).optional(),
    /** 料金(基本) in yen; 0 is shown as 無料. Optional (not shown when absent). */
    fee: z.number().int().nonnegative().optional(),
    /** 料金(詳細), e.g. 資料代として. Optional. */
    feeDetail: z.string().min(1).optional(),
    /** 定員 (people). Optional. */
    capacity: z.number().int().positive().optional(),
    /** 申込. Absent = 申込不要. */
    application: eventApplicationSchema.optional(),
    /** 問い合わせ先. Optional (the department in charge is shown when absent). */
    contact: eventContactSchema.optional(),
    /** 主催者. Optional. */
    organizer: z.string().min(1).optional(),
    /** 詳しい情報の URL (http/https). Optional. */
    url: webUrlSchema.optional(),
    /** 情報保障・配慮: 手話通訳, 要約筆記, 車いす席, ヒアリングループ, 託児. Default none. */
    accessibility: z.array(z.enum(eventAccessibilityValues)).default([]),
    /** Other accessibility notes as free text. Optional. */
    accessibilityNote: z.string().min(1).optional(),
    /** 対象 for the activity report: 住民, 医療機関, 介護事業所. Default [住民]. */
    audience: z.array(z.enum(eventAudienceValues)).default(["住民"]),
    /** 対象者 as shown to residents, e.g. 市内在住の方とご家族. Optional. */
    audienceNote: z.string().min(1).optional(),
    /** 参加者数 after the event, for the activity report. Optional. */
    attendance: z.number().int().nonnegative().optional(),
    /** 出前講座メニュー (talks/<slug>.mdx) this event delivers. Optional. */
    talk: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .optional(),
    /** 備考. Optional. */
    note: z.string().min(1).optional(),
  })
  .strict();

type EventFields = z.infer<typeof eventFieldsSchema>;

/**
 * Rules across fields, shared by MDX front matter and CSV rows: end not before start, the deadline not after the end,
 * a venue unless online only, both coordinates or neither.
 */
function checkEvent(event: EventFields, ctx: z.RefinementCtx): void {
  const end = event.endDate ?? event.startDate;
  if (end < event.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: `終了日が開始日（${event.startDate}）より前です` });
  }
  if (event.endTime && !event.startTime) {
    ctx.addIssue({ code: "custom", path: ["startTime"], message: "終了時間があるときは開始時間も書いてください" });
  }
  if (event.startTime && event.endTime && end === event.startDate && event.endTime <= event.startTime) {
    ctx.addIssue({
      code: "custom",
      path: ["endTime"],
      message: `終了時間が開始時間（${event.startTime}）より前か同じです`,
    });
  }
  const deadline = event.application?.deadline;
  if (deadline && deadline > end) {
    ctx.addIssue({
      code: "custom",
      path: ["application", "deadline"],
      message: `申込の締切が終了日（${end}）より後です`,
    });
  }
  if (!event.place && event.format !== "オンライン" && !(event.venueOnPage && event.url)) {
    ctx.addIssue({
      code: "custom",
      path: ["place"],
      message: "会場（場所名称）がありません。オンラインだけで開くときは開催方法を「オンライン」にしてください",
    });
  }
  if (event.place && (event.place.lat === undefined) !== (event.place.lon === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: ["place", event.place.lat === undefined ? "lat" : "lon"],
      message: "緯度と経度は両方そろえて書いてください",
    });
  }
}

/** One event after validation: `endDate` is always set. */
export const eventSchema = eventFieldsSchema
  .superRefine(checkEvent)
  .transform((event) => ({ ...event, endDate: event.endDate ?? event.startDate }));

/** A validated event (front matter or CSV row). */
export type EventData = z.infer<typeof eventSchema>;
