import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEARCH_PARTS_FILE } from "../../../src/lib/search/search-parts.ts";
import { buildSearchIndex } from "../../../src/outputs/search-index.ts";

/** A site folder with `count` searchable pages (and one page that is not searchable). */
function site(count: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-search-batches-"));
  for (let i = 0; i < count; i++) {
    mkdirSync(path.join(dir, `p${i}`));
    writeFileSync(
      path.join(dir, `p${i}`, "index.html"),
      `<!doctype html><html lang="ja"><head><title>ページ${i}</title></head><body><main data-pagefind-body><h1>在宅医療 ${i}</h1><p>訪問診療の相談 ${i}</p></main></body></html>`,
    );
  }
  writeFileSync(path.join(dir, "404.html"), '<!doctype html><html lang="ja"><body><p>見つかりません</p></body></html>');
  return dir;
}

/** The search index's pages-per-index cap (SEARCH_BATCH_PAGES, lowered here) at the cap and at cap + 1. */
describe("search index batches", () => {
  const cap = 3;

  it("keeps one index at exactly the cap", async () => {
    const dir = site(cap);
    const result = await buildSearchIndex(dir, { batchPages: cap });
    expect(result).toMatchObject({ pages: cap, bundles: 1 });
    expect(JSON.parse(readFileSync(path.join(dir, "pagefind", SEARCH_PARTS_FILE), "utf8"))).toEqual({ parts: [] });
  }, 60_000);

  it("splits at cap + 1 into two indexes that together hold every page", async () => {
    const dir = site(cap + 1);
    const result = await buildSearchIndex(dir, { batchPages: cap });
    expect(result).toMatchObject({ pages: cap + 1, bundles: 2 });
    expect(JSON.parse(readFileSync(path.join(dir, "pagefind", SEARCH_PARTS_FILE), "utf8"))).toEqual({ parts: ["part-2/"] });
  }, 60_000);
});
