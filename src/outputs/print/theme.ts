/**
 * The colours of the printed materials (the Typst templates' frame.typ uses the same values) and a small element
 * builder for satori, which draws the OG images (the project has no JSX in plain .ts files).
 */

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
