/**
 * A minimal RSS 2.0 writer: every text is XML-escaped, output is deterministic (no build timestamps: dates come from
 * the content).
 */

/** One feed item. */
export interface RssItem {
  title: string;
  link: string;
  /** Stable identifier (the page URL). */
  guid: string;
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
 */
export function buildRss(feed: RssFeed): string {
  const latest = feed.items.reduce((max, item) => (item.date && item.date > max ? item.date : max), "");
  const items = feed.items.map((item) =>
    [
      "    <item>",
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.guid)}</guid>`,
      item.description ? `      <description>${escapeXml(item.description)}</description>` : "",
      item.date ? `      <pubDate>${rfc822Date(item.date)}</pubDate>` : "",
      ...(item.categories ?? []).map((c) => `      <category>${escapeXml(c)}</category>`),
      "    </item>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(feed.title)}</title>`,
    `    <link>${escapeXml(feed.link)}</link>`,
    `    <atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml" />`,
    `    <description>${escapeXml(feed.description)}</description>`,
    "    <language>ja</language>",
    ...(latest ? [`    <lastBuildDate>${rfc822Date(latest)}</lastBuildDate>`] : []),
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
