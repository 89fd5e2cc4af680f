/**
 * How a search index split into several Pagefind bundles is described (written by src/outputs/search-index.ts,
 * read by the search page src/scripts/search-page.ts). Pure: shared by the build and the browser.
 */

/** File next to `pagefind/pagefind.js` that lists the extra bundles. */
export const SEARCH_PARTS_FILE = "zaitaku-parts.json";

/** Contents of {@link SEARCH_PARTS_FILE}. */
export interface SearchParts {
  /** Bundle folders relative to `pagefind/`, e.g. `["part-2/", "part-3/"]`; empty when the index is one bundle. */
  parts: string[];
}

/** The part folders named in a parsed {@link SEARCH_PARTS_FILE}; anything unexpected counts as none. */
export function partFolders(json: unknown): string[] {
  const parts = (json as { parts?: unknown } | null)?.parts;
  return Array.isArray(parts) ? parts.filter((p): p is string => typeof p === "string" && /^part-\d+\/$/.test(p)) : [];
}
