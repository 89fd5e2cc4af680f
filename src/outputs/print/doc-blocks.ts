/**
 * Print blocks (from src/lib/markdown/markdown-blocks.ts) → the block data that templates/blocks.typ lays out with Typst:
 * list items regrouped into nested lists, table column widths fitted to the A4 column (and a located error when a
 * table cannot fit), images resolved to virtual files with their printed width, problems located by line.
 * Typst does the rest: line breaking, pagination, header rows repeated, headings kept with what follows.
 */
import type { CellAlign, DocBlock, TextRun } from "../../lib/markdown/markdown-blocks.ts";
import type { PrintFonts } from "./fonts.ts";
import type { PrintImage } from "./images.ts";

/** A problem with one block, located by line. */
export interface BlockProblem {
  severity: "error" | "warning";
  line: number;
  field: string;
  value?: string;
  message: string;
  hint?: string;
}

/** Resolves an image reference to a drawable image, or explains why it cannot be drawn. */
export type ImageResolver = (src: string) => PrintImage | { error: "unreadable" | "unsupported"; message: string };

/** Width of the content column of an A4 page in points (51 pt margins). */
export const CONTENT_WIDTH = 595.28 - 2 * 51;
/** Table text size, and the smallest size a wide table may shrink to (never below 12 pt). */
const TABLE_SIZE = 13;
const MINIMUM_SIZE = 12;
/** Cell padding and the smallest column width (in characters) of tables. */
const CELL_PAD_X = 7;
const MIN_COLUMN_CHARS = 4;
/** Images never take more than this height, so a picture does not eat a page. */
const MAX_IMAGE_HEIGHT = 300;

/** One item of a list, with the lists nested in it. */
export interface TypstListItem {
  runs: TextRun[];
  marker: number;
  children: TypstList[];
}

/** A list as blocks.typ renders it. */
export interface TypstList {
  kind: "list";
  ordered: boolean;
  items: TypstListItem[];
}

/** A block as blocks.typ renders it. */
export type TypstBlock =
  | { kind: "heading"; depth: number; runs: TextRun[] }
  | { kind: "paragraph" | "quote"; runs: TextRun[] }
  | TypstList
  | { kind: "table"; align: CellAlign[]; widths: number[]; size: number; header: TextRun[][]; rows: TextRun[][][] }
  | { kind: "image"; path: string; alt: string; width: number }
  | { kind: "missingImage"; alt: string }
  | { kind: "rule" };

/** The blocks of a document, the image files they read and what could not be printed. */
export interface TypstBlocks {
  blocks: TypstBlock[];
  /** Virtual files (images) by absolute path, for the compiler. */
  files: Record<string, Uint8Array>;
  problems: BlockProblem[];
}

/**
 * Column widths of a table in points that fill the available width, as browsers lay out automatic tables: a column
 * whose longest cell fits its fair share keeps that width (so short labels are not wrapped), the others share the
 * rest in proportion to their longest cell, never below their minimum.
 * @param naturalWidths width of each column's longest cell on one line (padding included)
 * @param minWidths smallest acceptable width of each column
 * @returns the widths, or null when even the minimum widths do not fit
 */
export function tableColumnWidths(
  naturalWidths: readonly number[],
  minWidths: readonly number[],
  available: number,
): number[] | null {
  const count = naturalWidths.length;
  const minimum = minWidths.reduce((a, b) => a + b, 0);
  if (count === 0 || minimum > available + 0.01) return null;
  const natural = naturalWidths.map((w, i) => Math.max(w, minWidths[i] ?? 0));
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= available) return natural.map((w) => w + ((available - total) * w) / total);
  const widths: (number | undefined)[] = new Array(count).fill(undefined);
  let room = available;
  let fixedSome = true;
  while (fixedSome) {
    fixedSome = false;
    const open = widths.flatMap((w, i) => (w === undefined ? [i] : []));
    const share = room / open.length;
    for (const i of open) {
      if ((natural[i] as number) <= share) {
        widths[i] = natural[i] as number;
        room -= natural[i] as number;
        fixedSome = true;
      }
    }
  }
  const open = widths.flatMap((w, i) => (w === undefined ? [i] : []));
  const openMinimum = open.reduce((sum, i) => sum + (minWidths[i] ?? 0), 0);
  if (openMinimum > room) {
    // The short columns took too much: fall back to minimum widths plus a proportional share of what is left.
    const flexible = natural.map((w, i) => w - (minWidths[i] ?? 0));
    const flexTotal = flexible.reduce((a, b) => a + b, 0);
    return minWidths.map((w, i) => w + ((available - minimum) * (flexible[i] ?? 0)) / flexTotal);
  }
  // Wide columns: minimum plus a share of the remaining room in proportion to how much more they want.
  const wants = open.map((i) => (natural[i] as number) - (minWidths[i] ?? 0));
  const wantTotal = wants.reduce((a, b) => a + b, 0);
  open.forEach((i, k) => {
    widths[i] =
      (minWidths[i] ?? 0) +
      (wantTotal > 0 ? ((room - openMinimum) * (wants[k] ?? 0)) / wantTotal : (room - openMinimum) / open.length);
  });
  return widths as number[];
}

