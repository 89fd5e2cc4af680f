/**
 * Fills the PDF links of the built HTML with each file's size and page count. PrintLinks.astro writes
 * `<span data-print-size="/pamphlets/a.pdf"></span>` inside the link; the size is known only after the PDF step.
 * A link to a PDF that may not be made (a pamphlet's A3 leaflet exists only when the content fits) sits in
 * `<p data-print-optional="/pamphlets/a-leaflet.pdf">`: that paragraph is removed when the PDF was not made.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatFileSize } from "../lib/site/output-paths.ts";

const PLACEHOLDER = /<span data-print-size="([^"]+)"><\/span>/g;
const OPTIONAL = /<p data-print-optional="([^"]+)"[^>]*>[\s\S]*?<\/p>/g;

/**
 * Replaces every placeholder under `outDir` with 「（PDF 420KB・4ページ）」, after removing the optional links to PDFs
 * that were not made.
 * @param files the PDFs by site path
 * @returns how many links were filled
 * @throws when a page links to a PDF that was not made (a broken link would reach residents)
 */
export function fillPrintLinks(outDir: string, files: ReadonlyMap<string, { bytes: number; pages: number }>): number {
  let count = 0;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, "utf8");
    if (!html.includes("data-print-size=")) continue;
    const kept = html.replace(OPTIONAL, (paragraph, sitePath: string) => (files.has(sitePath) ? paragraph : ""));
    const filled = kept.replace(PLACEHOLDER, (_match, sitePath: string) => {
      const pdf = files.get(sitePath);
      if (!pdf) throw new Error(`${path.relative(outDir, file)} が、作られていないPDF（${sitePath}）にリンクしています`);
      count++;
      return `<span class="print-size">（PDF ${formatFileSize(pdf.bytes)}・${pdf.pages}ページ）</span>`;
    });
    writeFileSync(file, filled);
  }
  return count;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
