/**
 * `<lastmod>` for the sitemap, from dates written in the content (never the build time, so the sitemap stays the
 * same for the same content): a pamphlet's, talk's or window's 更新日 (`updated:`), and for their list pages the
 * latest of those. Pages without a written date get no lastmod.
 */
import { readMdxCollection } from "../loaders/mdx-collection.ts";
import { readWindows } from "../loaders/windows.ts";
import { pamphletSchema } from "../schemas/pamphlet.ts";
import { talkSchema } from "../schemas/talk.ts";

/** Site path (/pamphlets/kaigo-hoken/) → date (YYYY-MM-DD) of every page whose content gives one. */
export function contentLastmod(contentDir: string): Map<string, string> {
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
  section(
    "/pamphlets/",
    readMdxCollection(contentDir, "pamphlets", pamphletSchema).entries.map((e) => ({ slug: e.slug, updated: e.data.updated })),
  );
  section(
    "/talks/",
    readMdxCollection(contentDir, "talks", talkSchema).entries.map((e) => ({ slug: e.slug, updated: e.data.updated })),
  );
  section(
    "/windows/",
    readWindows(contentDir).entries.map((e) => ({ slug: e.slug, updated: e.data.updated })),
  );
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
