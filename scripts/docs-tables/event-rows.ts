/**
 * What the staff guide (docs/staff/events.md) says about each イベント一覧 column beyond its names: the rows of its two
 * tables. The names themselves come from src/data/columns/event-columns.ts; a column missing here stops the generator,
 * so a new column in the definitions cannot leave the guide silently.
 */
import type { EventCsvField } from "../../src/data/columns/event-columns.ts";

/** One row of the standard-columns table: what the columns mean, which columns, and a note. */
export interface EventDocRow {
  meaning: string;
  fields: readonly EventCsvField[];
  note?: string;
}

/** The standard columns, grouped by meaning, in the guide's order. */
export const EVENT_STANDARD_ROWS: readonly EventDocRow[] = [
  { meaning: "ID（URL になる）", fields: ["id"] },
  { meaning: "イベント名（必須列）", fields: ["title"] },
  { meaning: "開始日（必須列）", fields: ["startDate"] },
  { meaning: "終了日", fields: ["endDate"], note: "空欄は開始日と同じ" },
  { meaning: "開始時間・終了時間", fields: ["startTime", "endTime"] },
  { meaning: "日時の補足", fields: ["dateNote"] },
  { meaning: "説明", fields: ["description", "summary"], note: "説明が空のときは概要を表示します" },
  { meaning: "料金", fields: ["fee", "feeDetail"], note: "料金(基本) は円（`無料`・`500円` も可）" },
  { meaning: "問い合わせ", fields: ["contactName", "contactPhone", "contactExtension"] },
  { meaning: "主催", fields: ["organizer"] },
  { meaning: "会場", fields: ["placeName", "address", "building"] },
  {
    meaning: "住所（分けて書くとき）",
    fields: ["addressPrefecture", "addressCity", "addressTown", "addressRest"],
    note: "住所の列が空のとき、つないで住所にします",
  },
  { meaning: "位置", fields: ["lat", "lon"] },
  { meaning: "交通・駐車場", fields: ["access", "parking"] },
  { meaning: "定員", fields: ["capacity"], note: "`50`、`50人`、`先着50名`、`申込先着30人` も可。`なし` は定員なし" },
  {
    meaning: "申込",
    fields: ["applicationDeadline", "applicationDeadlineTime", "applicationMethod"],
    note: "参加申込方法が「申込不要」「当日直接会場へ」などなら申込不要",
  },
  { meaning: "URL", fields: ["url", "contentUrl"], note: "http:// か https:// だけ。URL が空ならコンテンツURL" },
  { meaning: "備考", fields: ["note"] },
  {
    meaning: "そのほか",
    fields: ["localGovernmentCode", "localGovernmentName", "prefectureName", "titleKana", "titleEn", "locatedCode", "townId"],
    note: "読めますが、表示には使いません",
  },
];

/** The values each extension column takes, by field. */
export const EVENT_EXTENSION_VALUES: Partial<Record<EventCsvField, string>> = {
  kind:
    "講演会 / 出前講座 / 研修会 / 認知症カフェ / 人生会議ワークショップ / その他。空欄のときはイベント名（なければ説明）のことばで決めます: " +
    "「カフェ」→認知症カフェ、「人生会議」「ACP」→人生会議ワークショップ、「出前講座」→出前講座、「研修」「多職種」「事例検討」→研修会、" +
    "「講演」「講座」「セミナー」「フォーラム」→講演会、それ以外→その他",
  status: "`中止` / `満員`（空欄は通常）。イベント名の先頭の `【中止】` でも中止になります",
  format: "会場 / オンライン / 会場とオンライン",
  onlineUrl: "オンライン参加のページ",
  applicationUrl: "申込フォーム",
  applicationRequired: "`要` / `不要`（空欄のときは `参加申込方法` のことば「申込不要」「当日直接会場へ」などで決めます）",
  applicationPhone: "問い合わせ先と違う申込先の電話番号",
  contactFax: "問い合わせ先の FAX",
  contactEmail: "問い合わせ先のメール",
  accessibility: "手話通訳 / 要約筆記 / 車いす席 / ヒアリングループ / 託児（`;` で区切って複数）",
  accessibilityNote: "情報保障についての説明（例: 手話通訳は講演の時間のみ）",
  audience: "住民 / 医療機関 / 介護事業所（`;` で区切って複数。活動報告の区分）",
  audienceNote: "ページに出す対象の説明",
  area: "地区名（絞り込みと活動報告に使います）",
  attendance: "終わった催しの参加者数（活動報告に使います）",
  talk: "talks/ のファイル名",
  updated: "載せた日か内容を変えた日（新着のお知らせ（RSS）の日付。省略可）",
  year: "開催日に年が書かれていないとき（`9月7日(土)`）の年。ふつうは `.columns.yaml` の `values:` に書きます",
};
