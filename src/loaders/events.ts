/**
 * All events of a content folder, read without Astro: `events/*.mdx` front matter and `events/*.csv` rows become the
 * same {@link EventData}. Used by validation before the build, by the CSV collection's loader, and by later steps
 * (activity report, print). Cross-file rules live here: one id per event, 出前講座 references that exist.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import type { DataFileSummary } from "../lib/content/data-file-summary.ts";
import { type EventData, eventSchema } from "../schemas/event.ts";
import { listContentFiles } from "./content-path.ts";
import { readEventCsvFolder } from "./events-csv.ts";
import { isCollectionDocument, readMdxCollection } from "./mdx-collection.ts";

/** One event and where it came from. */
export interface SourcedEvent {
  /** URL id: the MDX file name, or the CSV row's ID (see events-csv.ts). */
  id: string;
  data: EventData;
  /** Path relative to the content folder. */
  file: string;
  /** CSV row (header = row 1); absent for MDX. */
  row?: number;
}

/**
 * Reads and validates every event (MDX and CSV) and the talks they refer to.
 * @returns the events, every problem, and one summary per CSV file (its pages: the events that kept their URL)
 */
export function readAllEvents(contentDir: string): {
  events: SourcedEvent[];
  issues: ContentIssue[];
  files: DataFileSummary[];
} {
  const mdx = readMdxCollection(contentDir, "events", eventSchema);
  const csv = readEventCsvFolder(contentDir);
  const issues = [...mdx.issues, ...csv.issues];
  const candidates: SourcedEvent[] = [
    ...mdx.entries.map((e) => ({ id: e.slug, data: e.data, file: e.file })),
    ...csv.events.map((e) => ({ id: e.id, data: e.data, file: e.file, row: e.row })),
  ];
  const byId = new Map<string, SourcedEvent>();
  const events: SourcedEvent[] = [];
  for (const event of candidates) {
    // /events/2/ is page 2 of the events list (src/pages/events/[...page].astro): an event there would hide it. CSV
    // ids are never only digits (events-csv.ts prefixes the file name), so only an MDX file name can be one.
    if (/^\d+$/.test(event.id)) {
      issues.push({
        severity: "error",
        file: event.file,
        field: "ファイル名",
        value: event.id,
        message: `イベントのページの URL（/events/${event.id}/）が、催しの一覧の ${event.id} ページ目の URL と重なります`,
        hint: `ファイル名に数字以外の文字を入れてください（例: koen-${event.id}.mdx）`,
      });
      continue;
    }
    const first = byId.get(event.id);
    if (first) {
      const where = (e: SourcedEvent) => `${e.file}${e.row ? ` ${e.row} 行目` : ""}`;
      issues.push({
        severity: "error",
        file: event.file,
        line: event.row,
        field: event.row ? "ID" : "ファイル名",
        value: event.id,
        message: `イベントのページの URL（/events/${event.id}/）が ${where(first)} と重なっています`,
        hint: "MDX のファイル名か CSV の ID を変えて、イベントごとに違う URL にしてください",
      });
      continue;
    }
    byId.set(event.id, event);
    events.push(event);
  }
  const talks = new Set(talkSlugs(contentDir));
  for (const event of events) {
    if (event.data.talk && !talks.has(event.data.talk)) {
      issues.push({
        severity: "error",
        file: event.file,
        line: event.row,
        field: event.row ? "出前講座メニュー" : "talk",
        value: event.data.talk,
        message: `出前講座メニュー talks/${event.data.talk}.mdx がありません`,
        hint: "talks/ フォルダのファイル名（拡張子なし）を書いてください",
      });
    }
  }
  for (const summary of csv.files) summary.pages = events.filter((e) => e.file === summary.file).length;
  return { events, issues, files: csv.files };
}

function talkSlugs(contentDir: string): string[] {
  return listContentFiles(contentDir, "talks", isCollectionDocument).names.map((n) => n.replace(/\.mdx?$/, ""));
}
