/**
 * イベント一覧 CSV → events. Reads the legacy 推奨データセット header, the current 自治体標準オープンデータセット
 * header (sheet 12) and physical English column names, mapped by header name through {@link eventCsvAliases}
 * (never by position), plus this project's documented extension columns (種類, 地区, 対象, 参加者数 …).
 * Every problem is located: file, row (header = row 1), the column as written, the raw value, what was expected.
 * Formats and their real-world mess: docs/dev/open-data-formats.md §2–§4, §9, §10.
 */
import path from "node:path";
import { type ContentIssue, displayValue } from "../lib/content-issue.ts";
import { assignFileSlugs, fileSlug } from "../lib/file-slug.ts";
import { normalizeMachineText } from "../lib/normalize-text.ts";
import {
  type EventData,
  type EventKind,
  eventAccessibilityValues,
  eventAudienceValues,
  eventFormats,
  eventKinds,
  eventSchema,
} from "../schemas/event.ts";
import { clockTimeSchema, flexibleDateSchema } from "../schemas/shared/flexible-date.ts";
import { phoneSchema } from "../schemas/shared/phone.ts";
import { emailSchema, webUrlSchema } from "../schemas/shared/web-url.ts";
import { z } from "../schemas/shared/zod-japanese.ts";
import { listContentFiles } from "./content-path.ts";
import { normalizeHeader } from "./csv/headers.ts";
import { type CsvRow, type CsvTable, readCsv } from "./csv/read-csv.ts";
import { rowInput, rowIssues } from "./csv/row-issues.ts";
import { SLUG_PATTERN } from "./mdx-collection.ts";

/**
 * Header aliases, canonical field → names seen in files. Sources: legacy header (§4a, confirmed), current common
 * block (§3, confirmed) and sheet-12 tail (§4b, partly unconfirmed), physical English names of the common block
 * (§1; the event-specific English names are this project's reading, unconfirmed), 高松市's non-standard layout (§9).
 * Extension columns (after the standard ones) are this project's convention, documented in docs/staff/events.md.
 */
