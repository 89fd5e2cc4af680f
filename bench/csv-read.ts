/**
 * Benchmark: streams a large events CSV (generated in a temp folder, default 50 MB) through
 * src/loaders/csv/stream-csv.ts with a per-row check, and reports rows, wall time, CPU time and peak RSS.
 * Not a timed test: run it by hand and record the figures in the report.
 *
 * Usage: node bench/csv-read.ts [--mb 50] [--keep FILE]
 *   --keep FILE  write the CSV to FILE and keep it (e.g. into a content folder's events/, to time
 *                `npm run check` and `npm run build` on it with /usr/bin/time -v, docs/security.md)
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { streamCsvRows } from "../src/loaders/csv/stream-csv.ts";
import { writeLargeEventCsv } from "./synthetic/large-csv.ts";

const { values } = parseArgs({ options: { mb: { type: "string", default: "50" }, keep: { type: "string" } } });
const targetBytes = Number(values.mb) * 1024 * 1024;
const dir = values.keep ? undefined : mkdtempSync(path.join(os.tmpdir(), "bench-csv-"));
const file = values.keep ? path.resolve(values.keep) : path.join(dir ?? "", "events.csv");
mkdirSync(path.dirname(file), { recursive: true });

await writeLargeEventCsv(file, targetBytes);
const size = statSync(file).size;
const cpuBefore = process.cpuUsage();
const started = performance.now();
let bad = 0;
const result = await streamCsvRows(file, {
  encoding: "utf-8",
  onRow: (cells) => {
    // The cheap checks the loader does per row: a title, a start date in YYYY-MM-DD.
    if (!cells[3] || !/^\d{4}-\d{2}-\d{2}$/.test(cells[4] ?? "")) bad++;
  },
  onProgress: ({ bytes, total, rows }) =>
    process.stderr.write(`読み込み中: ${((bytes / total) * 100).toFixed(0)}%（${rows.toLocaleString("ja-JP")} 行）\n`),
});
const wall = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const figures = {
  file: `${(size / 1024 / 1024).toFixed(1)} MB`,
  rows: result.rows,
  rowsWithProblems: bad,
  wallSeconds: Number(wall.toFixed(2)),
  cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
  peakRssMb: Number((process.resourceUsage().maxRSS / 1024).toFixed(0)),
};
console.log(JSON.stringify(figures, null, 2));
if (dir) rmSync(dir, { recursive: true, force: true });
