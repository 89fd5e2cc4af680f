/**
 * Build step after Astro: the Pagefind search index over the staging folder, written to `<site>/pagefind/`.
 * Only pages whose <main> carries `data-pagefind-body` (pages with a `pageType`) are indexed; navigation, footer,
 * table of contents and print notices are left out. The language is forced to Japanese so that every page is
 * segmented with Pagefind's Japanese dictionary, whatever its lang attribute says.
 *
 * Large sites are indexed in batches: Pagefind keeps a whole index in memory until it writes it, and on a
 * prefecture-sized site (size L of the benchmark, about 31,000 indexed pages) its process alone peaked near 5 GB.
 * Pages are therefore split, in path order, into batches of at most {@link SEARCH_BATCH_PAGES}; the first batch is
 * written to `pagefind/` as usual, each further batch to its own bundle `pagefind/part-N/`, and the Pagefind process
 * is restarted between batches so that its memory is returned. `pagefind/zaitaku-parts.json` lists the extra
 * bundles; the search page merges them at search time (Pagefind's `mergeIndex`). A site with no more pages than one
 * batch gets exactly the single index it always had, and an empty parts list.
 *
 * Every page is handed to Pagefind one by one, after `prepare` (the build adds each page's readings there, so that
 * kana queries find kanji text; the published HTML does not carry them).
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createLogger } from "../lib/content/logger.ts";
import { SEARCH_PARTS_FILE, type SearchParts } from "../lib/search/search-parts.ts";

/**
 * Most pages in one Pagefind index. Measured on the benchmark's L output: the whole 31,412 pages in one index peaked
 * at 4.9 GB in Pagefind's process; with each page's readings added, batches of 5,000 pages took about 1.8 GB beside
 * the build's own 1.1 GB (2.9 GiB in all, against a 3 GiB budget), so batches are 4,000 (see docs/performance.md).
 */
export const SEARCH_BATCH_PAGES = 4000;

/** Pages handed to Pagefind before its answer for the first of them has come back. */
const PAGES_IN_FLIGHT = 8;

/** What the index step produced. */
export interface SearchIndexResult {
  /** Pages in the index (all bundles). */
  pages: number;
  /** Bytes written under pagefind/ (every bundle, including Pagefind's own scripts). */
  bytes: number;
  /** Files written under pagefind/. */
  files: number;
  /** Bundles written: 1 for a site that fits in one batch. */
  bundles: number;
}

/**
 * Indexes the built site in `siteDir` and writes `siteDir/pagefind/`.
 * @param siteDir the Astro output folder (the staging folder during a build)
 * @param options.batchPages most pages per Pagefind index (default {@link SEARCH_BATCH_PAGES})
 * @param options.prepare turns a page's HTML into what Pagefind indexes (the build adds the page's readings in a
 *   worker thread: src/outputs/search-readings-pool.ts); its answers must come in the order the pages were given.
 *   The files on disk are not changed. Default: the HTML as it is.
 * @throws Error when Pagefind reports an error
 */
export async function buildSearchIndex(
  siteDir: string,
  options: { batchPages?: number; prepare?: (html: string) => string | Promise<string> } = {},
): Promise<SearchIndexResult> {
  const log = createLogger("search");
  const batchPages = Math.max(1, options.batchPages ?? SEARCH_BATCH_PAGES);
  log.step("検索用の索引を作っています（Pagefind）");
  const marked = htmlFiles(siteDir).filter((file) => readFileSync(file, "utf8").includes("data-pagefind-body"));
  // Without any marked page Pagefind would index every page whole (menus and footer included): index nothing instead.
  if (marked.length === 0) {
    log.done("検索の対象になるページがまだないため、索引は作りませんでした");
    return { pages: 0, bytes: 0, files: 0, bundles: 0 };
  }
  const outputPath = path.join(siteDir, "pagefind");
  const pagefind = await import("pagefind");
  const prepare = options.prepare ?? ((html: string) => html);
  const parts: string[] = [];
  // Path order keeps each section (events/, resources/, …) together, and the same pages in the same bundle.
  const batches: string[][] = [];
  for (let i = 0; i < marked.length; i += batchPages) batches.push(marked.slice(i, i + batchPages));
  for (const [i, batch] of batches.entries()) {
    const part = i === 0 ? "" : `part-${i + 1}/`;
    await indexBundle(pagefind, path.join(outputPath, part), async (index) => {
      const errors: string[] = [];
      // Pages are sent in path order, a few ahead of Pagefind's answers: the next pages are prepared (readings)
      // while Pagefind indexes the last ones, on the other core. `prepare` answers in order, so Pagefind gets the
      // pages in path order too.
      const inFlight = new Set<Promise<void>>();
      for (const file of batch) {
        // A relative source path gives the same result URL as addDirectory would (…/index.html → …/).
        const sourcePath = path.relative(siteDir, file).split(path.sep).join("/");
        const added = Promise.resolve(prepare(readFileSync(file, "utf8")))
          .then((content) => index.addHTMLFile({ sourcePath, content }))
          .then((result) => {
            errors.push(...result.errors);
          })
          .finally(() => inFlight.delete(added));
        inFlight.add(added);
        if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      return { errors, page_count: batch.length };
    });
    if (part) parts.push(part);
    log.progress(Math.min((i + 1) * batchPages, marked.length), marked.length, "読んだページ");
  }
  writeFileSync(path.join(outputPath, SEARCH_PARTS_FILE), `${JSON.stringify({ parts } satisfies SearchParts)}\n`);
  const { bytes, files } = folderSize(outputPath);
  const pages = indexedPages(outputPath) + parts.reduce((sum, part) => sum + indexedPages(path.join(outputPath, part)), 0);
  const bundles = parts.length ? `（${parts.length + 1} 個に分けて作成）` : "";
  log.done(`検索の索引: ${pages} ページ、${files} ファイル、${(bytes / 1024).toFixed(0)} KB${bundles}`);
  return { pages, bytes, files, bundles: parts.length + 1 };
}

type PagefindModule = typeof import("pagefind");
type PagefindIndex = NonNullable<Awaited<ReturnType<PagefindModule["createIndex"]>>["index"]>;

/** One Pagefind index from start to files on disk, in a Pagefind process of its own (closed at the end). */
async function indexBundle(
  pagefind: PagefindModule,
  outputPath: string,
  add: (index: PagefindIndex) => Promise<{ errors: string[]; page_count: number }>,
): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "ja", excludeSelectors: ["[data-search-exclude]"] });
    if (!index) throw new Error(`Pagefind を起動できませんでした: ${errors.join(" / ")}`);
    const added = await add(index);
    if (added.errors.length) throw new Error(`索引を作れませんでした: ${added.errors.join(" / ")}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`索引を書き出せませんでした: ${written.errors.join(" / ")}`);
    // Pagefind also writes its ready-made UIs; the site has its own (src/scripts/search-page.ts), so drop them.
    for (const file of readdirSync(outputPath)) {
      if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) rmSync(path.join(outputPath, file));
    }
  } finally {
    // Ending the process returns all of the index's memory before the next batch starts.
    await pagefind.close();
  }
}

/** Pages in one bundle, from Pagefind's entry file (addDirectory counts every HTML file it read). */
function indexedPages(bundlePath: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundlePath, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** HTML files of the site in path order (Pagefind's own output excluded). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(dir, file).startsWith(`pagefind${path.sep}`))
    .sort();
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}
