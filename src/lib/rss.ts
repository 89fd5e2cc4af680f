/** A minimal RSS 2.0 writer: every text is XML-escaped, output is deterministic (no build timestamps). */

/** One feed item. */
export interface RssItem {
  title: string;
  link: string;
  /** Stable identifier (the page URL). */
  guid: string;
  description?: string | undefined;
  categories?: string[] | undefined;
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

/** Writes the feed as an RSS 2.0 document. */
export function buildRss(feed: RssFeed): string {
  const items = feed.items.map((item) =>
    [
      "    <item>",
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.guid)}</guid>`,
      item.description ? `      <description>${escapeXml(item.description)}</description>` : "",
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
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
