/**
 * Page geometry, type sizes and colours of the printed materials, and a small element builder for satori
 * (the project has no JSX in plain .ts files). Units are PDF points: satori lays out in "px" and the SVG is drawn
 * 1 px = 1 pt, so a 14 px font in satori is 14 pt on paper.
 *
 * Type sizes follow large-print guidance for older readers: body 14 pt (never below 12 pt in the content area),
 * line height 1.7, high-contrast near-black text, a universal-design Gothic face.
 */
import { PRINT_FAMILY } from "./fonts.ts";

/** A4 portrait in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Margins and the footer band, in points. */
export const PAGE = {
  marginX: 51,
  marginTop: 45,
  marginBottom: 26,
  footerHeight: 80,
  /** Space between the content area and the footer band. */
  footerGap: 14,
} as const;

/** Width of the content column. */
export const CONTENT_WIDTH = A4.width - 2 * PAGE.marginX;
/** Height of the content area of each page (between the top margin and the footer band). */
export const CONTENT_HEIGHT = A4.height - PAGE.marginTop - PAGE.marginBottom - PAGE.footerHeight - PAGE.footerGap;

/** Type sizes in points. */
export const TYPE = {
  body: 14,
  lineHeight: 1.7,
  lead: 15,
  title: 27,
  h2: 20,
  h3: 16.5,
  h4: 15,
  table: 13,
  /** The smallest size used in the content area (tables shrink to this when wide). */
  minimum: 12,
  footer: 10.5,
} as const;

/** Colours (contrast ≥ 7:1 on white for text). */
export const COLOR = {
  text: "#1a1a1a",
  muted: "#3d3d3d",
  accent: "#0b4a9e",
  rule: "#5c5c5c",
  tableHead: "#e3ecf7",
  noticeBack: "#f3f6f9",
} as const;

/** CSS-like style object understood by satori. */
export type Style = Record<string, string | number>;

/** A satori element (the shape of a React element, without React). */
export interface PrintElement {
  type: string;
  props: { style?: Style; children?: PrintChild | PrintChild[]; lang?: string };
}

/** A child of an element: an element, text, or nothing. */
export type PrintChild = PrintElement | string | null | undefined | false;

/**
 * Builds an element: h("div", { display: "flex" }, "text", h("span", { fontWeight: 700 }, "bold")).
 * Every element is border-box, so widths include padding and borders as in the page geometry above.
 */
export function h(type: string, style: Style, ...children: PrintChild[]): PrintElement {
  const kept = children.filter((c): c is PrintElement | string => c !== null && c !== undefined && c !== false);
  return {
    type,
    props: { style: { boxSizing: "border-box", ...style }, children: kept.length === 1 ? kept[0] : kept },
  };
}

/** The root style of every laid-out block: the print face, body size and colour. */
export function rootStyle(width: number): Style {
  return {
    display: "flex",
    flexDirection: "column",
    width,
    fontFamily: PRINT_FAMILY,
    fontSize: TYPE.body,
    lineHeight: TYPE.lineHeight,
    color: COLOR.text,
  };
}
