/**
 * Build step after Astro: the Pagefind search index over the staging folder, written to `<site>/pagefind/`.
 * Only pages whose <main> carries `data-pagefind-body` (pages with a `pageType`) are indexed; navigation, footer,
 * table of contents and print notices are left out. The language is forced to Japanese so that every page is
 * segmented with Pagefind's Japanese dictionary, whatever its lang attribute says.
 */
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { createLogger } from "../cli/logger.ts";

/** What the index step produced. */
export interface SearchIndexResult {
  /** Pages in the index. */
  pages: number;
  /** Bytes written under pagefind/ (the whole bundle, including Pagefind's own scripts). */
  bytes: number;
  /** Files written under pagefind/. */
  files: number;
}

/**
 * Indexes the built site in `siteDir` and writes `siteDir/pagefind/`.
 * @param siteDir the Astro output folder (the staging folder during a build)
 * @throws Error when Pagefind reports an error
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const log = createLogger("search");
  log.step("検索用の索引を作っています（Pagefind）");
  // Without any marked page Pagefind would index every page whole (menus and footer included): index nothing instead.
  if (!htmlFiles(siteDir).some((file) => readFileSync(file, "utf8").includes("data-pagefind-body"))) {
    log.done("検索の対象になるページがまだないため、索引は作りませんでした");
    return { pages: 0, bytes: 0, files: 0 };
  }
  const pagefind = await import("pagefind");
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "ja", excludeSelectors: ["[data-search-exclude]"] });
    if (!index) throw new Error(`Pagefind を起動できませんでした: ${errors.join(" / ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`索引を作れませんでした: ${added.errors.join(" / ")}`);
    log.progress(added.page_count, added.page_count, "読んだページ");
    const outputPath = path.join(siteDir, "pagefind");
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`索引を書き出せませんでした: ${written.errors.join(" / ")}`);
    // Pagefind also writes its ready-made UIs; the site has its own (src/scripts/search-page.ts), so drop them.
    for (const file of readdirSync(outputPath)) {
      if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) rmSync(path.join(outputPath, file));
    }
    const { bytes, files } = folderSize(outputPath);
    const pages = indexedPages(outputPath);
    log.done(`検索の索引: ${pages} ページ、${files} ファイル、${(bytes / 1024).toFixed(0)} KB`);
    return { pages, bytes, files };
  } finally {
    await pagefind.close();
  }
}

/** Pages in the index, from Pagefind's entry file (addDirectory counts every HTML file it read). */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(path.join(outputPath, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name));
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
