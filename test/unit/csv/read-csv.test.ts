import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "../../../src/loaders/csv/decode.ts";
import { mapHeaders, normalizeHeader } from "../../../src/loaders/csv/headers.ts";
import { openingQuoteRow, readCsv } from "../../../src/loaders/csv/read-csv.ts";
import { rowInput } from "../../../src/loaders/csv/row-issues.ts";

const aliases = {
  name: ["イベント名", "名称"],
  start: ["開始日"],
  building: ["建物名等(方書)", "方書"],
} as const;

function writeTemp(bytes: Uint8Array | string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "csv-")), "data.csv");
  writeFileSync(file, bytes);
  return file;
}

const SAMPLE = 'イベント名,開始日,備考\r\n"介護の話、①から",2026-12-05,"複数行\n備考"\r\n髙橋医院の講座～,2026-12-06,\r\n';

describe("decodeCsvBytes", () => {
  it("reads UTF-8, UTF-8 BOM, CP932 and UTF-16 with BOM to the same text", () => {
    const variants: [Uint8Array, string][] = [
      [Buffer.from(SAMPLE, "utf8"), "utf-8"],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, "utf8")]), "utf-8-bom"],
      [iconv.encode(SAMPLE, "cp932"), "cp932"],
      [iconv.encode(SAMPLE, "utf-16le", { addBOM: true }), "utf-16le"],
      [iconv.encode(SAMPLE, "utf-16be", { addBOM: true }), "utf-16be"],
    ];
    for (const [bytes, encoding] of variants) {
      expect(decodeCsvBytes(bytes)).toEqual({ text: SAMPLE, encoding });
    }
  });
  it("refuses bytes valid in no supported encoding", () => {
    expect(decodeCsvBytes(new Uint8Array([0x82, 0xff, 0xfd, 0x80]))).toBeNull();
  });
});

describe("headers", () => {
  it("normalise width, spaces, parentheses and markers", () => {
    expect(normalizeHeader("\uFEFF 建物名等（方書） ")).toBe(normalizeHeader("建物名等(方書)"));
    expect(normalizeHeader("建物名等_方書_")).toBe(normalizeHeader("建物名等(方書)"));
    expect(normalizeHeader("名称*")).toBe("名称");
  });
  it("map by name whatever the order, ignoring padding and _id, reporting duplicates and unknown columns", () => {
    const m = mapHeaders(["_id", "開始日", "在宅_訪問診療", "イベント名", "名称", "", ""], aliases);
    expect(m.columns).toEqual({ start: 1, name: 3 });
    expect(m.unknown).toEqual([{ index: 2, header: "在宅_訪問診療" }]);
    expect(m.duplicates).toEqual([["name", "イベント名", "名称"]]);
  });
});

describe("readCsv", () => {
  it("gives rows numbered as in Excel (header = row 1), multi-line cells intact", () => {
    const { table, issues } = readCsv(writeTemp(iconv.encode(SAMPLE, "cp932")), "events/a.csv", {
      aliases,
      requiredColumns: ["name"],
    });
    expect(issues).toEqual([]);
    expect(table?.encoding).toBe("cp932");
    expect(table?.rows.map((r) => [r.row, r.values.name, r.values.start])).toEqual([
      [2, "介護の話、①から", "2026-12-05"],
      [3, "髙橋医院の講座～", "2026-12-06"],
    ]);
    expect(table?.rows[0]?.extra).toEqual({ 備考: "複数行\n備考" });
  });
  it("reads tab-separated UTF-16", () => {
    const tsv = "名称\t開始日\r\nカフェ\t2026-12-01\r\n";
    const { table } = readCsv(writeTemp(iconv.encode(tsv, "utf-16le", { addBOM: true })), "x.csv", { aliases });
    expect(table?.rows[0]?.values).toEqual({ name: "カフェ", start: "2026-12-01" });
  });
  it("names a missing required column and an unclosed quote", () => {
    expect(readCsv(writeTemp("開始日\n2026-12-01\n"), "x.csv", { aliases, requiredColumns: ["name"] }).issues[0]).toMatchObject({
      line: 1,
      field: "name",
    });
    const broken = readCsv(writeTemp('名称,開始日\n"閉じない,2026-12-01\n'), "x.csv", { aliases });
    expect(broken.issues[0]?.message).toContain("閉じられていません");
  });
  it("refuses undecodable files with a Japanese message", () => {
    expect(readCsv(writeTemp(new Uint8Array([0x82, 0xff, 0xfd])), "x.csv", { aliases }).issues[0]?.message).toContain(
      "文字コード",
    );
  });
  it("treats dash cells as empty", () => {
    expect(rowInput({ row: 2, values: { name: "—", start: "2026-12-01" }, extra: {} })).toEqual({ start: "2026-12-01" });
  });
});

describe("openingQuoteRow", () => {
  it("finds the row where a quoted value opened and never closed, or closed with text after it", () => {
    expect(openingQuoteRow('a,b\n1,"ok"\n2,"open\n3,x\n', ",")).toBe(3);
    expect(openingQuoteRow('a,b\n"multi\nline",1\n2,"bad"x\n', ",")).toBe(3);
    expect(openingQuoteRow('a,b\n1,"say ""hi"""\n', ",")).toBeUndefined();
  });
});
