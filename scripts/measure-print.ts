/**
 * Measures the print pipeline on a content folder (default: the demo municipality in content/):
 *  1. the build's pdf and og phases cold (empty cache) and again with the cache (a second, forced build), from the
 *     build's own phase timings (ZAITAKU_TIMINGS: wall and CPU time of all threads);
 *  2. Typst time per pamphlet page in this one thread, the compiler warm (its cold start reported apart);
 *  3. Chromium's page.pdf() on the same pamphlet pages (bench/compare/chromium-pdf.ts: launched once, warmed up).
 *
 * Usage: node scripts/measure-print.ts [CONTENT_DIR]     (about a minute; run it once, not in a loop)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumPdf } from "../bench/compare/chromium-pdf.ts";
import { absoluteUrl } from "../src/lib/url.ts";
import { readMdxCollection } from "../src/loaders/mdx-collection.ts";
import { loadSiteConfig } from "../src/loaders/site-config.ts";
import { loadPrintFonts } from "../src/outputs/print/fonts.ts";
import { pamphletTemplate } from "../src/outputs/print/templates/pamphlet.ts";
import { pamphletSchema } from "../src/schemas/pamphlet.ts";

const root = path.resolve(import.meta.dirname, "..");
const content = path.resolve(process.argv[2] ?? path.join(root, "content"));
const work = mkdtempSync(path.join(os.tmpdir(), "zaitaku-measure-"));
const out = path.join(work, "dist");
const timingsFile = path.join(work, "timings.json");
const env = {
  ...process.env,
  CONTENT_DIR: content,
  SITE_TODAY: "2026-11-28",
  ZAITAKU_CACHE_DIR: path.join(work, "cache"),
  ZAITAKU_TIMINGS: timingsFile,
};

interface Timings {
  phases: Record<string, number>;
  cpuMs: Record<string, number>;
  totalMs: number;
}

function build(label: string): void {
  const run = spawnSync(process.execPath, [path.join(root, "src/cli/build.ts"), "--out", out, "--force"], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  const t = JSON.parse(readFileSync(timingsFile, "utf8")) as Timings;
  const pdf = /\[pdf\] ✔ PDF (\d+) 件・(\d+) ページ/.exec(run.stdout);
  const pages = Number(pdf?.[2]);
  console.log(
    `${label}: pdf phase ${t.phases["pdf"]} ms wall / ${t.cpuMs["pdf"]} ms CPU for ${pdf?.[1]} PDFs, ${pages} pages` +
      ` (${((t.phases["pdf"] ?? 0) / pages).toFixed(1)} ms/page wall); og ${t.phases["og"]} ms; whole build ${t.totalMs} ms;` +
      ` load average ${os.loadavg()[0]?.toFixed(1)}`,
  );
}

build("cold (empty cache)");
build("cached rebuild   ");

// Typst in this thread, after one warm-up render (the first render is the engine's cold start).
const site = loadSiteConfig(content);
const fonts = loadPrintFonts();
const entries = readMdxCollection(content, "pamphlets", pamphletSchema).entries;
const inputs = entries.map((entry) => ({
  entry,
  site,
  contentDir: content,
  pageUrl: absoluteUrl(site.site.url, site.site.base, `/pamphlets/${entry.slug}/`),
}));
const cold = performance.now();
if (inputs[0]) await pamphletTemplate.render(inputs[0], fonts);
console.log(`Typst cold start (compiler with fonts, first pamphlet): ${(performance.now() - cold).toFixed(0)} ms`);
let pages = 0;
const started = performance.now();
const cpu = process.cpuUsage();
for (const input of inputs) pages += (await pamphletTemplate.render(input, fonts)).pages;
const wall = performance.now() - started;
const used = process.cpuUsage(cpu);
const ours = wall / pages;
console.log(
  `Typst, 1 thread: ${inputs.length} pamphlets, ${pages} pages, ${ours.toFixed(1)} ms/page wall,` +
    ` ${((used.user + used.system) / 1000 / pages).toFixed(1)} ms/page CPU`,
);

const chrome = await chromiumPdf(
  out,
  entries.map((e) => `pamphlets/${e.slug}/`),
  work,
  site.site.base,
);
if ("unavailable" in chrome) console.log(`Chromium: ${chrome.unavailable}`);
else {
  console.log(
    `Chromium page.pdf(): ${chrome.documents} pamphlets, ${chrome.pages} pages, ${chrome.msPerPage} ms/page wall` +
      ` → ours (1 thread) ÷ Chromium = ${(ours / chrome.msPerPage).toFixed(2)}×`,
  );
}
rmSync(work, { recursive: true, force: true });
