/**
 * Draws satori's SVG into a PDF page with svg-to-pdfkit, keeping text as text in the embedded subset fonts.
 *
 * Two traps are handled here: satori writes font-family names in lower case ("biz udpgothic") and weights as
 * numbers ("700"), which svg-to-pdfkit would not match to registered fonts and would silently replace with
 * Helvetica (no Japanese glyphs). Every <text> is rewritten to name a registered PDF font, and an unknown family is
 * an error instead of a fallback.
 */
import SVGtoPDF from "svg-to-pdfkit";
import { PDF_FONT, PRINT_FAMILY } from "./fonts.ts";
import { mergeSvgText } from "./svg-lines.ts";

/** Rewrites satori's <text> font attributes to the names of the fonts registered in the PDF writer. */
export function mapSvgFonts(svg: string): string {
  const family = PRINT_FAMILY.toLowerCase();
  return svg.replace(/<text\b([^>]*)>/g, (_tag, attrs: string) => {
    const fam = /\bfont-family="([^"]*)"/.exec(attrs)?.[1];
    if (fam !== undefined && fam.toLowerCase() !== family) {
      throw new Error(`印刷用の書体ではない書体名が使われています: ${fam}`);
    }
    const weight = /\bfont-weight="([^"]*)"/.exec(attrs)?.[1] ?? "normal";
    const bold = weight === "bold" || Number(weight) >= 600;
    const rest = attrs.replace(/\s(?:font-family|font-weight)="[^"]*"/g, "");
    return `<text${rest} font-family="${bold ? PDF_FONT.bold : PDF_FONT.regular}">`;
  });
}

/** Anything with the drawing API of a PDFKit document. */
export type PdfDoc = PDFKit.PDFDocument;

/**
 * Draws a satori SVG at (x, y) in points.
 * @param svg the SVG from satori (embedFont: false)
 */
export function drawSatoriSvg(doc: PdfDoc, svg: string, x: number, y: number): void {
  SVGtoPDF(doc, mergeSvgText(mapSvgFonts(svg)), x, y, {
    assumePt: true,
    fontCallback: (name: string) => {
      if (name !== PDF_FONT.regular && name !== PDF_FONT.bold) throw new Error(`登録されていない書体です: ${name}`);
      return name;
    },
    warningCallback: (message: string) => {
      throw new Error(`SVG を PDF に描けませんでした: ${message}`);
    },
  });
}

/**
 * Draws an SVG image file (from the content folder) at (x, y) scaled to width × height. Any text in it uses the
 * print face, since a Latin fallback would lose Japanese characters.
 */
export function drawSvgImage(doc: PdfDoc, svg: string, x: number, y: number, width: number, height: number): void {
  SVGtoPDF(doc, svg, x, y, {
    width,
    height,
    preserveAspectRatio: "xMidYMid meet",
    fontCallback: (_family: string, bold: boolean) => (bold ? PDF_FONT.bold : PDF_FONT.regular),
    warningCallback: () => {},
  });
}
