/**
 * Benchmark: streams a large events CSV (generated in a temp folder, default 50 MB) through
 * src/loaders/csv/stream-csv.ts with a per-row check, and reports rows, wall time, CPU time and peak RSS.
 * Not a timed test: run it by hand and record the figures in the report.
 *
 * Usage: node bench/csv-read.ts [--mb 50]
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { streamCsvRows } from "../src/loaders/csv/stream-csv.ts";

const { values } = parseArgs({ options: { mb: { type: "string", default: "50" } } });
const targetBytes = Number(values.mb) * 1024 * 1024;
const dir = mkdtempSync(path.join(os.tmpdir(), "bench-csv-"));
const file = path.join(dir, "events.csv");

/** Writes a realistic イベント一覧 CSV: quoted cells with commas and line breaks, CRLF and LF mixed. */
async function generate(): Promise<void> {
  const out = createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r())));
  await write(
    "\uFEFF都道府県コード又は市区町村コード,ID,地方公共団体名,イベント名,開始日,終了日,開始時間,終了時間,説明,場所名称,住所\r\n",
  );
  let written = 0;
  for (let i = 0; written < targetBytes; i++) {
    const line = `131016,EV-${i},東京都試験市,"在宅医療の講座 第${i}回、介護の話",2026-${String((i % 12) + 1).padStart(2, "0")}-15,,10:00,11:30,"地域の医師が話します。\n申し込み不要、どなたでも参加できます。",市民会館 ${i % 40} 号室,東京都試験市本町${i % 9}-${i % 30}${i % 3 ? "\r\n" : "\n"}`;
    written += Buffer.byteLength(line);
    await write(line);
  }
  await new Promise<void>((r) => out.end(r));
}

await generate();
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
rmSync(dir, { recursive: true, force: true });
