import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** What a build left in its output folder. */
export interface OutputSummary {
  /** HTML pages (every *.html file). */
  pages: number;
  files: number;
  bytes: number;
  /** gzip size of each page's HTML plus the stylesheets it links (what a first visit downloads, scripts and images aside). */
  perPageGzip: { meanKB: number; medianKB: number; maxKB: number; maxPage: string } | null;
  pdf: { files: number; pages: number; bytes: number };
  /** Size of the search index (pagefind/), null when there is none. */
  searchIndexBytes: number | null;
}

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  if (existsSync(dir)) walk("");
  return out.sort();
}

/** Bytes of every file under `dir` (0 when it does not exist). */
export function treeBytes(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
}

/** Page count of a PDF: pdfinfo (poppler) when installed, otherwise the page objects in the file. */
export function pdfPageCount(file: string): number {
  try {
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const pages = /^Pages:\s+(\d+)/m.exec(info);
    if (pages) return Number(pages[1]);
  } catch {
    // no poppler: count page objects
  }
  return (readFileSync(file, "latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * Summarises an output folder.
 * @param base the site's base path (e.g. "/" or "/zaitaku/"), to find linked stylesheets
 */
export function summarizeOutput(dir: string, base = "/"): OutputSummary {
  const files = listFiles(dir);
  let bytes = 0;
  for (const file of files) bytes += statSync(path.join(dir, file)).size;
  const cssGzip = new Map<string, number>();
  const gz = (file: string) => gzipSync(readFileSync(path.join(dir, file))).length;
  const perPage: { page: string; bytes: number }[] = [];
  for (const page of files.filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(path.join(dir, page), "utf8");
    let total = gzipSync(html).length;
    for (const link of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
      const href = /\bhref="([^"]+)"/.exec(link[0])?.[1];
      if (!href?.startsWith(base)) continue;
      const css = href.slice(base.length).replace(/[?#].*$/, "");
      if (!cssGzip.has(css)) cssGzip.set(css, existsSync(path.join(dir, css)) ? gz(css) : 0);
      total += cssGzip.get(css) ?? 0;
    }
    perPage.push({ page, bytes: total });
  }
  perPage.sort((a, b) => a.bytes - b.bytes);
  // KB = 1,000 bytes (the budget says "30 KB compressed").
  const kb = (n: number) => Math.round(n / 100) / 10;
  const max = perPage.at(-1);
  const pdfs = files.filter((f) => f.endsWith(".pdf"));
  const searchDir = path.join(dir, "pagefind");
  return {
    pages: perPage.length,
    files: files.length,
    bytes,
    perPageGzip:
      max === undefined
        ? null
        : {
            meanKB: kb(perPage.reduce((s, p) => s + p.bytes, 0) / perPage.length),
            medianKB: kb(perPage[Math.floor(perPage.length / 2)]?.bytes ?? 0),
            maxKB: kb(max.bytes),
            maxPage: max.page,
          },
    pdf: {
      files: pdfs.length,
      pages: pdfs.reduce((sum, f) => sum + pdfPageCount(path.join(dir, f)), 0),
      bytes: pdfs.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0),
    },
    searchIndexBytes: existsSync(searchDir) ? treeBytes(searchDir) : null,
  };
}
