/**
 * The pamphlet as an A3 folded leaflet (`/pamphlets/<slug>-leaflet.pdf`): A3 landscape, two A4 panels a side, laid
 * out by templates/leaflet.typ from the pamphlet's own data. Only for a pamphlet whose content fits four panels;
 * otherwise the render says why and no file is published.
 */
import type { PrintFonts } from "../fonts.ts";
import type { PrintTemplate } from "../template.ts";
import { compileTypstPdf, typstDate, typstTemplate } from "../typst/compiler.ts";
import { type PamphletPrintInput, pamphletDocument, pamphletReader, pamphletTemplate } from "./pamphlet.ts";

/** Why a pamphlet gets no leaflet (shown in the build's output after the pamphlet's file). */
export const LEAFLET_TOO_LONG = "A3 二つ折りリーフレットの4面（A4 4ページ分）に入りきらないため、リーフレットは作りません";

/**
 * Puts the leaflet's four panel groups in reading order. Typst writes the structure tree in physical order (outside
 * sheet: cover, back; inside sheet: 2, 3); the folded leaflet reads cover, 2, 3, back. The Document element's
 * children array is permuted in place: the same references in another order keep every byte offset valid.
 * @throws Error when the structure tree is not the four panels leaflet.typ makes (a template bug)
 */
export function leafletReadingOrder(pdf: Buffer): Buffer {
  const text = pdf.toString("latin1");
  const match = /\/S \/Document\s+\/P \d+ 0 R\s+\/K \[([^\]]*)\]/.exec(text);
  const refs = match?.[1]?.match(/\d+ 0 R/g);
  if (!match || !refs || refs.length !== 4 || refs.join(" ") !== match[1]) {
    throw new Error("leaflet: the structure tree is not four panel groups");
  }
  const [cover, back, two, three] = refs as [string, string, string, string];
  const ordered = [cover, two, three, back].join(" ");
  const start = match.index + match[0].length - 1 - ordered.length;
  const out = Buffer.from(pdf);
  out.write(ordered, start, "latin1");
  return out;
}

/** The leaflet template: the pamphlet's input and data, its own layout; `omitted` when the content is too long. */
export const leafletTemplate: PrintTemplate<PamphletPrintInput> = {
  name: "leaflet",

  // The pamphlet's job reports the content's problems; the leaflet only needs the same files for its cache key.
  prepare(input, fonts) {
    return { issues: [], files: pamphletTemplate.prepare(input, fonts).files };
  },

  async render(input, fonts: PrintFonts) {
    const { data, files } = pamphletDocument(input, fonts, await pamphletReader(input));
    const template = typstTemplate("leaflet");
    const { pdf, pages } = compileTypstPdf(fonts.face, { template, data, files, createdAt: typstDate(input.entry.data.updated) });
    // leaflet.typ puts what does not fit on a third page.
    if (pages !== 2) return { pdf: Buffer.alloc(0), pages: 0, warnings: [], omitted: LEAFLET_TOO_LONG };
    return { pdf: leafletReadingOrder(pdf), pages, warnings: [] };
  },
};
