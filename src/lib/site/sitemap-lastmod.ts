/**
 * `<lastmod>` for the sitemap, from dates written in the content (never the build time, so the sitemap stays the
 * same for the same content): a pamphlet's, talk's or window's 更新日 (`updated:`), and for their list pages the
 * latest of those. Pages without a written date get no lastmod.
 */
/** A page of a section with its written 更新日. */
interface Dated {
  slug: string;
  data: { updated?: string | undefined };
}

/**
 * Site path (/pamphlets/kaigo-hoken/) → date (YYYY-MM-DD) of every page whose content gives one.
 * @param content the pamphlets, talks and windows of the content snapshot
 */
export function contentLastmod(content: {
  pamphlets: readonly Dated[];
  talks: readonly Dated[];
  windows: readonly Dated[];
}): Map<string, string> {
  const dates = new Map<string, string>();
  const section = (list: string, pages: { slug: string; updated?: string | undefined }[]) => {
    let latest = "";
    for (const { slug, updated } of pages) {
      if (!updated) continue;
      dates.set(`${list}${slug}/`, updated);
      if (updated > latest) latest = updated;
    }
    if (latest) dates.set(list, latest);
  };
  const dated = (pages: readonly Dated[]) => pages.map((e) => ({ slug: e.slug, updated: e.data.updated }));
  section("/pamphlets/", dated(content.pamphlets));
  section("/talks/", dated(content.talks));
  section("/windows/", dated(content.windows));
  return dates;
}

/**
 * The sitemap entry's lastmod for a page URL, or undefined.
 * @param url the page's absolute URL (https://example.jp/zaitaku/pamphlets/kaigo-hoken/)
 * @param base the site's base path (/zaitaku/)
 * @param dates from {@link contentLastmod}
 */
export function lastmodOf(url: string, base: string, dates: ReadonlyMap<string, string>): string | undefined {
  const pathname = decodeURI(new URL(url).pathname);
  const b = base.endsWith("/") ? base : `${base}/`;
  if (!pathname.startsWith(b)) return undefined;
  return dates.get(`/${pathname.slice(b.length)}`);
}
