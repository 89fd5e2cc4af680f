/**
 * Line-level handling of satori's text SVG: a block that is only text (a paragraph, a list item) is cut into one
 * SVG per line, so a page can end inside a paragraph (with widow and orphan control) instead of leaving a gap,
 * and a paragraph longer than a page continues on the next one exactly where its line broke.
 */

/** One line of a text block: its own SVG, and where it sat in the block. */
export interface SvgLine {
  svg: string;
  /** Top of the line box within the block, in points. */
  top: number;
  height: number;
}

const TEXT_ELEMENT = /<text\b[^>]*>[^<]*<\/text>/g;

/**
 * Removes satori's masks and clip paths that nothing refers to (satori writes an overflow mask for every element)
 * and empty groups (inline spans); the drawing is the same, with less for the SVG parser to walk.
 */
export function stripUnusedDefinitions(svg: string): string {
  return svg
    .replace(/<(mask|clipPath)\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<\/\1>/g, (whole, _tag: string, id: string) =>
      svg.includes(`url(#${id})`) ? whole : "",
    )
    .replace(/<defs>\s*<\/defs>|<g\s*\/>|<g>\s*<\/g>/g, "");
}

/**
 * Cuts a satori SVG of `width` × `height` into its lines, if it is plain text laid out with one line height
 * (no borders, backgrounds or images, which would be cut through).
 * @returns the lines top to bottom, or null when the block cannot be cut
 */
export function splitSvgLines(svg: string, width: number, height: number): SvgLine[] | null {
  const texts = svg.match(TEXT_ELEMENT) ?? [];
  if (texts.length === 0) return null;
  // Everything but text must be inert: satori's unused overflow masks, empty definitions and groups.
  const rest = stripUnusedDefinitions(svg)
    .replace(TEXT_ELEMENT, "")
    .replace(/^<svg\b[^>]*>|<\/svg>$/g, "");
  if (rest.trim() !== "") return null;

  const baselines = new Map<number, string[]>();
  for (const text of texts) {
    const y = Number(/\sy="([-\d.]+)"/.exec(text)?.[1]);
    if (!Number.isFinite(y)) return null;
    const row = baselines.get(y) ?? [];
    row.push(text);
    baselines.set(y, row);
  }
  const ys = [...baselines.keys()].sort((a, b) => a - b);
  const lineHeight = height / ys.length;
  // One line height throughout: the i-th baseline lies inside the i-th line box.
  if (!ys.every((y, i) => y > i * lineHeight && y <= (i + 1) * lineHeight)) return null;
  return ys.map((y, i) => {
    const top = i * lineHeight;
    const body = (baselines.get(y) as string[]).join("");
    return {
      svg: `<svg width="${width}" height="${lineHeight}" viewBox="0 ${top} ${width} ${lineHeight}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`,
      top,
      height: lineHeight,
    };
  });
}

/**
 * Joins satori's <text> elements (one per character or word) of one line and style into one <text> with a
 * <tspan x> per piece: the same glyph positions, a fraction of the elements for the SVG parser and the PDF.
 */
export function mergeSvgText(svg: string): string {
  const out: string[] = [];
  let pending: { key: string; spans: string[]; original: string } | null = null;
  const flush = () => {
    if (!pending) return;
    out.push(pending.spans.length === 1 ? pending.original : `<text${pending.key}>${pending.spans.join("")}</text>`);
    pending = null;
  };
  let last = 0;
  for (const m of svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)) {
    const between = svg.slice(last, m.index);
    last = (m.index as number) + m[0].length;
    if (between !== "") {
      flush();
      out.push(between);
    }
    const attrs = m[1] as string;
    const x = /\sx="([-\d.]+)"/.exec(attrs)?.[1];
    if (x === undefined) {
      flush();
      out.push(m[0]);
      continue;
    }
    const key = attrs.replace(/\sx="[-\d.]+"/, "").replace(/\swidth="[-\d.]+"/, "");
    const span = `<tspan x="${x}">${m[2] as string}</tspan>`;
    if (pending && pending.key === key) {
      pending.spans.push(span);
    } else {
      flush();
      pending = { key, spans: [span], original: m[0] };
    }
  }
  flush();
  out.push(svg.slice(last));
  return out.join("");
}
