/**
 * Text encodings of municipal CSV files (../../docs/dev/open-data-formats.md §9): UTF-8 with or without BOM
 * (Excel "CSV UTF-8", CKAN dumps), CP932 (Excel "CSV", i.e. Shift_JIS as Windows writes it: ①, 髙, ～ must survive)
 * and UTF-16 with BOM (some Tokyo catalog exports). Anything else is refused.
 */

/** The encodings this project reads. */
export type CsvEncoding = "utf-8" | "utf-8-bom" | "cp932" | "utf-16le" | "utf-16be";

/** Decoded text and how it was encoded. */
export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
}

/**
 * Decodes file bytes: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then strict CP932.
 * WHATWG's "shift_jis" decoder is the Windows-31J (CP932) table, NEC and IBM extensions included.
 * @returns the text, or null when the bytes are valid in none of the encodings
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText | null {
  const tryDecode = (label: string, data: Uint8Array): string | null => {
    try {
      return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(data);
    } catch {
      return null;
    }
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode("utf-8", bytes.subarray(3));
    return text === null ? null : { text, encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = tryDecode("utf-16le", bytes.subarray(2));
    return text === null ? null : { text, encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = tryDecode("utf-16be", bytes.subarray(2));
    return text === null ? null : { text, encoding: "utf-16be" };
  }
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const cp932 = tryDecode("shift_jis", bytes);
  if (cp932 !== null) return { text: cp932, encoding: "cp932" };
  return null;
}

/** Japanese label of an encoding, for messages and reports. */
export function encodingLabel(encoding: CsvEncoding): string {
  return {
    "utf-8": "UTF-8",
    "utf-8-bom": "UTF-8（BOM 付き）",
    cp932: "Shift_JIS（CP932）",
    "utf-16le": "UTF-16（リトルエンディアン）",
    "utf-16be": "UTF-16（ビッグエンディアン）",
  }[encoding];
}
