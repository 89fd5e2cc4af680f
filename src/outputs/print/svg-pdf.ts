/**
 * Draws satori's SVG into a PDF page with svg-to-pdfkit, keeping text as text in the embedded subset fonts.
 *
 * Two traps are handled here: satori writes font-family names in lower case ("zaitaku print") and weights as
 * numbers ("700"), which svg-to-pdfkit would not match to registered fonts and would silently replace with
 * Helvetica (no Japanese glyphs). Every <text> is rewritten to name a registered PDF font, and an unknown family is
 * an error instead of a fallback.
 */
import SVGtoPDF from "svg-to-pdfkit";
import { PDF_FONT, PRINT_FAMILY } from "./fonts.ts";
import { mergeSvgText, stripUnusedDefinitions } from "./svg-lines.ts";

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

/** A piece of text from satori's SVG: position of its baseline, size, weight, colour. */
export interface TextPiece {
  x: number;
  y: number;
  size: number;
  bold: boolean;
  fill: string;
  text: string;
}

const PLAIN_TEXT_ATTRIBUTES = new Set([
  "x",
  "y",
  "width",
  "height",
  "font-weight",
  "font-style",
  "font-size",
  "font-family",
  "fill",
]);

/**
 * Separates the text of a satori SVG from its shapes: the text pieces (each with plain attributes the direct writer
 * handles) and the SVG without them (borders, backgrounds, clips; empty when the block is only text).
 * Call after {@link stripUnusedDefinitions}.
 * @returns null when some text has attributes the direct writer does not handle
 */
export function splitSvgText(svg: string): { pieces: TextPiece[]; shapes: string } | null {
  const root = /^<svg\b([^>]*)>/.exec(svg);
  if (!root) return null;
  const viewBox = /\sviewBox="([^"]+)"/
    .exec(root[1] as string)?.[1]
    ?.trim()
    .split(/\s+/)
    .map(Number) ?? [0, 0];
  const [left, top] = [viewBox[0] ?? 0, viewBox[1] ?? 0];
  const family = PRINT_FAMILY.toLowerCase();
  const pieces: TextPiece[] = [];
  let plain = true;
  const shapes = svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (_m, attrs: string, content: string) => {
    const values = new Map<string, string>();
    for (const a of attrs.matchAll(/\s([a-z-]+)="([^"]*)"/g)) values.set(a[1] as string, a[2] as string);
    const fill = values.get("fill") ?? "black";
    const weight = values.get("font-weight") ?? "normal";
    const piece = {
      x: Number(values.get("x")) - left,
      y: Number(values.get("y")) - top,
      size: Number(values.get("font-size")),
      bold: weight === "bold" || Number(weight) >= 600,
      fill,
      text: decodeXml(content),
    };
    plain &&=
      [...values.keys()].every((k) => PLAIN_TEXT_ATTRIBUTES.has(k)) &&
      (values.get("font-family") ?? "").toLowerCase() === family &&
      (values.get("font-style") ?? "normal") === "normal" &&
      /^(#[\da-f]{3}|#[\da-f]{6}|black)$/i.test(fill) &&
      Number.isFinite(piece.x + piece.y + piece.size);
    pieces.push(piece);
    return "";
  });
  return plain ? { pieces, shapes } : null;
}

/** The text pieces of an SVG that is nothing but plain text (paragraph lines, list items), or null. */
export function plainTextPieces(svg: string): TextPiece[] | null {
  const split = splitSvgText(svg);
  return split && isEmptySvg(split.shapes) ? split.pieces : null;
}

function isEmptySvg(svg: string): boolean {
  return svg.replace(/^<svg\b[^>]*>|<\/svg>$/g, "").trim() === "";
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The parts of PDFKit's document the direct text writer uses (the same ones PDFKit's own text() uses). */
interface PdfKitInternals {
  _font: {
    id: string;
    encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
    ref(): unknown;
  };
  page: { height: number; fonts: Record<string, unknown> };
  addContent(content: string): unknown;
}

const num = (value: number) => String(Math.round(value * 1000) / 1000);

/**
 * Writes plain text pieces at (x, y) as one PDF text object: each piece at satori's position, in the subset fonts,
 * with the glyph advances of the font (as PDFKit's text() would). Much less work than parsing the SVG.
 */
function drawPlainText(doc: PdfDoc, pieces: readonly TextPiece[], x: number, y: number): void {
  const pdf = doc as unknown as PdfKitInternals;
  doc.save();
  // PDFKit's pages have y pointing down; text operators want PDF's own y-up space, as in PDFKit's text().
  doc.transform(1, 0, 0, -1, 0, pdf.page.height);
  pdf.addContent("BT");
  let font = "";
  let size = 0;
  let fill = "";
  for (const piece of pieces) {
    if (!piece.text.trim()) continue;
    const name = piece.bold ? PDF_FONT.bold : PDF_FONT.regular;
    if (piece.fill !== fill) {
      doc.fillColor(piece.fill);
      fill = piece.fill;
    }
    if (name !== font || piece.size !== size) {
      doc.font(name);
      pdf.page.fonts[pdf._font.id] ??= pdf._font.ref();
      pdf.addContent(`/${pdf._font.id} ${num(piece.size)} Tf`);
      font = name;
      size = piece.size;
    }
    const [encoded, positions] = pdf._font.encode(piece.text);
    const scale = piece.size / 1000;
    let penX = x + piece.x;
    const baseline = pdf.page.height - (y + piece.y);
    // One text run per glyph cluster group; glyphs with their own offsets (rare in Japanese) are placed one by one.
    let run: string[] = [];
    let runX = penX;
    const flush = () => {
      if (!run.length) return;
      pdf.addContent(`1 0 0 1 ${num(runX)} ${num(baseline)} Tm`);
      pdf.addContent(`[${run.join(" ")}] TJ`);
      run = [];
    };
    positions.forEach((pos, i) => {
      if (pos.xOffset || pos.yOffset) {
        flush();
        pdf.addContent(`1 0 0 1 ${num(penX + pos.xOffset * scale)} ${num(baseline + pos.yOffset * scale)} Tm`);
        pdf.addContent(`[<${encoded[i]}>] TJ`);
        runX = penX + pos.xAdvance * scale;
      } else {
        if (!run.length) runX = penX;
        const kern = pos.xAdvance - pos.advanceWidth;
        run.push(kern ? `<${encoded[i]}> ${num(-kern)}` : `<${encoded[i]}>`);
      }
      penX += pos.xAdvance * scale;
    });
    flush();
  }
  pdf.addContent("ET");
  doc.restore();
}

/**
 * Draws a satori SVG at (x, y) in points. Text is written directly as PDF text operators at satori's positions;
 * the shapes (borders, backgrounds, clips) go through svg-to-pdfkit.
 * @param svg the SVG from satori (embedFont: false)
 */
export function drawSatoriSvg(doc: PdfDoc, svg: string, x: number, y: number): void {
  const stripped = stripUnusedDefinitions(svg);
  const split = splitSvgText(stripped);
  if (split) {
    // Shapes (borders, backgrounds) through svg-to-pdfkit, then the text on top, as satori paints them.
    if (!isEmptySvg(split.shapes)) drawSvgShapes(doc, split.shapes, x, y);
    drawPlainText(doc, split.pieces, x, y);
    return;
  }
  drawSvgShapes(doc, mergeSvgText(mapSvgFonts(stripped)), x, y);
}

function drawSvgShapes(doc: PdfDoc, svg: string, x: number, y: number): void {
  SVGtoPDF(doc, svg, x, y, {
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