export const eventCsvAliases = {
  // --- standard columns --------------------------------------------------------------------------------------
  localGovernmentCode: ["全国地方公共団体コード", "都道府県コード又は市区町村コード", "localgov_code"],
  id: ["ID", "NO", "No", "№", "番号", "identifier"],
  localGovernmentName: ["地方公共団体名", "市区町村名", "localgov_name"],
  prefectureName: ["都道府県名"],
  title: ["イベント名", "名称", "行事名", "name", "event_name"],
  titleKana: ["イベント名_カナ", "名称_カナ", "name_kana", "event_name_kana"],
  titleEn: ["イベント名_英語", "名称_英語", "名称_英字", "name_english", "event_name_english"],
  startDate: ["開始日", "開催日", "start_date"],
  endDate: ["終了日", "end_date"],
  startTime: ["開始時間", "開始時刻", "start_time"],
  endTime: ["終了時間", "終了時刻", "end_time"],
  dateNote: ["開始日時特記事項", "日時特記事項", "date_time_description"],
  description: ["説明", "description"],
  /** 概要: the current layout has both 概要 and 説明; 概要 is shown when 説明 is empty. */
  summary: ["概要", "summary"],
  fee: ["料金(基本)", "料金", "料金_基本", "fee", "basic_fee"],
  feeDetail: ["料金(詳細)", "料金_詳細", "fee_description"],
  contactName: ["連絡先名称", "問い合わせ先", "問い合わせ先(市の担当課)", "contact_name"],
  contactPhone: ["連絡先電話番号", "電話番号", "TEL", "contact_telephone_number"],
  contactExtension: ["連絡先内線番号", "内線番号", "contact_extension_number"],
  organizer: ["主催者", "organizer"],
  placeName: ["場所名称", "会場", "会場名", "place_name", "location_name"],
  address: ["住所", "所在地_連結表記", "所在地", "seat_copulative_spell", "address"],
  building: ["方書", "建物名等(方書)", "buillding_name_etc", "building_name_etc"],
  locatedCode: ["所在地_全国地方公共団体コード", "seat_localgov_code"],
  townId: ["町字ID", "choaza_id"],
  addressPrefecture: ["所在地_都道府県", "seat_prefecture"],
  addressCity: ["所在地_市区町村", "seat_city"],
  addressTown: ["所在地_町字", "seat_choaza"],
  addressRest: ["所在地_番地以下", "seat_after_address"],
  lat: ["緯度", "latitude"],
  lon: ["経度", "longitude"],
  access: ["アクセス方法", "access"],
  parking: ["駐車場情報", "parking"],
  capacity: ["定員", "capacity"],
  applicationDeadline: ["参加申込終了日", "申込締切日", "application_end_date"],
  applicationDeadlineTime: ["参加申込終了時間", "application_end_time"],
  applicationMethod: ["参加申込方法", "申込方法", "application_method"],
  url: ["URL", "url"],
  /** コンテンツURL: the current layout has both; the event's own page is used when URL is empty. */
  contentUrl: ["コンテンツURL", "content_url"],
  note: ["備考", "note", "remarks"],
  // --- project extension columns (docs/staff/events.md「イベント CSV の拡張列」) -------------------------------------------
  kind: ["イベント種類", "種別", "イベント種別", "種類"],
  status: ["開催状況", "状態"],
  format: ["開催方法"],
  onlineUrl: ["オンラインURL", "オンライン参加URL"],
  applicationUrl: ["申込URL", "申込フォームURL"],
  applicationRequired: ["申込の要否", "申込要否"],
  applicationPhone: ["申込先電話番号"],
  contactFax: ["連絡先FAX番号", "FAX番号"],
  contactEmail: ["連絡先メールアドレス", "メールアドレス"],
  accessibility: ["情報保障", "配慮"],
  accessibilityNote: ["情報保障の補足", "配慮の補足"],
  audience: ["対象"],
  audienceNote: ["対象者"],
  area: ["地区"],
  attendance: ["参加者数"],
  talk: ["出前講座メニュー"],
  updated: ["更新日", "掲載日"],
} as const satisfies Record<string, readonly string[]>;

/** A canonical column of イベント一覧. */
export type EventCsvField = keyof typeof eventCsvAliases;

/** One event read from a CSV row, with where it came from. */
export interface CsvEvent {
  /** URL id (/events/<id>/). */
  id: string;
  data: EventData;
  /** Path relative to the content folder. */
  file: string;
  /** Row number (header = row 1). */
  row: number;
}

/** Values that say "no application needed" in 参加申込方法: 申込不要 anywhere, 不要/なし alone, 当日直接… / 直接会場…. */
export const NO_APPLICATION = /申し?込み?不要|^(?:不要|なし)$|^当日直接|^直接会場/;

/** Keyword rules for the kind when the 種類 column is absent or empty: first match in the title, then the description. */
export const kindKeywordRules: readonly [RegExp, EventKind][] = [
  [/認知症カフェ|オレンジカフェ|カフェ/, "認知症カフェ"],
  [/人生会議|ACP|アドバンス・?ケア・?プランニング/i, "人生会議ワークショップ"],
  [/出前講座|出張講座/, "出前講座"],
  [/研修|多職種|事例検討|連携会議/, "研修会"],
  [/講演|講座|セミナー|フォーラム|シンポジウム/, "講演会"],
];

/** The kind for a row without a 種類 value (see {@link kindKeywordRules}); その他 when nothing matches. */
export function guessEventKind(title: string, description = ""): EventKind {
  for (const text of [title, description]) {
    for (const [pattern, kind] of kindKeywordRules) if (pattern.test(text)) return kind;
  }
  return "その他";
}

