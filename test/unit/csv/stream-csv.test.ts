import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { type CsvProgress, streamCsvRows } from "../../../src/loaders/csv/stream-csv.ts";

function temp(bytes: Uint8Array | string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "csv-stream-")), "data.csv");
  writeFileSync(file, bytes);
  return file;
}

describe("streamCsvRows", () => {
  it("hands over every row with its Excel row number, across mixed line ends and quoted line breaks", async () => {
    const text = '\uFEFF名称,備考\r\n一,"1行目\n2行目"\n二,b\r三,c\r\n';
    const rows: [number, string[]][] = [];
    const result = await streamCsvRows(temp(text), { encoding: "utf-8", onRow: (cells, row) => rows.push([row, cells]) });
    expect(result.header).toEqual(["名称", "備考"]);
    expect(rows).toEqual([
      [2, ["一", "1行目\n2行目"]],
      [3, ["二", "b"]],
      [4, ["三", "c"]],
    ]);
  });

  it("decodes CP932 split across chunks and reports progress up to the whole file", async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `髙橋医院①～${i},東京都試験市`).join("\r\n");
    const bytes = iconv.encode(`名称,住所\r\n${lines}\r\n`, "cp932");
    const seen: string[] = [];
    const progress: CsvProgress[] = [];
    const result = await streamCsvRows(temp(bytes), {
      encoding: "cp932",
      onRow: (cells) => seen.push(cells[0] ?? ""),
      onProgress: (p) => progress.push(p),
      progressBytes: 10_000,
    });
    expect(result.rows).toBe(3000);
    expect(seen[2999]).toBe("髙橋医院①～2999");
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toEqual({ bytes: bytes.length, total: bytes.length, rows: 3000 });
  });
});
