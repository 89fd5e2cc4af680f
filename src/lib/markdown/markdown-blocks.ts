/**
 * Markdown/MDX body → a flat list of print blocks (headings, paragraphs, list items, tables, images) with their
 * line in the file. Print outputs lay these out; they never see Markdown syntax. Parsed with the same micromark
 * extensions Astro uses (GFM, and MDX for .mdx files), so the PDF reads the same structure as the web page.
 */

import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { gfm } from "micromark-extension-gfm";
import { mdxjs } from "micromark-extension-mdxjs";

/** A piece of inline text with one style. */
export interface TextRun {
  text: string;
  /** 太字 (**strong**). */
  bold?: boolean;
  /** Link target as written (site paths start with "/"). */
  href?: string;
}

/** Column alignment of a table. */
export type CellAlign = "left" | "center" | "right" | null;

/** One block of a document, located in its source file. */
export type DocBlock =
  | { kind: "heading"; depth: number; runs: TextRun[]; line: number }
  | { kind: "paragraph"; runs: TextRun[]; line: number }
  | { kind: "listItem"; ordered: boolean; marker: number; depth: number; runs: TextRun[]; line: number; first: boolean }
  | { kind: "table"; align: CellAlign[]; header: TextRun[][]; rows: TableRow[]; line: number }
  | { kind: "image"; src: string; alt: string; line: number }
  | { kind: "quote"; runs: TextRun[]; line: number }
  | { kind: "rule"; line: number };

/** A table body row and its line. */
export interface TableRow {
  cells: TextRun[][];
  line: number;
}

/** Content the print layout cannot show (e.g. an MDX component), reported as a warning. */
export interface SkippedContent {
  line: number;
  what: string;
}

/** Options for {@link markdownBlocks}. */
export interface MarkdownBlockOptions {
  /** Parse MDX syntax (JSX, expressions, import/export); true for .mdx files. */
  mdx?: boolean;
  /** Line of the body's first line in the file (after front matter), so lines match the file. Default 1. */
  firstLine?: number;
}

interface AnyNode {
  type: string;
  position?: { start: { line: number } } | undefined;
  children?: AnyNode[];
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/**
 * Converts a Markdown/MDX body into print blocks.
 * @returns the blocks in reading order, and what was left out
 */
export function markdownBlocks(
  body: string,
  options: MarkdownBlockOptions = {},
): { blocks: DocBlock[]; skipped: SkippedContent[] } {
  const tree = fromMarkdown(body, {
    extensions: options.mdx ? [gfm(), mdxjs()] : [gfm()],
    mdastExtensions: options.mdx ? [gfmFromMarkdown(), mdxFromMarkdown()] : [gfmFromMarkdown()],
  });
  const offset = (options.firstLine ?? 1) - 1;
  const blocks: DocBlock[] = [];
  const skipped: SkippedContent[] = [];
  const lineOf = (node: AnyNode) => (node.position?.start.line ?? 1) + offset;

  const flow = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) block(node);
  };

  const block = (node: AnyNode): void => {
    const line = lineOf(node);
    switch (node.type) {
      case "heading":
        blocks.push({ kind: "heading", depth: Math.max(2, (node as { depth?: number }).depth ?? 2), runs: inline(node), line });
        return;
      case "paragraph":
        paragraph(node, line);
        return;
      case "list":
        list(node, 0);
        return;
      case "table":
        table(node, line);
        return;
      case "blockquote":
        blocks.push({ kind: "quote", runs: joinParagraphs(node.children ?? []), line });
        return;
      case "code":
        blocks.push({ kind: "paragraph", runs: [{ text: node.value ?? "" }], line });
        return;
      case "thematicBreak":
        blocks.push({ kind: "rule", line });
        return;
      case "html": {
        const image = htmlImage(node.value ?? "");
        if (image) blocks.push({ kind: "image", ...image, line });
        else if ((node.value ?? "").trim() && !/^<!--/.test((node.value ?? "").trim())) skipped.push({ line, what: "HTML" });
        return;
      }
      case "mdxJsxFlowElement": {
        const image = jsxImage(node);
        if (image) blocks.push({ kind: "image", ...image, line });
        else if (node.children?.length) flow(node.children);
        else skipped.push({ line, what: `<${node.name ?? ""}>` });
        return;
      }
      case "mdxjsEsm":
      case "definition":
      case "yaml":
        return;
      case "mdxFlowExpression":
        if ((node.value ?? "").trim() && !/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? "")) skipped.push({ line, what: "{…}" });
        return;
      default:
        skipped.push({ line, what: node.type });
    }
  };

  const paragraph = (node: AnyNode, line: number): void => {
    // Images inside a paragraph become blocks of their own; the text around them stays in order.
    let runs: TextRun[] = [];
    let runLine = line;
    const flush = () => {
      const trimmed = trimRuns(runs);
      if (trimmed.length) blocks.push({ kind: "paragraph", runs: trimmed, line: runLine });
      runs = [];
    };
    for (const child of node.children ?? []) {
      const image = child.type === "image" ? markdownImage(child) : child.type === "mdxJsxTextElement" ? jsxImage(child) : null;
      const htmlImg = child.type === "html" ? htmlImage(child.value ?? "") : null;
      if (image || htmlImg) {
        flush();
        blocks.push({ kind: "image", ...(image ?? htmlImg ?? { src: "", alt: "" }), line: lineOf(child) });
        runLine = lineOf(child);
      } else {
        runs.push(...phrasing(child));
      }
    }
    flush();
  };

  const list = (node: AnyNode, depth: number): void => {
    const ordered = (node as { ordered?: boolean | null }).ordered === true;
    let marker = (node as { start?: number | null }).start ?? 1;
    let first = true;
    for (const item of node.children ?? []) {
      const nested: AnyNode[] = [];
      const texts: AnyNode[] = [];
      for (const child of item.children ?? []) (child.type === "list" ? nested : texts).push(child);
      blocks.push({ kind: "listItem", ordered, marker, depth, runs: joinParagraphs(texts), line: lineOf(item), first });
      first = false;
      marker++;
      for (const sub of nested) list(sub, depth + 1);
    }
  };

  const table = (node: AnyNode, line: number): void => {
    const [head, ...body] = node.children ?? [];
    const cells = (row: AnyNode | undefined) => (row?.children ?? []).map((cell) => trimRuns(inline(cell)));
    blocks.push({
      kind: "table",
      align: ((node as { align?: CellAlign[] | null }).align ?? []).map((a) => a ?? null),
      header: cells(head),
      rows: body.map((row) => ({ cells: cells(row), line: lineOf(row) })),
      line,
    });
  };

  const inline = (node: AnyNode): TextRun[] => mergeRuns((node.children ?? []).flatMap((child) => phrasing(child)));

  const phrasing = (node: AnyNode, style: { bold?: boolean; href?: string } = {}): TextRun[] => {
    switch (node.type) {
      case "text":
      case "inlineCode":
        return [{ text: (node.value ?? "").replace(/\r?\n/g, ""), ...style }];
      case "strong":
        return (node.children ?? []).flatMap((c) => phrasing(c, { ...style, bold: true }));
      case "emphasis":
      case "delete":
        return (node.children ?? []).flatMap((c) => phrasing(c, style));
      case "link": {
        const href = (node as { url?: string }).url ?? "";
        return (node.children ?? []).flatMap((c) => phrasing(c, { ...style, href }));
      }
      case "break":
        return [{ text: "\n", ...style }];
      case "html":
        return /^<br\s*\/?>$/i.test((node.value ?? "").trim()) ? [{ text: "\n", ...style }] : [];
      case "mdxJsxTextElement":
        return (node.children ?? []).flatMap((c) => phrasing(c, style));
      case "image":
        return [];
      default:
        if (node.type !== "mdxTextExpression" && node.type !== "footnoteReference") {
          skipped.push({ line: lineOf(node), what: node.type });
        }
        return [];
    }
  };

  const joinParagraphs = (nodes: readonly AnyNode[]): TextRun[] => {
    const runs: TextRun[] = [];
    for (const node of nodes) {
      const part =
        node.type === "paragraph" || node.type === "heading" ? inline(node) : node.children ? joinParagraphs(node.children) : [];
      if (!part.length) continue;
      if (runs.length) runs.push({ text: "\n" });
      runs.push(...part);
    }
    return trimRuns(mergeRuns(runs));
  };

  flow(tree.children as unknown as AnyNode[]);
  return { blocks, skipped };
}

