import iconv from "iconv-lite";

/** How a synthetic CSV is saved: as Excel writes "CSV UTF-8" (with BOM) or "CSV" (CP932, i.e. Shift_JIS). */
export type CsvSaveAs = "utf-8-bom" | "cp932";

/** Quotes a field when it holds a comma, a quote or a line break (RFC 4180, as Excel writes it). */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes a header and rows as CSV bytes with CRLF line ends.
 * @throws when a value cannot be saved in CP932 (the file would silently change text)
 */
export function csvBytes(header: readonly string[], rows: readonly (readonly string[])[], saveAs: CsvSaveAs): Buffer {
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`row has ${row.length} values for ${header.length} columns: ${row[0]}`);
  }
  const text = `${[header, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
  if (saveAs === "utf-8-bom") return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  const bytes = iconv.encode(text, "cp932");
  // What the project's reader will see (WHATWG shift_jis = CP932).
  if (new TextDecoder("shift_jis").decode(bytes) !== text) throw new Error("text that CP932 cannot hold in a CP932 CSV");
  return bytes;
}
