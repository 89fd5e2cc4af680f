/**
 * Measures the print pipeline on a content folder (default: the demo municipality in content/):
 *  1. the build's pdf and og phases cold (empty cache) and again with the cache (a second, forced build), from the
 *     build's own phase timings (ZAITAKU_TIMINGS: wall and CPU time of all threads);
 *  2. Typst and Chromium's page.pdf() on the same pamphlets, interleaved, each printed once, both warm (the first
 *     pamphlet is each engine's cold start, reported apart; bench/compare/print-pair.ts).
 *
 * Usage: node scripts/measure-print.ts [CONTENT_DIR]     (about a minute; run it once, not in a loop)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { printPair } from "../bench/compare/print-pair.ts";

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

// Typst and Chromium on the same pamphlets, interleaved, both warm, each pamphlet once (bench/compare/print-pair.ts).
const pair = await printPair(content, out, path.join(work, "chromium"));
if ("unavailable" in pair) console.log(`Chromium: ${pair.unavailable}`);
else {
  console.log(`cold start: Typst ${pair.typst.coldStartMs} ms, Chromium ${pair.chromium.coldStartMs} ms (first pamphlet)`);
  console.log(
    `${pair.documents} pamphlets after the first, interleaved: Typst ${pair.typst.msPerPage} ms/page wall` +
      ` (${pair.typst.cpuMsPerPage} ms/page CPU, ${pair.typst.pages} pages), Chromium page.pdf() ${pair.chromium.msPerPage}` +
      ` ms/page wall (${pair.chromium.pages} pages) → ${pair.ratio}×; load average ${os.loadavg()[0]?.toFixed(1)}`,
  );
}
rmSync(work, { recursive: true, force: true });
