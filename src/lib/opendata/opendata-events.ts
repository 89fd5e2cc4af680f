/**
 * Open-data export of events (イベント一覧) in the current 自治体標準オープンデータセット layout (sheet 12 as reconstructed
 * in docs/dev/open-data-formats.md §4b: common block + event columns), followed by this project's documented extension columns
 * (イベント種類, 開催状況, 開催方法, 情報保障, 対象, 地区, 参加者数 … docs/staff/events.md「イベント CSV の拡張列」). The project's own
 * importer (src/loaders/events-csv.ts) reads the file back to the same events (round-trip test). Column names come from
 * the column definitions (src/data/columns/event-columns.ts).
 */
import { EVENT_EXTENSION_FIELDS, type EventCsvField, eventCsvAliases } from "../../data/columns/event-columns.ts";
import type { EventData } from "../../schemas/event.ts";
import { csvText } from "./csv-write.ts";
import type { Publisher } from "./opendata-export.ts";

/** The standard columns the export writes, in the order of the current layout. */
const STANDARD_FIELDS = [
  "localGovernmentCode",
  "id",
  "localGovernmentName",
  "title",
  "titleKana",
  "startDate",
  "endDate",
  "startTime",
  "endTime",
  "dateNote",
  "description",
  "fee",
  "feeDetail",
  "contactName",
  "contactPhone",
  "contactExtension",
  "organizer",
  "placeName",
  "address",
  "building",
  "lat",
  "lon",
  "access",
  "parking",
  "capacity",
  "applicationDeadline",
  "applicationDeadlineTime",
  "applicationMethod",
  "url",
  "note",
] as const satisfies readonly EventCsvField[];

/** 開催年 only helps to read dates written without a year; the export writes whole dates. */
const EXTENSION_FIELDS = EVENT_EXTENSION_FIELDS.filter((f) => f !== "year") as Exclude<
  (typeof EVENT_EXTENSION_FIELDS)[number],
  "year"
>[];

/** A column of the events export. */
type ExportField = (typeof STANDARD_FIELDS)[number] | (typeof EXTENSION_FIELDS)[number];

const EXPORT_FIELDS: readonly ExportField[] = [...STANDARD_FIELDS, ...EXTENSION_FIELDS];

/** The current layout's spelling where the alias table's first name is the legacy one (住所, 方書). */
const CURRENT_NAMES = {
  address: "所在地_連結表記",
  building: "建物名等(方書)",
} as const satisfies { [F in EventCsvField]?: (typeof eventCsvAliases)[F][number] };

/** Header of the events export: standard columns first, then the project's extension columns. */
export const EVENT_EXPORT_HEADER: readonly string[] = EXPORT_FIELDS.map(
  (f) => (CURRENT_NAMES as Partial<Record<EventCsvField, string>>)[f] ?? eventCsvAliases[f][0],
);

type Cell = string | number | undefined;

/** One event's cells by column (a missing column does not compile). */
function cellsOf(id: string, e: EventData, publisher: Publisher): Record<ExportField, Cell> {
  return {
    localGovernmentCode: publisher.code,
    id,
    localGovernmentName: publisher.name,
    title: e.title,
    titleKana: e.titleKana,
    startDate: e.startDate,
    endDate: e.endDate,
    startTime: e.startTime,
    endTime: e.endTime,
    dateNote: e.dateNote,
    description: e.description,
    fee: e.fee,
    feeDetail: e.feeDetail,
    contactName: e.contact?.name,
    contactPhone: e.contact?.phone,
    contactExtension: e.contact?.extension,
    organizer: e.organizer,
    placeName: e.place?.name,
    address: e.place?.address,
    building: e.place?.building,
    lat: e.place?.lat,
    lon: e.place?.lon,
    access: e.place?.access,
    parking: e.place?.parking,
    capacity: e.capacity,
    applicationDeadline: e.application?.deadline,
    applicationDeadlineTime: e.application?.deadlineTime,
    applicationMethod: e.application?.method,
    url: e.url,
    note: e.note,
    kind: e.kind,
    status: e.cancelled ? "中止" : e.full ? "満員" : undefined,
    format: e.format,
    onlineUrl: e.onlineUrl,
    applicationUrl: e.application?.url,
    applicationRequired: e.application ? (e.application.required ? "要" : "不要") : undefined,
    applicationPhone: e.application?.phone,
    contactFax: e.contact?.fax,
    contactEmail: e.contact?.email,
    accessibility: e.accessibility.join(";") || undefined,
    accessibilityNote: e.accessibilityNote,
    audience: e.audience.join(";"),
    audienceNote: e.audienceNote,
    area: e.area,
    attendance: e.attendance,
    talk: e.talk,
    updated: e.updated,
  };
}

/**
 * Events as open-data CSV text (one row per event, ID = the event's page id).
 * @param events validated events with their ids, in the order to publish
 */
export function eventsCsv(events: readonly { id: string; data: EventData }[], publisher: Publisher): string {
  const rows = events.map(({ id, data }) => {
    const cells = cellsOf(id, data, publisher);
    return EXPORT_FIELDS.map((f) => cells[f]);
  });
  return csvText(EVENT_EXPORT_HEADER, rows);
}
