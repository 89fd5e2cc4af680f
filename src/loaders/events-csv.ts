/**
 * イベント一覧 CSV → events. Reads the legacy 推奨データセット header, the current 自治体標準オープンデータセット
 * header (sheet 12) and physical English column names, mapped by header name through {@link eventCsvAliases}
 * (never by position), plus this project's documented extension columns (種類, 地区, 対象, 参加者数 …).
 * Every problem is located: file, row (header = row 1), the column as written, the raw value, what was expected.
 * Formats and their real-world mess: docs/dev/open-data-formats.md §2–§4, §9, §10.
 */
import path from "node:path";
import { type EventCsvField, eventCsvAliases } from "../data/columns/event-columns.ts";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { type DataFileSummary, newDataFileSummary } from "../lib/content/data-file-summary.ts";
import { assignFileSlugs, fileSlug } from "../lib/content/file-slug.ts";
import { normalizeMachineText } from "../lib/values/normalize-text.ts";
import { eventColumnsSchema } from "../schemas/columns-mapping.ts";
import { type EventData, type EventKind, eventSchema } from "../schemas/event.ts";
import {
  applyColumnMapping,
  type ColumnMapping,
  columnsFileNames,
  type MappingKind,
  readColumnMapping,
  unusedColumnFiles,
} from "./columns-mapping.ts";
import { listContentFiles } from "./content-path.ts";
import { parseKeepingCells } from "./csv/keep-row.ts";
import { readCsv } from "./csv/read-csv.ts";
import { rowInput, rowIssues } from "./csv/row-issues.ts";
import {
  checkCoordinates,
  columnLabel,
  eventIssue,
  headerWarnings,
  lastFilledIndex,
  raggedRowIssue,
  withDateMessage,
} from "./event-file-checks.ts";
import { EVENT_KEEP_ROW, isPublishedEventFile, LEFT_OUT_HINT, readEventValueVariants, tallyLeftOut } from "./event-row-rules.ts";
import { type EventRowValues, eventRowSchema } from "./event-row-schema.ts";

/** The alias table and field type, where callers of the reader have always found them. */
export { type EventCsvField, eventCsvAliases } from "../data/columns/event-columns.ts";

/** What an events/ `.columns.yaml` maps onto: an event needs its name and its first day. */
export const EVENT_MAPPING: MappingKind<EventCsvField> = {
  schema: eventColumnsSchema,
  aliases: eventCsvAliases,
  examples: "イベント名・開始日・開始時間・場所名称・説明・料金(詳細)・対象者・開催年",
  required: [
    { label: "イベント名", fields: ["title"] },
    { label: "開始日", fields: ["startDate"] },
  ],
};

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

