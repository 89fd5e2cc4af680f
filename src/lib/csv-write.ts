import iconv from "iconv-lite";

/**
 * Writing CSV for the open-data exports: RFC 4180 quoting, CRLF line ends, and the two encodings municipal users
 * open: UTF-8 with BOM (Excel recognises it) and CP932 (Shift_JIS as Windows writes it; TextEncoder cannot).
 */

/** One CSV line from cells (quoted when they contain a comma, quote or line break). */
export function csvLine(cells: readonly (string | number | undefined)[]): string {
  return cells
    .map((cell) => {
      const text = cell === undefined ? "" : String(cell);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(",");
}

/** A whole CSV text: header and rows, CRLF line ends, ending with a line break. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `${[header, ...rows].map(csvLine).join("\r\n")}\r\n`;
}

/** UTF-8 with BOM bytes. */
export function encodeUtf8Bom(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
}

/** Characters of `text` that CP932 cannot represent (they would turn into "?"), deduplicated. */
export function charactersOutsideCp932(text: string): string[] {
  const bad = new Set<string>();
  for (const ch of text) {
    if (ch === "?") continue;
    if (iconv.decode(iconv.encode(ch, "cp932"), "cp932") !== ch) bad.add(ch);
  }
  return [...bad];
}

/** CP932 bytes; characters outside CP932 become 〓 (the conventional substitute mark) instead of "?". */
export function encodeCp932(text: string): Uint8Array {
  const bad = charactersOutsideCp932(text);
  const safe = bad.length ? [...text].map((ch) => (bad.includes(ch) ? "〓" : ch)).join("") : text;
  return new Uint8Array(iconv.encode(safe, "cp932"));
}
