/**
 * The print typeface, read from an npm package (nothing downloads at build time), in regular and bold: BIZ UDPGothic
 * (default), a universal-design Japanese face made for legibility, or Noto Sans JP (`print.font` in site.yaml).
 * The same font files serve the Typst print engine (as font blobs), satori's OG images and the glyph and width checks
 * made before rendering. The embedded subset fonts keep each face's own PostScript name (e.g. BIZUDPGothic-Regular).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";

const require = createRequire(import.meta.url);

/** The CSS family name used in satori elements (whichever face is chosen). */
export const PRINT_FAMILY = "Zaitaku Print";

/** The font files of each face that `print.font` in site.yaml can name. */
export const PRINT_FACE_FILES = {
  "biz-udpgothic": {
    regular: "@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf",
    bold: "@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf",
  },
  "noto-sans-jp": {
    regular: "@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
  },
} as const;

/** A print face name, as in site.yaml's `print.font`. */
export type PrintFace = keyof typeof PRINT_FACE_FILES;

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
  /** The face these fonts are. */
  face: PrintFace;
  /** Hash of the font bytes, part of every cache key. */
  hash: string;
  /** Whether the font has a glyph for a code point. */
  hasGlyph(codePoint: number): boolean;
  /** Advance width of a text in points at a font size (for table column widths). */
  measure(text: string, size: number, bold?: boolean): number;
}

const loaded = new Map<PrintFace, PrintFonts>();

/**
 * Loads the print fonts of a face once per process.
 * @param face site.yaml's `print.font` (default biz-udpgothic)
 */
export function loadPrintFonts(face: PrintFace = "biz-udpgothic"): PrintFonts {
  const known = loaded.get(face);
  if (known) return known;
  const files = PRINT_FACE_FILES[face];
  const regular = readFileSync(require.resolve(files.regular));
  const bold = readFileSync(require.resolve(files.bold));
  const faces = { regular: openFont(regular), bold: openFont(bold) };
  const widthCache = new Map<string, number>();
  const fonts: PrintFonts = {
    face,
    regular,
    bold,
    satori: [
      { name: PRINT_FAMILY, data: regular, weight: 400, style: "normal" },
      { name: PRINT_FAMILY, data: bold, weight: 700, style: "normal" },
    ],
    hash: createHash("sha256").update(face).update(regular).update(bold).digest("hex"),
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
  loaded.set(face, fonts);
  return fonts;
}

function openFont(data: Buffer): fontkit.Font {
  const font = fontkit.create(data);
  if (!("layout" in font)) throw new Error("印刷用の書体ファイルを読めませんでした（フォントコレクションは使えません）");
  return font;
}
