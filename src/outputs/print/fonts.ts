/**
 * The print typeface, read from an npm package (nothing downloads at build time): BIZ UDPGothic, a universal-design
 * Japanese face made for legibility, in regular and bold. The same font files serve satori's layout and the PDF
 * writer, so glyph positions measured by the one are drawn by the other.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";

const require = createRequire(import.meta.url);

/** The CSS family name used in satori elements. */
export const PRINT_FAMILY = "BIZ UDPGothic";

/** Names under which the faces are registered in the PDF writer. */
export const PDF_FONT = { regular: "BIZUDPGothic-Regular", bold: "BIZUDPGothic-Bold" } as const;

/** A font as satori wants it. */
export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: "normal";
}

/** The loaded print fonts. */
export interface PrintFonts {
  regular: Buffer;
  bold: Buffer;
  /** Satori's font list (one array object, so satori's parsed-font cache is reused between renders). */
  satori: SatoriFont[];
  /** Hash of the font bytes, part of every cache key. */
  hash: string;
  /** Whether the font has a glyph for a code point. */
  hasGlyph(codePoint: number): boolean;
  /** Advance width of a text in points at a font size (for table column widths). */
  measure(text: string, size: number, bold?: boolean): number;
}

let loaded: PrintFonts | undefined;

/** Loads the print fonts once per process. */
export function loadPrintFonts(): PrintFonts {
  if (loaded) return loaded;
  const regular = readFileSync(require.resolve("@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf"));
  const bold = readFileSync(require.resolve("@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf"));
  const faces = { regular: openFont(regular), bold: openFont(bold) };
  const widthCache = new Map<string, number>();
  loaded = {
    regular,
    bold,
    satori: [
      { name: PRINT_FAMILY, data: regular, weight: 400, style: "normal" },
      { name: PRINT_FAMILY, data: bold, weight: 700, style: "normal" },
    ],
    hash: createHash("sha256").update(regular).update(bold).digest("hex"),
    hasGlyph: (codePoint) => faces.regular.hasGlyphForCodePoint(codePoint),
    measure(text, size, isBold = false) {
      const key = `${isBold ? "b" : "r"}${text}`;
      let units = widthCache.get(key);
      if (units === undefined) {
        const face = isBold ? faces.bold : faces.regular;
        units = face.layout(text).advanceWidth / face.unitsPerEm;
        widthCache.set(key, units);
      }
      return units * size;
    },
  };
  return loaded;
}

function openFont(data: Buffer): fontkit.Font {
  const font = fontkit.create(data);
  if (!("layout" in font)) throw new Error("印刷用の書体ファイルを読めませんでした（フォントコレクションは使えません）");
  return font;
}