const CANCELLED_MARK = /^\s*[【[［(（]\s*中止\s*[】\]］)）]\s*/;

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
    const m = /^(?:先着|定員|約)?(\d+)(?:人|名)?(?:程度)?$/.exec(normalizeMachineText(value).replace(/[,\s]/g, ""));
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
const rowSchema = z.object({
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
  area: z.string().max(30).optional(),
  attendance: countSchema("参加者数").optional(),
  talk: z
    .string()
    .regex(SLUG_PATTERN, { message: "出前講座メニューは talks/ のファイル名（拡張子なし）を書いてください" })
    .optional(),
});

type RowValues = z.infer<typeof rowSchema>;

/** Where an error on an event field is shown: the CSV column it came from. */
const EVENT_PATH_TO_COLUMN: Record<string, EventCsvField> = {
  title: "title",
  kind: "kind",
  startDate: "startDate",
  endDate: "endDate",
  startTime: "startTime",
  endTime: "endTime",
  place: "placeName",
  "place.name": "placeName",
  "place.lat": "lat",
  "place.lon": "lon",
  "application.deadline": "applicationDeadline",
  area: "area",
  updated: "updated",
  fee: "fee",
  capacity: "capacity",
};

/** Column names for messages when the file lacks the column: the legacy header's name. */
function columnLabel(table: CsvTable<EventCsvField>, field: EventCsvField): string {
  return table.mapping.written[field] ?? eventCsvAliases[field][0] ?? field;
}

/** The event fields of one valid row. */
function toEventInput(v: RowValues): Record<string, unknown> {
  const cancelledByTitle = CANCELLED_MARK.test(v.title);
  const title = v.title.replace(CANCELLED_MARK, "");
  const composedAddress =
    v.address ?? ([v.addressPrefecture, v.addressCity, v.addressTown, v.addressRest].filter(Boolean).join("") || undefined);
  const hasPlace = v.placeName !== undefined || composedAddress !== undefined;
  const lat = v.lat;
  const lon = v.lon;
  const place = hasPlace
    ? prune({
        name: v.placeName,
        address: composedAddress,
        building: v.building,
        lat,
        lon,
        access: v.access,
        parking: v.parking,
      })
    : undefined;
  const hasApplication =
    v.applicationMethod !== undefined ||
    v.applicationDeadline !== undefined ||
    v.applicationUrl !== undefined ||
    v.applicationRequired !== undefined ||
    v.applicationPhone !== undefined;
  const application = hasApplication
    ? prune({
        // The 申込の要否 extension column decides when given; otherwise the wording of 参加申込方法 does.
        required:
          v.applicationRequired !== undefined
            ? v.applicationRequired === "要"
            : !(v.applicationMethod !== undefined && NO_APPLICATION.test(v.applicationMethod.normalize("NFKC").trim())),
        method: v.applicationMethod,
        deadline: v.applicationDeadline,
        deadlineTime: v.applicationDeadlineTime,
        url: v.applicationUrl,
        phone: v.applicationPhone,
      })
    : undefined;
  const contact = prune({
    name: v.contactName,
    phone: v.contactPhone,
    extension: v.contactExtension,
    fax: v.contactFax,
    email: v.contactEmail,
  });
  return prune({
    title,
    titleKana: v.titleKana,
    kind: v.kind ?? guessEventKind(title, v.description ?? v.summary),
    description: v.description ?? v.summary,
    startDate: v.startDate,
    endDate: v.endDate,
    startTime: v.startTime,
    endTime: v.endTime,
    dateNote: v.dateNote,
    updated: v.updated,
    cancelled: v.status === "中止" || cancelledByTitle,
    full: v.status === "満員",
    format: v.format,
    onlineUrl: v.onlineUrl,
    place,
    area: v.area,
    fee: v.fee,
    feeDetail: v.feeDetail,
    capacity: v.capacity,
    application,
    contact: Object.keys(contact).length ? contact : undefined,
    organizer: v.organizer,
    url: v.url ?? v.contentUrl,
    accessibility: v.accessibility,
    accessibilityNote: v.accessibilityNote,
    audience: v.audience,
    audienceNote: v.audienceNote,
    attendance: v.attendance,
    talk: v.talk,
    note: v.note,
  });
}