/** The plain text of runs (for measuring, glyph checks and tests). */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join("");
}

/** Every text of a block list with its line (for glyph checks). */
export function blockTexts(blocks: readonly DocBlock[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case "table":
        out.push(...b.header.map((cell) => ({ text: runsText(cell), line: b.line })));
        for (const row of b.rows) out.push(...row.cells.map((cell) => ({ text: runsText(cell), line: row.line })));
        break;
      case "image":
        break;
      case "rule":
        break;
      default:
        out.push({ text: runsText(b.runs), line: b.line });
    }
  }
  return out;
}

function markdownImage(node: AnyNode): { src: string; alt: string } | null {
  const { url, alt } = node as unknown as { url?: string; alt?: string | null };
  return url ? { src: url, alt: (alt ?? "").trim() } : null;
}

function jsxImage(node: AnyNode): { src: string; alt: string } | null {
  if (node.name !== "img" && node.name !== "Image") return null;
  const attr = (name: string) => {
    const found = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
    return typeof found?.value === "string" ? found.value : "";
  };
  return attr("src") ? { src: attr("src"), alt: attr("alt").trim() } : null;
}

function htmlImage(html: string): { src: string; alt: string } | null {
  const tag = /^\s*<img\b[^>]*>\s*$/i.exec(html)?.[0];
  if (!tag) return null;
  const src = /\bsrc=["']([^"']+)["']/.exec(tag)?.[1];
  return src ? { src, alt: (/\balt=["']([^"']*)["']/.exec(tag)?.[1] ?? "").trim() } : null;
}

/** Joins neighbouring runs of the same style. */
function mergeRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.bold === run.bold && last.href === run.href) last.text += run.text;
    else out.push({ ...run });
  }
  return out.filter((r) => r.text.length > 0);
}

/** Drops leading/trailing whitespace of a run list. */
function trimRuns(runs: readonly TextRun[]): TextRun[] {
  const out = mergeRuns(runs);
  const first = out[0];
  if (first) first.text = first.text.replace(/^\s+/, "");
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, "");
  return out.filter((r) => r.text.length > 0);
}
