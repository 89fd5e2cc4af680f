/**
 * The print engine: lays out a document's blocks with satori (each block once, at the content width, which also
 * measures it), splits them into A4 pages (src/lib/paginate.ts), and writes the PDF with PDFKit: text stays text in
 * subset-embedded fonts, images are drawn by the PDF writer, every page gets the standard footer (QR code of the
 * web page, issuer and phone, updated date, page N/M).
 *
 * A document type (pamphlet, event flyer, window sheet …) is a template that turns its content into a
 * {@link FlowDocument}; this module does the rest.
 */
import PDFDocument from "pdfkit";
import satori from "satori";
import { type PageBlock, type Placement, paginate } from "../../lib/paginate.ts";
import { PDF_FONT, type PrintFonts } from "./fonts.ts";
import { drawPrintImage, type PrintImage } from "./images.ts";
import { drawQr } from "./qr.ts";
import { splitSvgLines } from "./svg-lines.ts";
import { drawSatoriSvg } from "./svg-pdf.ts";
import {
  A4,
  COLOR,
  CONTENT_HEIGHT,
  CONTENT_WIDTH,
  h,
  PAGE,
  type PrintChild,
  type PrintElement,
  rootStyle,
  TYPE,
} from "./theme.ts";

/** One block of a document's flow. */
export interface FlowBlock {
  /** What to draw: an element laid out by satori at the content width, or an image drawn by the PDF writer. */
  content: { kind: "element"; element: PrintElement } | { kind: "image"; image: PrintImage; width: number; height: number };
  /** Space above the block in points (dropped at the top of a page). */
  marginTop: number;
  /** Must not end a page (headings, table header rows). */
  keepWithNext?: boolean;
  /** A block (a table's header row) repeated at the top of a page where this block continues its table. */
  repeatAtPageTop?: FlowBlock;
  /**
   * Never break the block between its lines (title, notice and contact boxes). Other text-only blocks (paragraphs,
   * list items) may break between lines, leaving at least two lines on each page.
   */
  keepTogether?: boolean;
  /** Line in the source file, for located warnings. */
  line?: number;
}

/** What the footer of every page says. */
export interface FooterInfo {
  /** Absolute URL of the web page (QR code and printed URL). */
  pageUrl: string;
  /** The issuing municipality and department. */
  issuer: string;
  /** Phone (and FAX) line. */
  contact: string;
  /** The updated date line, e.g. 更新日 2026年10月1日; omitted when the content has no such date. */
  updated?: string | undefined;
}

/** PDF document information. */
export interface PdfMetadata {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  /**
   * The PDF's creation and modification date (YYYY-MM-DD), from the content (its `updated` date) or, for documents
   * without one, the build's "today" (SITE_TODAY): never the clock, so builds are reproducible.
   */
  date: string;
}

/** A document ready for layout. */
export interface FlowDocument {
  metadata: PdfMetadata;
  footer: FooterInfo;
  blocks: FlowBlock[];
  /**
   * Sheets meant to be one page (a flyer, the window sheet, a form): when the content needs more, type and spacing
   * shrink step by step (never below 12 pt) until it fits, or as far as they go.
   */
  fitToPages?: number;
}

/** A problem found while laying out (reported as a located warning). */
export interface LayoutWarning {
  line?: number | undefined;
  message: string;
}

/** A rendered PDF. */
export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
  warnings: LayoutWarning[];
}

const QR_SIZE = 70;
const FOOTER_TOP = A4.height - PAGE.marginBottom - PAGE.footerHeight;
const FOOTER_TEXT_WIDTH = CONTENT_WIDTH - QR_SIZE - 4;

