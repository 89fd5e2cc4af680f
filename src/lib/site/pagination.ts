/**
 * Long lists split into pages (Astro's `paginate()` does the splitting): the page sizes, the URLs of the pages, the
 * page numbers the navigation shows and the titles. Page 1 keeps the list's own URL (/resources/); later pages add
 * the number (/resources/2/), so links and bookmarks made before the lists were split still work.
 *
 * The sizes keep every list page well under 30 KB of gzip-compressed HTML at prefecture scale (issue "scale"; the
 * measured figures are in docs/performance.md): what a page carries besides its items (header, footer, the filter
 * links — 288 town names at L) is the same on every page, so only the items are bounded here.
 */

/** Resources (医療機関・介護事業所) per list page: /resources/, and by type, area and home-care feature. */
export const RESOURCES_PAGE_SIZE = 50;

/** Events per list page: upcoming events (/events/, by kind and area) and each fiscal year's archive. */
export const EVENTS_PAGE_SIZE = 30;

/** A page number in the navigation, or `null` for a gap (「…」) between distant numbers. */
export type PageNumber = number | null;

/** How many numbers either side of the current page the navigation shows (besides the first and the last). */
const NEIGHBOURS = 2;

/**
 * The page numbers to show: the first, the last, and the current page with two neighbours each side; a gap of one
 * page is shown as its number (a 「…」 there would hide nothing), longer gaps as `null`. A prefecture's list has
 * hundreds of pages; listing every number would make the navigation heavier than the page.
 */
export function pageNumbers(current: number, last: number): PageNumber[] {
  const shown = new Set([1, last]);
  for (let n = current - NEIGHBOURS; n <= current + NEIGHBOURS; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: PageNumber[] = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    if (typeof previous === "number" && n - previous === 2) out.push(previous + 1);
    else if (typeof previous === "number" && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** Site path of page `n` of the list at `listPath` (ending in /): page 1 is the list itself. */
export function listPagePath(listPath: string, n: number): string {
  return n <= 1 ? listPath : `${listPath}${n}/`;
}

/** The title of page `n`: 「医療・介護事業所（2ページ目）」; page 1 keeps the list's title. */
export function listPageTitle(title: string, n: number): string {
  return n <= 1 ? title : `${title}（${n}ページ目）`;
}

/** The item range a page shows, for the lead text: 「51〜100件目（全1,500件）」. */
export function listPageRange(start: number, end: number, total: number): string {
  return `${(start + 1).toLocaleString("ja-JP")}〜${(end + 1).toLocaleString("ja-JP")}件目（全${total.toLocaleString("ja-JP")}件）`;
}

/** How many items of each key a list has: the per-category counts that headings on every page of the list show. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
