/**
 * Kinds of pages that site search covers. Each searchable page declares its kind through `BaseLayout`'s `pageType`
 * prop; the kind is stored as a Pagefind filter, shown on every search result and offered as a filter on /search/.
 * A new content type only adds its label here (and passes it as `pageType`), nothing else.
 */

/** Page kinds in the order the search page lists its filters. */
export const PAGE_TYPES = ["パンフレット", "講座・イベント", "相談窓口", "医療・介護事業所"] as const;

/** One kind of searchable page. */
export type PageType = (typeof PAGE_TYPES)[number];

/** The kind of the consultation windows' pages (the pages that cover towns, for a town typed in a search). */
export const WINDOW_PAGE_TYPE: PageType = "相談窓口";

/** Name of the Pagefind filter that holds the page kind. */
export const PAGE_TYPE_FILTER = "type";

/** Narrows any string to a known page kind (e.g. a filter value read from the URL). */
export function isPageType(value: string): value is PageType {
  return (PAGE_TYPES as readonly string[]).includes(value);
}

/**
 * Pagefind meta key of a list page's names (BaseLayout's `searchList`): a page that has it is a list page, ranked
 * after the content pages that match as well, unless the query names what it lists (src/lib/search/site-search.ts).
 */
export const SEARCH_LIST_META = "list";

/** Separator of the names in {@link SEARCH_LIST_META}. */
export const SEARCH_LIST_SEPARATOR = "、";

/**
 * Pagefind weight of a list page's summary (content is 1, an h1 7): low, so that Pagefind's score ranks a list page
 * after the content pages that hold the same words, and a list is loaded as a candidate only when few pages match.
 */
export const SEARCH_LIST_WEIGHT = "0.3";

/** The names a list page lists, from its {@link SEARCH_LIST_META} meta; undefined for a content page. */
export function listNames(meta: Record<string, string>): string[] | undefined {
  const value = meta[SEARCH_LIST_META];
  if (value === undefined) return undefined;
  return value
    .split(SEARCH_LIST_SEPARATOR)
    .map((name) => name.trim())
    .filter(Boolean);
}
