/**
 * Print blocks (from src/lib/markdown-blocks.ts) → flow blocks: headings keep with what follows, list items and
 * table rows are blocks of their own (so pages break between them), a table's header row repeats on the next
 * page, paragraphs may break between lines (the engine cuts text-only blocks into lines), images are drawn by the
 * PDF writer.
 */
import type { CellAlign, DocBlock, TextRun } from "../../lib/markdown-blocks.ts";
import type { FlowBlock } from "./flow.ts";
import type { PrintFonts } from "./fonts.ts";
import type { PrintImage } from "./images.ts";
import { COLOR, CONTENT_WIDTH, h, type PrintChild, type PrintElement, TYPE } from "./theme.ts";

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

/** Cell padding and the smallest column width (in characters) of tables. */
const CELL_PAD_X = 7;
const CELL_PAD_Y = 4;
const MIN_COLUMN_CHARS = 4;
/** Images never take more than this height, so a picture does not eat a page. */
const MAX_IMAGE_HEIGHT = 300;

/** Inline runs as satori children: bold runs in spans; external links keep their address visible on paper. */
export function runChildren(runs: readonly TextRun[]): PrintChild[] {
  return runs.flatMap((run): PrintChild[] => {
    const external = run.href && /^https?:\/\//.test(run.href) && run.href !== run.text ? `（${run.href}）` : "";
    const text = `${run.text}${external}`;
    return [run.bold ? h("span", { fontWeight: 700 }, text) : text];
  });
}

const textBlock = (runs: readonly TextRun[], style: Record<string, string | number> = {}): PrintElement =>
  h("div", { display: "block", whiteSpace: "pre-line", ...style }, ...runChildren(runs));

