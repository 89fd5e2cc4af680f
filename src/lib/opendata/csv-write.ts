import { stringify } from "csv-stringify/sync";
import iconv from "iconv-lite";

/**
 * Writing CSV for the open-data exports: RFC 4180 quoting, CRLF line ends, formula-like cells neutralised (see
 * docs/security.md), and the two encodings municipal users
 * open: UTF-8 with BOM (Excel recognises it) and CP932 (Shift_JIS as Windows writes it; TextEncoder cannot).
 */

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): starting with = + - @, tab or CR, possibly
 * behind apostrophes already (so that a value that really starts with `'=` survives the round trip too).
 * Plain numbers (-12, +3.5) and a lone "-" (the usual "none") are data, not formulas, and are left as they are.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** True when a spreadsheet could take `text` as a formula (see {@link neutraliseFormula}). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) && text !== "-";
}

/**
 * The cell as written into every CSV the site offers: a formula-like value gets a leading `'` (OWASP), which Excel
 * and LibreOffice show as text and the project's CSV reader removes again ({@link restoreFormula}).
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** Undoes {@link neutraliseFormula} when reading a CSV back: one `'` before a formula-like value is removed. */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}

type Cell = string | number | undefined;

/**
 * csv-stringify's settings for every CSV the site offers: CRLF, RFC 4180 quoting, formula-like strings neutralised.
 * It quotes a field holding the whole record delimiter (CRLF) only, so a lone CR or LF is matched explicitly.
 */
const STRINGIFY_OPTIONS = {
  record_delimiter: "windows",
  quoted_match: /[\r\n]/,
  cast: { string: (text: string) => neutraliseFormula(text) },
} as const;

/** One CSV line from cells, without its line end (formula-like cells neutralised; quoted when needed). */
export function csvLine(cells: readonly Cell[]): string {
  return stringify([[...cells]], STRINGIFY_OPTIONS).replace(/\r\n$/, "");
}

/** A whole CSV text: header and rows, CRLF line ends, ending with a line break. */
export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([[...header], ...rows.map((row) => [...row])], STRINGIFY_OPTIONS);
}

/** UTF-8 with BOM bytes. */
export function encodeUtf8Bom(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
}

/**
 * Unicode characters that JIS-based text uses but CP932 spells with another code point (the "wave dash problem"):
 * 〜 U+301C is written as ～ U+FF5E, and so on. Readers of the Shift_JIS file therefore get the CP932 forms.
 */
const CP932_FORMS: Record<string, string> = {
  "\u301C": "\uFF5E", // 〜 → ～
  "\u2016": "\u2225", // ‖ → ∥
  "\u2212": "\uFF0D", // − → －
  "\u00A2": "\uFFE0", // ¢ → ￠
  "\u00A3": "\uFFE1", // £ → ￡
  "\u00AC": "\uFFE2", // ¬ → ￢
  "\u2014": "\u2015", // — → ―
};

/** Text with JIS-style code points replaced by their CP932 forms (〜 → ～). */
export function toCp932Forms(text: string): string {
  return text.replace(/[\u301C\u2016\u2212\u00A2\u00A3\u00AC\u2014]/g, (ch) => CP932_FORMS[ch] ?? ch);
}

/**
 * Whether CP932 can carry each character seen so far. Asking iconv one character at a time allocates two buffers per
 * character; the exports ask about every character of every cell, drawn from a few thousand distinct ones.
 */
const inCp932 = new Map<string, boolean>();

function roundTripsCp932(ch: string): boolean {
  let known = inCp932.get(ch);
  if (known === undefined) {
    known = iconv.decode(iconv.encode(ch, "cp932"), "cp932") === ch;
    inCp932.set(ch, known);
  }
  return known;
}

/** Characters of `text` that CP932 cannot represent even in their CP932 forms (they would turn into "?"), deduplicated. */
export function charactersOutsideCp932(text: string): string[] {
  const bad = new Set<string>();
  for (const ch of toCp932Forms(text)) {
    if (ch !== "?" && !roundTripsCp932(ch)) bad.add(ch);
  }
  return [...bad];
}

/**
 * CP932 bytes: JIS-style code points in their CP932 forms (〜 → ～), characters outside CP932 as 〓 (the conventional
 * substitute mark) instead of "?".
 */
export function encodeCp932(text: string): Uint8Array {
  const forms = toCp932Forms(text);
  const bad = charactersOutsideCp932(forms);
  const safe = bad.length ? [...forms].map((ch) => (bad.includes(ch) ? "〓" : ch)).join("") : forms;
  return new Uint8Array(iconv.encode(safe, "cp932"));
}