/** Drops undefined members so strict schemas see only what the file gave. */
function prune<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Japan's bounding box (with its remote islands), to tell swapped or misplaced coordinates. */
const JAPAN = { lat: [20, 46], lon: [122, 154] } as const;
const inJapan = (lat: number, lon: number) =>
  lat >= JAPAN.lat[0] && lat <= JAPAN.lat[1] && lon >= JAPAN.lon[0] && lon <= JAPAN.lon[1];

/**
 * Checks coordinates: a swapped pair is swapped back, 0,0 and points outside Japan are dropped, each with a warning.
 * @returns the coordinates to keep and the warnings
 */
function checkCoordinates(
  v: RowValues,
  table: CsvTable<EventCsvField>,
  row: CsvRow<EventCsvField>,
): { lat?: number; lon?: number; issues: ContentIssue[] } {
  const { lat, lon } = v;
  if (lat === undefined || lon === undefined) return { issues: [] };
  const where = { severity: "warning" as const, file: table.file, line: row.row };
  const columns = `${columnLabel(table, "lat")}・${columnLabel(table, "lon")}`;
  if (lat === 0 && lon === 0) {
    return { issues: [{ ...where, field: columns, value: "0, 0", message: "緯度・経度が 0 のため、地図の位置を表示しません" }] };
  }
  if (inJapan(lat, lon)) return { lat, lon, issues: [] };
  if (inJapan(lon, lat)) {
    return {
      lat: lon,
      lon: lat,
      issues: [
        {
          ...where,
          field: columns,
          value: `${lat}, ${lon}`,
          message: "緯度と経度が入れ替わっているようです。入れ替えて読みました",
          hint: "緯度（北緯、日本では 20〜46）と経度（東経、日本では 122〜154）の列を確認してください",
        },
      ],
    };
  }
  return {
    issues: [
      {
        ...where,
        field: columns,
        value: `${lat}, ${lon}`,
        message: "緯度・経度が日本の範囲にないため、地図の位置を表示しません",
        hint: "緯度（北緯）は 20〜46、経度（東経）は 122〜154 の範囲です",
      },
    ],
  };
}

/** The URL id of a row: its ID/NO (lower-case, ASCII), prefixed with the file name when it is only digits. */
function eventIdOf(rawId: string | undefined, stem: string, row: number): string {
  const id = rawId
    ? normalizeMachineText(rawId)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
    : "";
  if (!id) return `${stem}-row${row}`;
  return /^\d+$/.test(id) ? `${stem}-${id}` : id;
}

/**
 * Reads one イベント一覧 CSV.
 * @param absolutePath the file
 * @param file its path relative to the content folder (for messages)
 * @param slug the URL slug of the file (default: derived from its name by {@link fileSlug})
 */
