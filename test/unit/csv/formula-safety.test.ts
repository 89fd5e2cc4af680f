import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  csvText,
  encodeCp932,
  encodeUtf8Bom,
  looksLikeFormula,
  neutraliseFormula,
  restoreFormula,
} from "../../../src/lib/opendata/csv-write.ts";
import { readCsv } from "../../../src/loaders/csv/read-csv.ts";
import { hostileText } from "../../helpers/hostile.ts";

const aliases = { name: ["名称"], phone: ["電話番号"] } as const;

/** Payloads as an attacker writes them, one per dangerous first character (OWASP CSV injection). */
const DANGEROUS = [
  '=HYPERLINK("http://evil.example/","x")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "'=already quoted",
  "+81-3-0000-1234",
];
/** Values that start like a formula but are data: left exactly as they are. */
const DATA = ["-", "-12", "+3.5", "-0.25", "ー", "－", "abc", "'plain", "＝全角の等号"];

function writeTemp(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "csv-formula-")), "export.csv");
  writeFileSync(file, bytes);
  return file;
}

describe("formula-safe CSV exports", () => {
  const rows = [...DANGEROUS, ...DATA].map((value, i) => [value, `03-0000-${String(1000 + i)}`]);
  const text = csvText(["名称", "電話番号"], rows);

  it.each([
    ["UTF-8 with BOM", encodeUtf8Bom(text), (b: Uint8Array) => Buffer.from(b.subarray(3)).toString("utf8")],
    ["Shift_JIS", encodeCp932(text), (b: Uint8Array) => iconv.decode(Buffer.from(b), "cp932")],
  ])(
    "%s: every dangerous cell starts with ', data stays, and reading it back gives every value unchanged",
    (_, bytes, decode) => {
      const written = decode(bytes);
      for (const value of DANGEROUS) {
        const quoted = /[",\r\n]/.test(`'${value}`) ? `"'${value.replace(/"/g, '""')}"` : `'${value}`;
        expect(written).toContain(`\r\n${quoted},`);
      }
      for (const value of DATA) expect(written).toContain(`\r\n${value},`);
      const file = writeTemp(bytes);
      const { table, issues } = readCsv(file, "opendata/export.csv", { aliases });
      expect(table?.rows.map((r) => r.values.name)).toEqual([...DANGEROUS, ...DATA]);
      // The import warns, naming file, row and column, for each formula-like value (and only those).
      expect(issues.map((i) => [i.severity, i.file, i.line, i.field])).toEqual(
        DANGEROUS.map((_, i) => ["warning", "opendata/export.csv", i + 2, "名称"]),
      );
    },
  );

  it("round-trips any text and never writes a cell a spreadsheet would run", () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.constantFrom(...DANGEROUS, ...DATA)), (value) => {
        const cell = neutraliseFormula(value);
        expect(restoreFormula(cell)).toBe(value);
        if (looksLikeFormula(value)) expect(cell.startsWith("'")).toBe(true);
        else expect(cell).toBe(value);
        // A cell that still starts like a formula is a plain number or the lone "-".
        if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^([+-]?(\d+(\.\d*)?|\.\d+)|-)$/);
      }),
    );
  });
});
