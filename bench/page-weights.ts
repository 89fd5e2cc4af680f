/**
 * The largest page of each page type in a built site, gzip-compressed: answers "does any HTML page pass 30 KB gzip?"
 * per kind of page (lists, their later pages, detail pages), which the benchmark's single maximum does not.
 *
 * Usage: node bench/page-weights.ts DIST [--json FILE]
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { listFiles } from "./measure/output.ts";

/** Path segments that name a fixed part of a route (kept in the type), not an id, a slug or a page number. */
const FIXED_SEGMENTS = new Set(["type", "area", "feature", "kind", "archive", "print", "report", "part-2"]);

/** The largest page of one type. */
export interface PageTypeWeight {
  /** Route pattern: `resources/type/*`, `events/archive/N/N` (N = a number: a year or a page number). */
  type: string;
  pages: number;
  /** Largest gzip size of the HTML alone, in bytes. */
  maxGzipBytes: number;
  maxPage: string;
}

/** The route pattern of an output file: ids and slugs become `*`, numbers (years, page numbers) `N`. */
export function pageType(file: string): string {
  const segments = file
    .replace(/(^|\/)index\.html$/, "")
    .split("/")
    .filter(Boolean);
  if (segments.length === 0) return file.endsWith("index.html") ? "(home)" : file;
  return segments
    .map((s, i) => (i === 0 || FIXED_SEGMENTS.has(s) || s.endsWith(".html") ? s : /^\d+$/.test(s) ? "N" : "*"))
    .join("/");
}

/** The largest gzip-compressed HTML page of each page type under `dir`, heaviest first. */
export function pageWeights(dir: string): PageTypeWeight[] {
  const byType = new Map<string, PageTypeWeight>();
  for (const file of listFiles(dir).filter((f) => f.endsWith(".html"))) {
    const bytes = gzipSync(readFileSync(path.join(dir, file))).length;
    const type = pageType(file);
    const entry = byType.get(type) ?? { type, pages: 0, maxGzipBytes: 0, maxPage: file };
    entry.pages++;
    if (bytes > entry.maxGzipBytes) Object.assign(entry, { maxGzipBytes: bytes, maxPage: file });
    byType.set(type, entry);
  }
  return [...byType.values()].sort((a, b) => b.maxGzipBytes - a.maxGzipBytes);
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { json: { type: "string" } }, allowPositionals: true });
  const dir = positionals[0];
  if (!dir) {
    console.error("使い方: node bench/page-weights.ts 出力フォルダ [--json ファイル]");
    process.exit(2);
  }
  const weights = pageWeights(path.resolve(dir));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(weights, null, 2)}\n`);
  console.log("| Page type | Pages | Largest HTML gzip | Page |\n| --- | ---: | ---: | --- |");
  for (const w of weights) {
    console.log(`| ${w.type} | ${w.pages} | ${(w.maxGzipBytes / 1000).toFixed(1)} KB | ${w.maxPage} |`);
  }
}