/** Lays an element out at a width with satori (text stays text); returns the SVG and its height in points. */
export async function layoutElement(
  element: PrintElement,
  width: number,
  fonts: PrintFonts,
): Promise<{ svg: string; height: number }> {
  const root = h("div", rootStyle(width), element);
  const svg = await satori(root as unknown as Parameters<typeof satori>[0], { width, fonts: fonts.satori, embedFont: false });
  const height = Number(/^<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
  if (!Number.isFinite(height)) throw new Error("レイアウトの高さを読み取れませんでした");
  return { svg, height };
}

interface Measured extends PageBlock {
  block: FlowBlock;
  svg?: string;
}

/** The blocks a measured text block becomes: one per line when it may break between lines. */
function lineBlocks(block: FlowBlock, svg: string, height: number): Measured[] {
  const whole: Measured = { block, svg, height, marginTop: block.marginTop, keepWithNext: block.keepWithNext };
  if (block.keepTogether) return [whole];
  const lines = splitSvgLines(svg, CONTENT_WIDTH, height);
  if (!lines || lines.length < 2) return [whole];
  const last = lines.length - 1;
  return lines.map((line, i) => ({
    block,
    svg: line.svg,
    height: line.height,
    marginTop: i === 0 ? block.marginTop : 0,
    // Orphans and widows: the first line stays with the second, the last with the one before it; a block that must
    // stay with the next one keeps all its lines together.
    keepWithNext: i === last ? block.keepWithNext : block.keepWithNext || i === 0 || i === last - 1,
  }));
}

/** Steps by which a sheet that must fit its pages shrinks. */
const FIT_SCALES = [1, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62];
/** Style properties that shrink with the type (widths stay: the column is the page's). */
const SCALED_STYLES = new Set([
  "fontSize",
  "height",
  "minHeight",
  "padding",
  "paddingTop",
  "paddingBottom",
  "marginTop",
  "marginBottom",
]);

/** An element with its type and vertical spacing scaled by `k` (font sizes not below 12 pt). */
export function scaleElement(element: PrintElement, k: number): PrintElement {
  if (k === 1) return element;
  const style: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(element.props.style ?? {})) {
    if (!SCALED_STYLES.has(key)) style[key] = value;
    else if (key === "fontSize" && typeof value === "number")
      style[key] = Math.max(TYPE.minimum, Math.round(value * k * 10) / 10);
    else if (typeof value === "number") style[key] = Math.round(value * k * 10) / 10;
    else style[key] = value.replace(/([\d.]+)px/g, (_m, n: string) => `${Math.round(Number(n) * k * 10) / 10}px`);
  }
  const scaleChild = (child: PrintChild): PrintChild => (child && typeof child === "object" ? scaleElement(child, k) : child);
  const { children } = element.props;
  return {
    type: element.type,
    props: { ...element.props, style, children: Array.isArray(children) ? children.map(scaleChild) : scaleChild(children) },
  };
}

function scaleBlock(block: FlowBlock, k: number): FlowBlock {
  const content =
    block.content.kind === "image"
      ? { ...block.content, width: block.content.width * k, height: block.content.height * k }
      : { kind: "element" as const, element: scaleElement(block.content.element, k) };
  return { ...block, content, marginTop: block.marginTop * k };
}

/** Renders a document to PDF bytes. Same input, same bytes. */
export async function renderFlowDocument(document: FlowDocument, fonts: PrintFonts): Promise<RenderedPdf> {
  let laidOut = await layoutFlow(document.blocks, fonts);
  const limit = document.fitToPages;
  if (limit && laidOut.pages.length > limit) {
    // The largest scale that fits, by bisection over the steps (the smallest step when none fits).
    const tried = new Map<number, LaidOut>();
    const at = async (i: number) => {
      let result = tried.get(i);
      if (!result) {
        result = await layoutFlow(scaleBlocks(document.blocks, FIT_SCALES[i] as number), fonts);
        tried.set(i, result);
      }
      return result;
    };
    let lo = 1;
    let hi = FIT_SCALES.length - 1;
    if ((await at(hi)).pages.length <= limit) {
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((await at(mid)).pages.length <= limit) hi = mid;
        else lo = mid + 1;
      }
    }
    laidOut = await at(hi);
  }
  return writePdf(document, laidOut, fonts);
}

/** Blocks scaled by `k`, table rows still pointing at their (scaled) header row. */
function scaleBlocks(blocks: readonly FlowBlock[], k: number): FlowBlock[] {
  const copies = new Map<FlowBlock, FlowBlock>();
  const scaled = blocks.map((b) => {
    const copy = scaleBlock(b, k);
    copies.set(b, copy);
    return copy;
  });
  for (const b of scaled) if (b.repeatAtPageTop) b.repeatAtPageTop = copies.get(b.repeatAtPageTop) ?? b.repeatAtPageTop;
  return scaled;
}

interface LaidOut {
  measured: Measured[];
  pages: Placement[][];
  warnings: LayoutWarning[];
}

/** Lays out every block once (this measures it; text blocks become one block per line) and splits them into pages. */
async function layoutFlow(blocks: readonly FlowBlock[], fonts: PrintFonts): Promise<LaidOut> {
  const warnings: LayoutWarning[] = [];
  const measured: Measured[] = [];
  for (const block of blocks) {
    if (block.content.kind === "image") {
      // Images may shrink to 60 % to finish a page rather than leave a large gap above them.
      const { height } = block.content;
      measured.push({ block, height, minHeight: height * 0.6, marginTop: block.marginTop, keepWithNext: block.keepWithNext });
      continue;
    }
    const { svg, height } = await layoutElement(block.content.element, CONTENT_WIDTH, fonts);
    const parts = lineBlocks(block, svg, height);
    if (parts.some((part) => part.height > CONTENT_HEIGHT)) {
      warnings.push({ line: block.line, message: "1ページに入りきらない大きさのため、ページの下にはみ出しています" });
    }
    measured.push(...parts);
  }
  for (const m of measured) {
    if (m.block.repeatAtPageTop) {
      const header = measured.findIndex((other) => other.block === m.block.repeatAtPageTop);
      if (header >= 0) m.repeatAtPageTop = header;
    }
  }

  return { measured, pages: paginate(measured, CONTENT_HEIGHT), warnings };
}