export function readEventCsv(absolutePath: string, file: string, slug?: string): { events: CsvEvent[]; issues: ContentIssue[] } {
  const { table, issues } = readCsv(absolutePath, file, {
    aliases: eventCsvAliases,
    requiredColumns: ["title", "startDate"],
  });
  const events: CsvEvent[] = [];
  if (!table || issues.some((i) => i.severity === "error")) return { events, issues };
  const stem = slug ?? fileSlug(path.basename(file));
  if (table.rows.length === 0) {
    issues.push({ severity: "warning", file, message: "見出しの行だけで、イベントの行がありません（0 件として扱います）" });
    return { events, issues };
  }
  if (table.mapping.unknown.length) {
    issues.push({
      severity: "warning",
      file,
      line: 1,
      field: table.mapping.unknown.map((u) => u.header.trim()).join("、"),
      message: "使われない列があります（サイトには表示しません）",
      hint: "使える列名は docs/staff/events.md の「イベント CSV の列」にあります。つづりの違いにも注意してください",
    });
  }
  if (table.mapping.columns.id === undefined) {
    issues.push({
      severity: "warning",
      file,
      line: 1,
      field: "NO / ID",
      message: "ID（NO）の列がないため、行番号からページの URL を作ります。行を入れ替えると URL が変わります",
      hint: "「NO」か「ID」の列を作り、行ごとに重ならない番号を書いてください",
    });
  }
  const headerWidth = lastFilledIndex(table.headers) + 1;
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const ragged = raggedRowIssue(table, row, headerWidth);
    if (ragged) {
      issues.push(ragged);
      continue;
    }
    const parsed = rowSchema.safeParse(rowInput(row));
    if (!parsed.success) {
      issues.push(...rowIssues(parsed.error, table, row));
      continue;
    }
    const coordinates = checkCoordinates(parsed.data, table, row);
    issues.push(...coordinates.issues);
    const input = toEventInput({ ...parsed.data, lat: coordinates.lat, lon: coordinates.lon });
    const result = eventSchema.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = EVENT_PATH_TO_COLUMN[issue.path.join(".")] ?? EVENT_PATH_TO_COLUMN[String(issue.path[0])];
        const raw = field ? row.values[field] : undefined;
        issues.push({
          severity: "error",
          file,
          line: row.row,
          field: field ? columnLabel(table, field) : issue.path.join(".") || "(行全体)",
          value: raw ? displayValue(raw) : undefined,
          message: issue.message,
        });
      }
      continue;
    }
    const id = eventIdOf(rowInput(row).id, stem, row.row);
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({
        severity: "error",
        file,
        line: row.row,
        field: columnLabel(table, "id"),
        value: row.values.id,
        message: `ID が ${first} 行目と同じです（${first} 行目と ${row.row} 行目）。ID は行ごとに重ならないようにしてください`,
      });
      continue;
    }
    seen.set(id, row.row);
    events.push({ id, data: result.data, file, row: row.row });
  }
  return { events, issues };
}

function lastFilledIndex(cells: readonly string[]): number {
  let i = cells.length - 1;
  while (i >= 0 && normalizeHeader(cells[i] ?? "") === "") i--;
  return i;
}

/** A row with cells beyond the header, or fewer cells than the header (a lost comma shifts every column). */
function raggedRowIssue(
  table: CsvTable<EventCsvField>,
  row: CsvRow<EventCsvField>,
  headerWidth: number,
): ContentIssue | undefined {
  const cells = row.cells;
  if (!cells) return undefined;
  if (cells.lastFilled >= headerWidth) {
    return {
      severity: "error",
      file: table.file,
      line: row.row,
      field: `${cells.lastFilled + 1} 列目`,
      message: `見出しより右の列（${cells.lastFilled + 1} 列目）に値があります（見出しは ${headerWidth} 列）`,
      hint: '値の中の「,」は、値全体を「"」で囲んでください。余分な列は削除してください',
    };
  }
  if (cells.count < headerWidth) {
    return {
      severity: "error",
      file: table.file,
      line: row.row,
      field: "(行全体)",
      message: `列の数が見出しより少なくなっています（${cells.count} 列、見出しは ${headerWidth} 列）`,
      hint: "区切りの「,」が抜けていないか確認してください",
    };
  }
  return undefined;
}

/**
 * Reads every `events/*.csv` of a content folder (files starting with `_` are skipped, like drafts).
 */
export function readEventCsvFolder(contentDir: string): { events: CsvEvent[]; issues: ContentIssue[] } {
  const dir = path.join(contentDir, "events");
  const events: CsvEvent[] = [];
  const issues: ContentIssue[] = [];
  const listing = listContentFiles(contentDir, "events", (name) => /\.csv$/i.test(name) && !name.startsWith("_"));
  issues.push(...listing.issues);
  const { slugs, issues: slugIssues } = assignFileSlugs("events", listing.names);
  issues.push(...slugIssues);
  for (const [name, slug] of slugs) {
    const result = readEventCsv(path.join(dir, name), `events/${name}`, slug);
    events.push(...result.events);
    issues.push(...result.issues);
  }
  return { events, issues };
}
