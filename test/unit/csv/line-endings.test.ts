import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../../src/loaders/csv/read-csv.ts";

const aliases = { name: ["名称"], note: ["備考"] } as const;

function read(text: string) {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "csv-eol-")), "data.csv");
  writeFileSync(file, text);
  return readCsv(file, "events/data.csv", { aliases });
}

const LINES = [
  ["名称", "備考"],
  ["一", "a"],
  ["二", "b"],
  ["三", "c"],
  ["四", "d"],
];

describe("line endings", () => {
  it.each([
    ["CRLF", ["\r\n", "\r\n", "\r\n", "\r\n"]],
    ["LF", ["\n", "\n", "\n", "\n"]],
    ["CR", ["\r", "\r", "\r", "\r"]],
    ["LF first, then CRLF", ["\n", "\r\n", "\r\n", "\n"]],
    ["CRLF first, then LF", ["\r\n", "\n", "\r\n", "\r"]],
    ["CR, LF and CRLF, no final line break", ["\r", "\n", "\r\n", "\r"]],
  ])("%s: every row read, numbered as in Excel", (_, ends) => {
    const text = LINES.map((cells, i) => `${cells.join(",")}${ends[i] ?? ""}`).join("");
    const { table, issues } = read(text);
    expect(issues).toEqual([]);
    expect(table?.rows.map((r) => [r.row, r.values.name, r.values.note])).toEqual([
      [2, "一", "a"],
      [3, "二", "b"],
      [4, "三", "c"],
      [5, "四", "d"],
    ]);
  });

  it("keeps the line breaks inside a quoted cell, whatever the file's own line ends", () => {
    const { table, issues } = read('名称,備考\n一,"1行目\r\n2行目\n3行目\r4行目"\r\n二,b\r');
    expect(issues).toEqual([]);
    expect(table?.rows.map((r) => [r.row, r.values.note])).toEqual([
      [2, "1行目\r\n2行目\n3行目\r4行目"],
      [3, "b"],
    ]);
  });

  it("locates an unclosed quote by row in a CR-only file", () => {
    const { issues } = read('名称,備考\r一,a\r二,"b\r三,c\r');
    expect(issues[0]?.line).toBe(3);
  });
});