/** Writes the laid-out pages as a PDF. */
async function writePdf(document: FlowDocument, { measured, pages, warnings }: LaidOut, fonts: PrintFonts): Promise<RenderedPdf> {
  const { metadata } = document;
  const date = new Date(`${metadata.date}T00:00:00+09:00`);
  const doc = new PDFDocument({
    size: [A4.width, A4.height],
    margin: 0,
    autoFirstPage: false,
    pdfVersion: "1.7",
    lang: "ja",
    displayTitle: true,
    compress: true,
    info: {
      Title: metadata.title,
      Subject: metadata.subject,
      Author: metadata.author,
      Keywords: metadata.keywords.join(", "),
      Creator: "zaitaku-press",
      Producer: "zaitaku-press (PDFKit)",
      CreationDate: date,
      ModDate: date,
    },
  });
  doc.registerFont(PDF_FONT.regular, fonts.regular);
  doc.registerFont(PDF_FONT.bold, fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  const footerSvg = (await layoutElement(footerElement(document.footer), FOOTER_TEXT_WIDTH, fonts)).svg;
  for (const [index, page] of pages.entries()) {
    doc.addPage({ size: [A4.width, A4.height], margin: 0 });
    for (const placement of page) {
      const m = measured[placement.block] as Measured;
      const x = PAGE.marginX;
      const y = PAGE.marginTop + placement.y;
      const content = m.block.content;
      if (content.kind === "image") {
        const scale = placement.height / content.height;
        const width = content.width * scale;
        drawPrintImage(doc, content.image, x + (CONTENT_WIDTH - width) / 2, y, width, placement.height);
      } else if (m.svg) {
        drawSatoriSvg(doc, m.svg, x, y);
      }
    }
    drawFooter(doc, document.footer, footerSvg, index + 1, pages.length);
  }
  doc.end();
  await ended;
  return { pdf: Buffer.concat(chunks), pages: pages.length, warnings };
}

/** Width kept free at the right of the footer's first line for the page number. */
const PAGE_NUMBER_WIDTH = 96;
const PAGE_NUMBER_SIZE = 13;

/** The footer text beside the QR code, the same on every page of a document (the page number is drawn apart). */
export function footerElement(footer: FooterInfo): PrintElement {
  const line = (text: string, extra: Record<string, string | number> = {}) =>
    h("div", { display: "block", fontSize: TYPE.footer, lineHeight: 1.45, ...extra }, text);
  return h(
    "div",
    { display: "flex", flexDirection: "column", width: FOOTER_TEXT_WIDTH, color: COLOR.text },
    line(footer.issuer, { fontWeight: 700, paddingRight: PAGE_NUMBER_WIDTH }),
    line(footer.contact, { fontWeight: 700, fontSize: 12 }),
    footer.updated ? line(footer.updated) : null,
    line(`ウェブ版（正式版）: ${footer.pageUrl}`, { fontSize: 9.5, wordBreak: "break-all" }),
  );
}

/** Draws the footer of one page: rule, QR code, the document's footer text and 「N / M ページ」. */
function drawFooter(doc: PDFKit.PDFDocument, footer: FooterInfo, footerSvg: string, page: number, pages: number): void {
  doc
    .save()
    .moveTo(PAGE.marginX, FOOTER_TOP - 6)
    .lineTo(A4.width - PAGE.marginX, FOOTER_TOP - 6)
    .lineWidth(0.8)
    .stroke(COLOR.rule)
    .restore();
  drawQr(doc, footer.pageUrl, PAGE.marginX - 4, FOOTER_TOP, QR_SIZE);
  drawSatoriSvg(doc, footerSvg, A4.width - PAGE.marginX - FOOTER_TEXT_WIDTH, FOOTER_TOP + 2);
  const label = `${page} / ${pages} ページ`;
  doc.font(PDF_FONT.bold).fontSize(PAGE_NUMBER_SIZE).fillColor(COLOR.text);
  doc.text(label, A4.width - PAGE.marginX - doc.widthOfString(label), FOOTER_TOP + 2, { lineBreak: false });
}
