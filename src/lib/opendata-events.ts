/**
 * Open-data export of events (イベント一覧) in the current 自治体標準オープンデータセット layout (sheet 12 as reconstructed
 * in docs/dev/open-data-formats.md §4b: common block + event columns), followed by this project's documented extension columns
 * (イベント種類, 開催状況, 開催方法, 情報保障, 対象, 地区, 参加者数 … docs/staff/events.md「イベント CSV の拡張列」). The project's own
 * importer (src/loaders/events-csv.ts) reads the file back to the same events (round-trip test).
 */
import type { EventData } from "../schemas/event.ts";
import { csvText } from "./csv-write.ts";
import type { Publisher } from "./opendata-export.ts";

/** Header of the events export: standard columns first, then the project's extension columns. */
export const EVENT_EXPORT_HEADER = [
  "全国地方公共団体コード",
  "ID",
  "地方公共団体名",
  "イベント名",
  "イベント名_カナ",
  "開始日",
  "終了日",
  "開始時間",
  "終了時間",
  "開始日時特記事項",
  "説明",
  "料金(基本)",
  "料金(詳細)",
  "連絡先名称",
  "連絡先電話番号",
  "連絡先内線番号",
  "主催者",
  "場所名称",
  "所在地_連結表記",
  "建物名等(方書)",
  "緯度",
  "経度",
  "アクセス方法",
  "駐車場情報",
  "定員",
  "参加申込終了日",
  "参加申込終了時間",
  "参加申込方法",
  "URL",
  "備考",
  // project extension columns
  "イベント種類",
  "開催状況",
  "開催方法",
  "オンラインURL",
  "申込URL",
  "申込の要否",
  "申込先電話番号",
  "連絡先FAX番号",
  "連絡先メールアドレス",
  "情報保障",
  "情報保障の補足",
  "対象",
  "対象者",
  "地区",
  "参加者数",
  "出前講座メニュー",
  "更新日",
] as const;

/**
 * Events as open-data CSV text (one row per event, ID = the event's page id).
 * @param events validated events with their ids, in the order to publish
 */
export function eventsCsv(events: readonly { id: string; data: EventData }[], publisher: Publisher): string {
  const rows = events.map(({ id, data: e }) => [
    publisher.code,
    id,
    publisher.name,
    e.title,
    e.titleKana,
    e.startDate,
    e.endDate,
    e.startTime,
    e.endTime,
    e.dateNote,
    e.description,
    e.fee,
    e.feeDetail,
    e.contact?.name,
    e.contact?.phone,
    e.contact?.extension,
    e.organizer,
    e.place?.name,
    e.place?.address,
    e.place?.building,
    e.place?.lat,
    e.place?.lon,
    e.place?.access,
    e.place?.parking,
    e.capacity,
    e.application?.deadline,
    e.application?.deadlineTime,
    e.application?.method,
    e.url,
    e.note,
    e.kind,
    e.cancelled ? "中止" : e.full ? "満員" : undefined,
    e.format,
    e.onlineUrl,
    e.application?.url,
    e.application ? (e.application.required ? "要" : "不要") : undefined,
    e.application?.phone,
    e.contact?.fax,
    e.contact?.email,
    e.accessibility.join(";") || undefined,
    e.accessibilityNote,
    e.audience.join(";"),
    e.audienceNote,
    e.area,
    e.attendance,
    e.talk,
    e.updated,
  ]);
  return csvText(EVENT_EXPORT_HEADER, rows);
}
