/**
 * Lists of events: upcoming (終了日 ≥ today, Asia/Tokyo) soonest first, past ones by fiscal year (年度), grouped by
 * month, filtered by kind and area. Pure functions over { id, data } items.
 */
import type { EventData, EventKind } from "../../schemas/event.ts";
import { fiscalYearOf } from "../dates/japanese-date.ts";

/** An event with its URL id (/events/<id>/). */
export interface EventItem {
  id: string;
  data: EventData;
}

/** URL slugs of the kinds (/events/kind/<slug>/): ASCII so links survive any server and mail client. */
export const kindSlugs: Record<EventKind, string> = {
  講演会: "kouenkai",
  出前講座: "demae-koza",
  研修会: "kenshukai",
  認知症カフェ: "ninchisho-cafe",
  人生会議ワークショップ: "jinsei-kaigi",
  その他: "sonota",
};

/** True while the event has not ended: its last day is today or later. */
export function isUpcoming(event: EventData, today: string): boolean {
  return event.endDate >= today;
}

/** Soonest first: start date, then start time (all-day first), then title. */
export function compareByStart(a: EventItem, b: EventItem): number {
  return (
    a.data.startDate.localeCompare(b.data.startDate) ||
    (a.data.startTime ?? "").localeCompare(b.data.startTime ?? "") ||
    a.data.title.localeCompare(b.data.title, "ja") ||
    a.id.localeCompare(b.id)
  );
}

/** How many upcoming events the home page shows (the rest are on /events/, linked from there). */
export const HOME_EVENTS_SHOWN = 3;

/** Events that have not ended, soonest first. */
export function upcomingEvents<T extends EventItem>(items: readonly T[], today: string): T[] {
  return items.filter((e) => isUpcoming(e.data, today)).sort(compareByStart);
}

/** Events that have ended, most recent first. */
export function pastEvents<T extends EventItem>(items: readonly T[], today: string): T[] {
  return items.filter((e) => !isUpcoming(e.data, today)).sort((a, b) => compareByStart(b, a));
}

/** Items grouped by the month ("YYYY-MM") they start in, keeping the given order. */
export function groupByMonth<T extends EventItem>(items: readonly T[]): { month: string; items: T[] }[] {
  const groups: { month: string; items: T[] }[] = [];
  for (const item of items) {
    const month = item.data.startDate.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}

/** The fiscal year (年度, April–March) an event belongs to: that of its start date. */
export function eventFiscalYear(event: EventData): number {
  return fiscalYearOf(event.startDate);
}

/**
 * Past events by fiscal year, newest year first; within a year, in date order (as in an activity report).
 * Only years with at least one ended event appear.
 */
export function archiveByFiscalYear<T extends EventItem>(
  items: readonly T[],
  today: string,
): { fiscalYear: number; items: T[] }[] {
  const byYear = new Map<number, T[]>();
  for (const item of items) {
    if (isUpcoming(item.data, today)) continue;
    const year = eventFiscalYear(item.data);
    byYear.set(year, [...(byYear.get(year) ?? []), item]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([fiscalYear, list]) => ({ fiscalYear, items: list.sort(compareByStart) }));
}

/** The areas (地区) used by any event, in Japanese order. */
export function eventAreas(items: readonly EventItem[]): string[] {
  const areas = new Set(items.flatMap((e) => (e.data.area ? [e.data.area] : [])));
  return [...areas].sort((a, b) => a.localeCompare(b, "ja"));
}

/** URL path segment of an area: the name itself, percent-encoded (Japanese paths are stable; numbers would shift). */
export function areaPath(area: string): string {
  return `/events/area/${encodeURIComponent(area)}/`;
}