function tableBlock(block: Extract<DocBlock, { kind: "table" }>, fonts: PrintFonts, problems: BlockProblem[]): TypstBlock[] {
  const columns = Math.max(block.header.length, ...block.rows.map((r) => r.cells.length));
  const allRows = [block.header, ...block.rows.map((r) => r.cells)];
  const layoutAt = (size: number) => {
    const natural: number[] = [];
    const minimum: number[] = [];
    for (let c = 0; c < columns; c++) {
      let widest = 0;
      allRows.forEach((cells, r) => {
        const text = (cells[c] ?? []).map((run) => run.text).join("");
        for (const lineText of text.split("\n")) widest = Math.max(widest, fonts.measure(lineText, size, r === 0));
      });
      natural.push(widest + 2 * CELL_PAD_X + 2);
      minimum.push(Math.min(widest, MIN_COLUMN_CHARS * size) + 2 * CELL_PAD_X + 2);
    }
    return tableColumnWidths(natural, minimum, CONTENT_WIDTH);
  };
  let size = TABLE_SIZE;
  let widths = layoutAt(size);
  if (!widths) {
    size = MINIMUM_SIZE;
    widths = layoutAt(size);
  }
  if (!widths) {
    problems.push({
      severity: "error",
      line: block.line,
      field: "表",
      value: `${columns}列`,
      message: `表の列が多すぎて、A4の紙の幅に収まりません（${columns}列。文字を${MINIMUM_SIZE}ポイントより小さくはしません）`,
      hint: "表を2つに分けるか、列の数を減らしてください（目安: 8列まで）",
    });
    return [];
  }
  const pad = (cells: TextRun[][]) => Array.from({ length: columns }, (_, c) => cells[c] ?? []);
  return [
    {
      kind: "table",
      align: Array.from({ length: columns }, (_, c) => block.align[c] ?? null),
      // Rounded down a little, so rounding never makes the table wider than the column.
      widths: widths.map((w) => Math.floor(w * 100) / 100 - 0.01),
      size,
      header: pad(block.header),
      rows: block.rows.map((r) => pad(r.cells)),
    },
  ];
}

/**
 * Converts print blocks to the block data of blocks.typ.
 * @param resolveImage finds and reads an image referenced from the body
 */
export function typstBlocks(blocks: readonly DocBlock[], fonts: PrintFonts, resolveImage: ImageResolver): TypstBlocks {
  const out: TypstBlock[] = [];
  const files: Record<string, Uint8Array> = {};
  const problems: BlockProblem[] = [];
  // Open lists by depth: a list item of depth d goes into the list at d, opening it (inside the last item above).
  let open: TypstList[] = [];
  for (const block of blocks) {
    if (block.kind !== "listItem") open = [];
    switch (block.kind) {
      case "listItem": {
        open = open.slice(0, block.depth + 1);
        let list = open[block.depth];
        if (!list || block.first || list.ordered !== block.ordered) {
          list = { kind: "list", ordered: block.ordered, items: [] };
          const parent = open[block.depth - 1]?.items.at(-1);
          if (parent) parent.children.push(list);
          else out.push(list);
          open[block.depth] = list;
        }
        list.items.push({ runs: block.runs, marker: block.marker, children: [] });
        break;
      }
      case "heading":
        out.push({ kind: "heading", depth: block.depth, runs: block.runs });
        break;
      case "paragraph":
      case "quote":
        out.push({ kind: block.kind, runs: block.runs });
        break;
      case "table":
        out.push(...tableBlock(block, fonts, problems));
        break;
      case "image": {
        const image = resolveImage(block.src);
        if ("error" in image) {
          problems.push({
            severity: image.error === "unreadable" ? "error" : "warning",
            line: block.line,
            field: "画像",
            value: block.src,
            message: image.message,
            hint:
              image.error === "unreadable"
                ? "画像ファイルを開き直して保存し直すか、別の画像に差し替えてください"
                : "PNG・JPEG・SVG 形式で保存した画像を使うと、印刷用PDFにも載ります（PDFでは画像の説明文を代わりに載せます）",
          });
          if (image.error === "unsupported" && block.alt) out.push({ kind: "missingImage", alt: block.alt });
          break;
        }
        const file = `/img/${Object.keys(files).length + 1}.${image.kind === "jpeg" ? "jpg" : image.kind}`;
        files[file] = image.kind === "svg" ? Buffer.from(image.svg) : image.data;
        const scale = Math.min(1, CONTENT_WIDTH / (image.width * 0.75), MAX_IMAGE_HEIGHT / (image.height * 0.75));
        out.push({ kind: "image", path: file, alt: block.alt, width: Math.round(image.width * 0.75 * scale * 100) / 100 });
        break;
      }
      case "rule":
        out.push({ kind: "rule" });
        break;
    }
  }
  return { blocks: out, files, problems };
}