/** The event fields of one valid row. */
function toEventInput(v: EventRowValues): Record<string, unknown> {
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

/** What one イベント一覧 CSV gave: its events, every problem located, and its summary line. */
export interface EventCsvRead {
  events: CsvEvent[];
  issues: ContentIssue[];
  /** For `npm run check`'s per-file lines; `pages` is counted once ids across files are settled (events.ts). */
  summary?: DataFileSummary;
}

/**
 * Reads one イベント一覧 CSV.
 * @param absolutePath the file
 * @param file its path relative to the content folder (for messages)
 * @param slug the URL slug of the file (default: derived from its name by {@link fileSlug})
 * @param mapping the staff's `.columns.yaml` for the file, when it has one
 */
export function readEventCsv(
  absolutePath: string,
  file: string,
  slug?: string,
  mapping?: ColumnMapping<EventCsvField>,
): EventCsvRead {
  const { table, issues } = readCsv(absolutePath, file, {
    aliases: mapping?.aliases ?? eventCsvAliases,
    requiredColumns: mapping ? [] : ["title", "startDate"],
  });
  const events: CsvEvent[] = [];
  if (table && mapping) issues.push(...applyColumnMapping(table, mapping));
  if (!table || issues.some((i) => i.severity === "error")) return { events, issues };
  const published = isPublishedEventFile(table, mapping !== undefined);
  const summary = newDataFileSummary(
    file,
    table,
    mapping
      ? `イベント一覧（${path.basename(mapping.file)} の対応づけ）`
      : published
        ? "イベント一覧（自治体標準オープンデータセット）"
        : /^[a-z_]+$/i.test(table.mapping.written.title ?? "")
          ? "イベント一覧（英語の列名）"
          : "イベント一覧（推奨データセットの列名）",
  );
  const stem = slug ?? fileSlug(path.basename(file));
  if (table.rows.length === 0) {
    issues.push({ severity: "warning", file, message: "見出しの行だけで、イベントの行がありません（0 件として扱います）" });
    return { events, issues, summary };
  }
  issues.push(...headerWarnings(table));
  const headerWidth = lastFilledIndex(table.headers) + 1;
  const hasYear = table.mapping.columns.year !== undefined || mapping?.values.year !== undefined;
  const seen = new Map<string, number>();
  const leftOut = new Map<string, number>();
  // A published file's unreadable row is left out with warnings; a hand-written list's row stops the build.
  const refuse = (rowProblems: ContentIssue[]) => {
    if (!published) return void issues.push(...rowProblems);
    tallyLeftOut(leftOut, rowProblems);
    for (const p of rowProblems)
      issues.push({ ...p, severity: "warning", hint: p.hint ? `${p.hint}。${LEFT_OUT_HINT}` : LEFT_OUT_HINT });
  };
  for (const row of table.rows) {
    const ragged = raggedRowIssue(table, row, headerWidth);
    if (ragged) {
      refuse([ragged]);
      continue;
    }
    const cells = rowInput(row);
    readEventValueVariants(cells);
    const parsed = parseKeepingCells(eventRowSchema, table, row, issues, { ...EVENT_KEEP_ROW, input: cells });
    if (!parsed.success) {
      refuse(rowIssues(parsed.error, table, row).map((i) => withDateMessage(i, table, row, hasYear)));
      continue;
    }
    const coordinates = checkCoordinates(parsed.data, table, row);
    issues.push(...coordinates.issues);
    const input = toEventInput({ ...parsed.data, lat: coordinates.lat, lon: coordinates.lon });
    let result = eventSchema.safeParse(input);
    const venueOnly = !result.success && result.error.issues.every((i) => i.path.join(".") === "place");
    if (venueOnly && published && input.url) {
      // 焼津市 leaves 場所名称 empty where the venue is on the event's own page: that page is the venue's reference.
      issues.push({
        severity: "warning",
        file,
        line: row.row,
        field: columnLabel(table, "placeName"),
        message: "会場（場所名称）がないため、ページでは会場をイベントの案内ページ（URL）で確かめるよう案内します",
        hint: "会場がわかるときは「場所名称」の列に書くと、ページと印刷物に載ります",
      });
      result = eventSchema.safeParse({ ...input, venueOnPage: true });
    }
    if (!result.success) {
      refuse(result.error.issues.map((issue) => eventIssue(issue, table, row)));
      continue;
    }
    const id = eventIdOf(rowInput(row).id, stem, row.row);
    const first = seen.get(id);
    if (first !== undefined) {
      refuse([
        {
          severity: "error",
          file,
          line: row.row,
          field: columnLabel(table, "id"),
          value: row.values.id,
          message: `ID が ${first} 行目と同じです（${first} 行目と ${row.row} 行目）。ID は行ごとに重ならないようにしてください`,
        },
      ]);
      continue;
    }
    seen.set(id, row.row);
    events.push({ id, data: result.data, file, row: row.row });
  }
  summary.kept = events.length;
  summary.withErrors = table.rows.length - events.length;
  summary.leftOut = [...leftOut].map(([field, rows]) => ({ field, rows }));
  return { events, issues, summary };
}

/**
 * Reads every `events/*.csv` of a content folder (files starting with `_` are skipped, like drafts), each with its
 * `.columns.yaml` when there is one.
 */
export function readEventCsvFolder(contentDir: string): {
  events: CsvEvent[];
  issues: ContentIssue[];
  files: DataFileSummary[];
} {
  const dir = path.join(contentDir, "events");
  const events: CsvEvent[] = [];
  const issues: ContentIssue[] = [];
  const files: DataFileSummary[] = [];
  const isCsv = (name: string) => /\.csv$/i.test(name) && !name.startsWith("_");
  const isColumns = (name: string) => /\.columns\.ya?ml$/i.test(name);
  const listing = listContentFiles(contentDir, "events", (name) => isCsv(name) || isColumns(name));
  issues.push(...listing.issues);
  const csvNames = listing.names.filter(isCsv);
  const columnNames = listing.names.filter(isColumns);
  issues.push(...unusedColumnFiles("events", columnNames, csvNames));
  const { slugs, issues: slugIssues } = assignFileSlugs("events", csvNames);
  issues.push(...slugIssues);
  for (const [name, slug] of slugs) {
    const columnsName = columnsFileNames(name).find((n) => columnNames.includes(n));
    const mapped = columnsName ? readColumnMapping(contentDir, `events/${columnsName}`, EVENT_MAPPING) : undefined;
    issues.push(...(mapped?.issues ?? []));
    if (mapped && !mapped.mapping) continue;
    const result = readEventCsv(path.join(dir, name), `events/${name}`, slug, mapped?.mapping);
    events.push(...result.events);
    issues.push(...result.issues);
    if (result.summary) files.push(result.summary);
  }
  return { events, issues, files };
}