function paragraphBlock(
  runs: TextRun[],
  line: number,
  marginTop: number,
  style: Record<string, string | number> = {},
): FlowBlock {
  return { content: { kind: "element", element: textBlock(runs, style) }, marginTop, line };
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

function tableBlocks(block: Extract<DocBlock, { kind: "table" }>, fonts: PrintFonts, problems: BlockProblem[]): FlowBlock[] {
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
  let size: number = TYPE.table;
  let widths = layoutAt(size);
  if (!widths) {
    size = TYPE.minimum;
    widths = layoutAt(size);
  }
  if (!widths) {
    problems.push({
      severity: "error",
      line: block.line,
      field: "表",
      value: `${columns}列`,
      message: `表の列が多すぎて、A4の紙の幅に収まりません（${columns}列。文字を${TYPE.minimum}ポイントより小さくはしません）`,
      hint: "表を2つに分けるか、列の数を減らしてください（目安: 8列まで）",
    });
    return [];
  }
  const colWidths = widths;
  const row = (cells: TextRun[][], header: boolean) =>
    h(
      "div",
      {
        display: "flex",
        flexDirection: "row",
        width: CONTENT_WIDTH,
        fontSize: size,
        lineHeight: 1.55,
        borderLeft: `1px solid ${COLOR.rule}`,
        borderBottom: `1px solid ${COLOR.rule}`,
        ...(header ? { borderTop: `1px solid ${COLOR.rule}`, backgroundColor: COLOR.tableHead, fontWeight: 700 } : {}),
      },
      ...colWidths.map((width, c) =>
        h(
          "div",
          {
            display: "block",
            whiteSpace: "pre-line",
            width,
            flexShrink: 0,
            padding: `${CELL_PAD_Y}px ${CELL_PAD_X}px`,
            borderRight: `1px solid ${COLOR.rule}`,
            textAlign: alignOf(block.align[c] ?? null),
          },
          ...runChildren(cells[c] ?? []),
        ),
      ),
    );
  const header: FlowBlock = {
    content: { kind: "element", element: row(block.header, true) },
    marginTop: 12,
    keepWithNext: true,
    line: block.line,
  };
  return [
    header,
    ...block.rows.map(
      (r): FlowBlock => ({
        content: { kind: "element", element: row(r.cells, false) },
        marginTop: 0,
        repeatAtPageTop: header,
        line: r.line,
      }),
    ),
  ];
}

function alignOf(align: CellAlign): string {
  return align === "center" ? "center" : align === "right" ? "right" : "left";
}

/**
 * Converts print blocks to flow blocks.
 * @param resolveImage finds and reads an image referenced from the body
 */
export function docFlowBlocks(
  blocks: readonly DocBlock[],
  fonts: PrintFonts,
  resolveImage: ImageResolver,
): { blocks: FlowBlock[]; problems: BlockProblem[] } {
  const out: FlowBlock[] = [];
  const problems: BlockProblem[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "heading": {
        const style =
          block.depth === 2
            ? {
                fontSize: TYPE.h2,
                fontWeight: 700,
                lineHeight: 1.45,
                color: COLOR.accent,
                paddingBottom: 4,
                borderBottom: `2.5px solid ${COLOR.accent}`,
              }
            : block.depth === 3
              ? { fontSize: TYPE.h3, fontWeight: 700, lineHeight: 1.5, paddingLeft: 9, borderLeft: `5px solid ${COLOR.accent}` }
              : { fontSize: TYPE.h4, fontWeight: 700, lineHeight: 1.5 };
        out.push({
          content: { kind: "element", element: textBlock(block.runs, style) },
          marginTop: block.depth === 2 ? 26 : 18,
          keepWithNext: true,
          line: block.line,
        });
        break;
      }
      case "paragraph":
        out.push(paragraphBlock(block.runs, block.line, 10));
        break;
      case "quote":
        out.push(
          paragraphBlock(block.runs, block.line, 12, {
            padding: "8px 12px",
            borderLeft: `4px solid ${COLOR.accent}`,
            backgroundColor: COLOR.noticeBack,
          }),
        );
        break;
      case "listItem": {
        const marker = block.ordered ? `${block.marker}.` : "●";
        const markerWidth = block.ordered ? TYPE.body * 1.9 : TYPE.body * 1.3;
        const element = h(
          "div",
          { display: "flex", flexDirection: "row", paddingLeft: block.depth * TYPE.body * 1.5 },
          h(
            "div",
            block.ordered
              ? { display: "block", width: markerWidth, flexShrink: 0, fontWeight: 700 }
              : {
                  display: "block",
                  width: markerWidth,
                  flexShrink: 0,
                  fontSize: 9,
                  lineHeight: (TYPE.body * TYPE.lineHeight) / 9,
                  color: COLOR.accent,
                },
            marker,
          ),
          h(
            "div",
            { display: "block", whiteSpace: "pre-line", flexGrow: 1, flexShrink: 1, width: 0 },
            ...runChildren(block.runs),
          ),
        );
        out.push({
          content: { kind: "element", element },
          marginTop: block.first && block.depth === 0 ? 8 : 3,
          line: block.line,
        });
        break;
      }
      case "table":
        out.push(...tableBlocks(block, fonts, problems));
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
          if (image.error === "unsupported" && block.alt) {
            out.push(paragraphBlock([{ text: `［画像: ${block.alt}］` }], block.line, 12, { color: COLOR.muted }));
          }
          break;
        }
        const scale = Math.min(1, CONTENT_WIDTH / (image.width * 0.75), MAX_IMAGE_HEIGHT / (image.height * 0.75));
        out.push({
          content: { kind: "image", image, width: image.width * 0.75 * scale, height: image.height * 0.75 * scale },
          marginTop: 14,
          line: block.line,
        });
        break;
      }
      case "rule":
        out.push({
          content: { kind: "element", element: h("div", { height: 1, backgroundColor: COLOR.rule }) },
          marginTop: 14,
          line: block.line,
        });
        break;
    }
  }
  return { blocks: out, problems };
}
