/**
 * Our print engine against Chromium on the same work, side by side: the same pamphlets, each printed by Typst (the
 * build's pamphlet template, in this thread) and by Chromium's page.pdf() (one page, one process), interleaved
 * document by document, so that a load change on the shared machine hits both alike. Both are warm: the first
 * pamphlet is each engine's cold start, reported apart, and the others are timed. Each pamphlet is printed once:
 * Typst memoizes layouts, so printing the same input again would time its cache, not its work. Worker pools, fonts, the other document kinds
 * and the cache are the build's business and stay out of this pair (the build's PDF phase is reported on its own).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { absoluteUrl } from "../../src/lib/site/url.ts";
import { readMdxCollection } from "../../src/loaders/mdx-collection.ts";
import { loadSiteConfig } from "../../src/loaders/site-config.ts";
import { readSiteReadings } from "../../src/loaders/site-readings.ts";
import { loadPrintFonts } from "../../src/outputs/print/fonts.ts";
import { pamphletTemplate } from "../../src/outputs/print/templates/pamphlet.ts";
import { pamphletSchema } from "../../src/schemas/pamphlet.ts";
import { pdfPageCount } from "../measure/output.ts";
import { openChromiumPrinter } from "./chromium-pdf.ts";

/** One side of the pair. */
export interface PrintSide {
  /** The first document: engine start, fonts, first layout. */
  coldStartMs: number;
  /** PDF pages printed after the cold start. */
  pages: number;
  /** Wall time per page, warm. */
  msPerPage: number;
}

/** The pair's result. */
export interface PrintPairResult {
  /** Pamphlets timed (all but the first, which is the cold start). */
  documents: number;
  typst: PrintSide & {
    /** CPU time of this process per page, warm (Typst runs in it). */
    cpuMsPerPage: number;
  };
  chromium: PrintSide;
  /** Typst ÷ Chromium, wall time per page, warm. */
  ratio: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Prints every pamphlet of `contentDir` once with each engine, interleaved.
 * @param dist the site built from `contentDir` (Chromium prints its pamphlet pages)
 * @param scratch a folder for Chromium's PDFs (their pages are counted)
 */
export async function printPair(
  contentDir: string,
  dist: string,
  scratch: string,
): Promise<PrintPairResult | { unavailable: string }> {
  const site = loadSiteConfig(contentDir);
  const entries = readMdxCollection(contentDir, "pamphlets", pamphletSchema).entries;
  if (entries.length < 2) return { unavailable: "比べるにはパンフレットが 2 件以上要ります（1 件目は起動の計測）" };
  const printer = await openChromiumPrinter(dist, site.site.base);
  if ("unavailable" in printer) return printer;
  mkdirSync(scratch, { recursive: true });
  const fonts = loadPrintFonts();
  const docs = entries.map((entry) => ({
    route: `pamphlets/${entry.slug}/`,
    input: {
      entry,
      site,
      contentDir,
      siteReadings: readSiteReadings(contentDir).words,
      pageUrl: absoluteUrl(site.site.url, site.site.base, `/pamphlets/${entry.slug}/`),
    },
  }));
  const typst = { ms: 0, cpuMs: 0, pages: 0, coldStartMs: 0 };
  const chrome = { ms: 0, pages: 0, coldStartMs: 0 };
  const typstOnce = async (doc: (typeof docs)[number]) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const rendered = await pamphletTemplate.render(doc.input, fonts);
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, pages: rendered.pages };
  };
  let printed = 0;
  const chromeOnce = async (doc: (typeof docs)[number]) => {
    const started = performance.now();
    const pdf = await printer.print(doc.route);
    const ms = performance.now() - started;
    const file = path.join(scratch, `chromium-${printed++}.pdf`);
    writeFileSync(file, pdf);
    return { ms, pages: pdfPageCount(file) };
  };
  try {
    const [first, ...rest] = docs as [(typeof docs)[number], ...typeof docs];
    typst.coldStartMs = (await typstOnce(first)).ms;
    chrome.coldStartMs = (await chromeOnce(first)).ms;
    for (const doc of rest) {
      const t = await typstOnce(doc);
      typst.ms += t.ms;
      typst.cpuMs += t.cpuMs;
      typst.pages += t.pages;
      const c = await chromeOnce(doc);
      chrome.ms += c.ms;
      chrome.pages += c.pages;
    }
  } finally {
    await printer.close();
  }
  const typstPerPage = typst.ms / typst.pages;
  const chromePerPage = chrome.ms / chrome.pages;
  return {
    documents: docs.length - 1,
    typst: {
      coldStartMs: Math.round(typst.coldStartMs),
      pages: typst.pages,
      msPerPage: round1(typstPerPage),
      cpuMsPerPage: round1(typst.cpuMs / typst.pages),
    },
    chromium: { coldStartMs: Math.round(chrome.coldStartMs), pages: chrome.pages, msPerPage: round1(chromePerPage) },
    ratio: Math.round((typstPerPage / chromePerPage) * 100) / 100,
  };
}
