/**
 * Events for pages: the MDX collection (with a body to render) and the CSV rows, merged into one list of
 * { id, data }. Pages never parse content themselves; they read these.
 */
import type { CollectionEntry } from "astro:content";
import { collectionEntries } from "./collections.ts";
import type { FeedContext } from "./lib/events/event-feeds.ts";
import type { EventItem } from "./lib/events/events.ts";
import { href, pageUrl, siteConfig } from "./site.ts";

/** An event for pages: MDX events carry their entry, so the page can render the body. */
export interface PageEvent extends EventItem {
  entry?: CollectionEntry<"events">;
}

/** Every event, MDX and CSV, unsorted. */
export async function getAllEvents(): Promise<PageEvent[]> {
  const [mdx, rows] = await Promise.all([collectionEntries("events"), collectionEntries("eventRows")]);
  return [
    ...mdx.map((entry) => ({ id: entry.id, data: entry.data, entry })),
    ...rows.map((row) => ({ id: row.id, data: row.data })),
  ];
}

/** Site facts for calendars, JSON-LD and RSS. */
export function feedContext(): FeedContext {
  const { municipality, department, site } = siteConfig;
  return {
    eventUrl: (id) => pageUrl(`/events/${id}/`),
    host: new URL(site.url).hostname,
    publisher: { name: `${municipality.name} ${department.name}`, url: pageUrl("/") },
    dateStyle: site.dateStyle,
  };
}

/** Site path of an event page. */
export function eventPath(id: string): string {
  return href(`/events/${id}/`);
}
