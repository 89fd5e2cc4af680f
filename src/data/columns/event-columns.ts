/**
 * The column names of イベント一覧 CSVs, as data: each canonical field and every header name seen for it in the
 * national layouts and in real published files. Widen a list here when a real file spells a column differently.
 * The importer, the exporter, the benchmark generator, the tests and the staff docs' tables
 * (`node scripts/docs-tables.ts`) all read this file.
 */

/**
 * Header aliases of the standard columns. Sources: legacy header (§4a, confirmed), current common
 * block (§3, confirmed) and sheet-12 tail (§4b, partly unconfirmed), physical English names of the common block
 * (§1; the event-specific English names are this project's reading, unconfirmed), 高松市's non-standard layout (§9).
 * Extension columns (after the standard ones) are this project's convention, documented in docs/staff/events.md.
 */
const standardAliases = {
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
} as const satisfies Record<string, readonly string[]>;

/** Project extension columns (docs/staff/events.md「拡張列」), written after the standard ones. */
const extensionAliases = {
  kind: ["イベント種類", "種別", "イベント種別", "種類"],
  status: ["開催状況", "状態"],
  format: ["開催方法"],
  /** Web開催URL: the current layout's name (real file: 焼津市). */
  onlineUrl: ["オンラインURL", "オンライン参加URL", "Web開催URL"],
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
  /** 掲載開始日: the current layout's name for the day the notice was published (real file: 焼津市). */
  updated: ["更新日", "掲載日", "掲載開始日"],
  /**
   * 開催年: the year of dates written without one (高松市 writes 9月7日(土)); usually given once for the whole file in
   * its `.columns.yaml` (`values: { 開催年: 2024 }`).
   */
  year: ["開催年"],
} as const satisfies Record<string, readonly string[]>;

/**
 * Header aliases, canonical field → names seen in files; the first name is the one the docs and messages use.
 * Standard columns first, then this project's extension columns.
 */
export const eventCsvAliases = { ...standardAliases, ...extensionAliases } as const;

/** The project's extension columns, in the order the export writes them. */
export const EVENT_EXTENSION_FIELDS = Object.keys(extensionAliases) as (keyof typeof extensionAliases)[];

/** A canonical column of イベント一覧. */
export type EventCsvField = keyof typeof eventCsvAliases;

/** One column of the legacy イベント一覧 layout as its definition gives it. */
export interface LegacyEventColumn {
  name: (typeof eventCsvAliases)[EventCsvField][number];
  /** Required in the definition (NEC-FIWARE's transcription of the CIO-portal sheet). */
  required: boolean;
  type: "Text" | "Date" | "Time" | "Number" | "URL";
  note?: string;
}

const legacy = (
  name: LegacyEventColumn["name"],
  type: LegacyEventColumn["type"],
  required = false,
  note?: string,
): LegacyEventColumn => ({ name, type, required, ...(note ? { note } : {}) });

/**
 * The legacy 推奨データセット イベント一覧 layout (docs/dev/open-data-formats.md §4a), in its published order: the 32 columns
 * the benchmark writes and the tests read back.
 */
export const EVENT_LEGACY_LAYOUT: readonly LegacyEventColumn[] = [
  legacy("都道府県コード又は市区町村コード", "Text", false, "6 digits"),
  legacy("NO", "Text", false, "unique within municipality"),
  legacy("都道府県名", "Text"),
  legacy("市区町村名", "Text", false, "blank for prefecture-level publishers"),
  legacy("イベント名", "Text", true),
  legacy("イベント名_カナ", "Text", true),
  legacy("イベント名_英語", "Text"),
  legacy("開始日", "Date", true),
  legacy("終了日", "Date", true),
  legacy("開始時間", "Time", true),
  legacy("終了時間", "Time", true),
  legacy("開始日時特記事項", "Text", false, "exceptions (雨天順延, 毎月第3火曜 …)"),
  legacy("説明", "Text", true),
  legacy("料金(基本)", "Number", false, "yen, 1-yen units"),
  legacy("料金(詳細)", "Text"),
  legacy("連絡先名称", "Text"),
  legacy("連絡先電話番号", "Text"),
  legacy("連絡先内線番号", "Text"),
  legacy("主催者", "Text"),
  legacy("場所名称", "Text", true),
  legacy("住所", "Text", true),
  legacy("方書", "Text"),
  legacy("緯度", "Number"),
  legacy("経度", "Number"),
  legacy("アクセス方法", "Text"),
  legacy("駐車場情報", "Text"),
  legacy("定員", "Number"),
  legacy("参加申込終了日", "Date"),
  legacy("参加申込終了時間", "Time"),
  legacy("参加申込方法", "Text"),
  legacy("URL", "URL"),
  legacy("備考", "Text"),
];

/** The legacy イベント一覧 header, in order. */
export const EVENT_LEGACY_HEADER: readonly string[] = EVENT_LEGACY_LAYOUT.map((c) => c.name);
