/**
 * The events feed as RSS 2.0, written by @astrojs/rss (document structure, escaping, guid, categories). Output is
 * deterministic: no build timestamps, every date comes from the content.
 */
import { getRssString } from "@astrojs/rss";

/** One feed item. */
export interface RssItem {
  title: string;
  /** The page URL, absolute; also the item's guid (isPermaLink). */
  link: string;
  description?: string | undefined;
  categories?: string[] | undefined;
  /** Publication or update date (YYYY-MM-DD, a date in Japan), written as pubDate at 00:00 JST. */
  date?: string | undefined;
}

/** The feed. */
export interface RssFeed {
  title: string;
  /** The HTML page the feed belongs to. */
  link: string;
  /** Where the feed itself lives (atom:link rel=self). */
  self: string;
  description: string;
  items: RssItem[];
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An RFC 822 date for RSS from a date in Japan: 2026-12-05 → "Sat, 05 Dec 2026 00:00:00 +0900". */
export function rfc822Date(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return `${DAYS[day]}, ${String(d).padStart(2, "0")} ${MONTHS[(m ?? 1) - 1]} ${y} 00:00:00 +0900`;
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // Control characters are not allowed in XML 1.0.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
  );
}

/**
 * Writes the feed as an RSS 2.0 document. lastBuildDate is the latest item date (not the build time), so the same
 * content gives the same feed; a feed whose items have no date has none.
 *
 * Dates go in through customData rather than @astrojs/rss's `pubDate`: the library writes `toUTCString()`, so an
 * event updated on 5 Dec in Japan would read "Fri, 04 Dec 2026 15:00:00 GMT" in readers that show the raw date.
 * The library has no lastBuildDate or language option either; both are channel customData.
 */
export async function buildRss(feed: RssFeed): Promise<string> {
  const latest = feed.items.reduce((max, item) => (item.date && item.date > max ? item.date : max), "");
  const channel = [
    "<language>ja</language>",
    ...(latest ? [`<lastBuildDate>${rfc822Date(latest)}</lastBuildDate>`] : []),
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
  ].join("");
  const xml = await getRssString({
    title: clean(feed.title),
    description: clean(feed.description),
    // The channel's <link>: the page the feed belongs to (every item link is absolute).
    site: feed.link,
    trailingSlash: feed.link.endsWith("/"),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: channel,
    items: feed.items.map((item) => ({
      title: clean(item.title),
      link: item.link,
      ...(item.description ? { description: clean(item.description) } : {}),
      ...(item.categories?.length ? { categories: item.categories.map(clean) } : {}),
      ...(item.date ? { customData: `<pubDate>${rfc822Date(item.date)}</pubDate>` } : {}),
    })),
  });
  return `${xml}\n`;
}

/** Text without the control characters XML 1.0 does not allow (the library escapes the rest). */
function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
}
