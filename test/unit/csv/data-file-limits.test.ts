import { mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { writeLargeEventCsv } from "../../../bench/synthetic/large-csv.ts";
import {
  COUNT_UP_TO_TIMES,
  checkDataFile,
  type DataFileProgress,
  DEFAULT_DATA_FILE_LIMITS,
  dataFileLimits,
  formatDataFileProgress,
  PROGRESS_FROM_BYTES,
  scanDataFiles,
} from "../../../src/loaders/csv/data-file-limits.ts";

/** A content folder with one generated events CSV just over the progress threshold (a few MB). */
let content: string;
let big: { rows: number; bytes: number };

beforeAll(async () => {
  content = mkdtempSync(path.join(os.tmpdir(), "zaitaku-limits-"));
  mkdirSync(path.join(content, "events"));
  big = await writeLargeEventCsv(path.join(content, "events", "big.csv"), PROGRESS_FROM_BYTES + 512 * 1024);
});

const roomy = { maxBytes: 1024 ** 3, maxRows: 10_000_000 };

describe("data file limits", () => {
  it("passes a file at exactly the row limit and refuses it at limit + 1, naming the file and the first row over", async () => {
    expect(big.rows).toBeGreaterThan(1000);
    const at = await scanDataFiles(content, { limits: { ...roomy, maxRows: big.rows } });
    expect(at).toEqual([]);
    const [issue, ...rest] = await scanDataFiles(content, { limits: { ...roomy, maxRows: big.rows - 1 } });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ severity: "error", file: "events/big.csv", line: big.rows + 1 });
    expect(issue?.message).toMatch(/^ファイルが大きすぎます/);
    expect(issue?.message).toContain(`${(big.rows - 1).toLocaleString("ja-JP")} 行`);
    expect(issue?.value).toContain(`${big.rows.toLocaleString("ja-JP")} 行`);
    expect(issue?.hint).toContain("2 個以上のファイルに分けてください");
  });

  it("refuses a file over the byte limit, counting its rows for the message, and passes it at exactly the limit", async () => {
    const size = statSync(path.join(content, "events", "big.csv")).size;
    expect(await scanDataFiles(content, { limits: { ...roomy, maxBytes: size } })).toEqual([]);
    const issues = await scanDataFiles(content, { limits: { ...roomy, maxBytes: size - 1 } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", file: "events/big.csv" });
    expect(issues[0]?.message).toMatch(/^ファイルが大きすぎます/);
    expect(issues[0]?.value).toContain(`${big.rows.toLocaleString("ja-JP")} 行`);
    expect(issues[0]?.line).toBeUndefined();
  });

  it("refuses a file far over the byte limit by its size alone, without reading it", async () => {
    const seen: DataFileProgress[] = [];
    const maxBytes = Math.floor(big.bytes / (COUNT_UP_TO_TIMES + 1));
    const issues = await scanDataFiles(content, { limits: { ...roomy, maxBytes }, onProgress: (p) => seen.push(p) });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.value).not.toContain("行");
    expect(issues[0]?.hint).toContain(`${Math.ceil(big.bytes / maxBytes)} 個以上`);
    expect(seen).toEqual([]);
  });

  it("reports progress for a big file up to its whole size and row count, with the file in each line", async () => {
    const seen: DataFileProgress[] = [];
    await scanDataFiles(content, { limits: roomy, onProgress: (p) => seen.push(p), progressBytes: 1024 * 1024 });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toMatchObject({ file: "events/big.csv", bytes: big.bytes, total: big.bytes, rows: big.rows });
    for (const p of seen) expect(formatDataFileProgress(p)).toContain("events/big.csv");
    expect(formatDataFileProgress(seen.at(-1) as DataFileProgress)).toContain("100%");
  });

  it("gives no progress for small files", async () => {
    const small = path.join(mkdtempSync(path.join(os.tmpdir(), "zaitaku-limits-")), "s.csv");
    writeFileSync(small, "名称,住所\r\nA,B\r\n");
    const seen: DataFileProgress[] = [];
    expect(await checkDataFile(small, "resources/s.csv", { limits: roomy, onProgress: (p) => seen.push(p) })).toBeUndefined();
    expect(seen).toEqual([]);
  });

  it("counts rows alike in CP932 and in tab-separated UTF-16, quoted line breaks inside one row", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-limits-"));
    const body = Array.from({ length: 5 }, (_, i) => `髙橋医院①${i}\t"2行の\r\n備考"`).join("\r\n");
    const utf16 = path.join(dir, "u16.csv");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`名称\t備考\r\n${body}\r\n`, "utf-16le")]));
    const sjis = path.join(dir, "sjis.csv");
    writeFileSync(sjis, iconv.encode(`名称,備考\r\n${body.replaceAll("\t", ",")}\r\n`, "cp932"));
    for (const file of [utf16, sjis]) {
      expect(await checkDataFile(file, "x.csv", { limits: { ...roomy, maxRows: 5 } })).toBeUndefined();
      expect(await checkDataFile(file, "x.csv", { limits: { ...roomy, maxRows: 4 } })).toMatchObject({ line: 6 });
    }
  });

  it("leaves a file the parser cannot read to the whole-file reader when it is within the limits", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "zaitaku-limits-")), "broken.csv");
    writeFileSync(file, '名称,備考\nA,"open\nB,c\n');
    expect(await checkDataFile(file, "events/broken.csv", { limits: { ...roomy, maxRows: 1 } })).toBeUndefined();
  });

  it("checks every data folder (resources, surveys too), names each file by its folder, and skips drafts", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-limits-"));
    const rows = "名称,住所\r\nA,B\r\nC,D\r\n";
    for (const file of ["resources/care.csv", "surveys/ev-1.csv", "resources/_draft.csv", "events/ok.csv"]) {
      mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(dir, file), file === "events/ok.csv" ? "名称\r\nA\r\n" : iconv.encode(rows, "cp932"));
    }
    const issues = await scanDataFiles(dir, { limits: { ...roomy, maxRows: 1 } });
    expect(issues.map((i) => [i.file, i.line])).toEqual([
      ["resources/care.csv", 3],
      ["surveys/ev-1.csv", 3],
    ]);
  });

  it("reads the limits from the environment, ignoring values that are not positive numbers", () => {
    expect(dataFileLimits({})).toEqual(DEFAULT_DATA_FILE_LIMITS);
    expect(dataFileLimits({ ZAITAKU_CSV_MAX_MB: "2", ZAITAKU_CSV_MAX_ROWS: "10" })).toEqual({
      maxBytes: 2 * 1024 * 1024,
      maxRows: 10,
    });
    expect(dataFileLimits({ ZAITAKU_CSV_MAX_MB: "-1", ZAITAKU_CSV_MAX_ROWS: "many" })).toEqual(DEFAULT_DATA_FILE_LIMITS);
  });
});
