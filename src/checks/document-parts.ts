/**
 * The parts of a Markdown/MDX body that checks look at (headings, links, images, tables, HTML/JSX elements,
 * `{…}` expressions, text), extracted once per document from its syntax tree, with file lines and columns.
 * Markdown syntax, raw HTML in `.md` (parsed with parse5) and JSX in `.mdx` all end up in the same lists.
 */
import type { Nodes, Root } from "mdast";
import { type DefaultTreeAdapterTypes, parseFragment } from "parse5";
import type { ContentDocument, TextRole } from "./model.ts";

/** Where a part came from. */
export type PartSource = "markdown" | "html" | "jsx";

/** A located part of a document. */
export interface Located {
  /** 1-based file line. */
  line?: number | undefined;
  /** 1-based column. */
  column?: number | undefined;
  source: PartSource;
}

export interface HeadingPart extends Located {
  depth: number;
  text: string;
}

export interface LinkPart extends Located {
  href: string;
  /** The link text; undefined when it cannot be known (definitions, HTML split over several nodes). */
  text?: string | undefined;
}

export interface ImagePart extends Located {
  src: string;
  /** The alt text; null when the alt attribute is missing altogether. */
  alt: string | null;
}

export interface TablePart extends Located {
  /** Texts of the header cells (Markdown: the first row; HTML/JSX: every th). */
  headerCells: string[];
}

export interface ElementPart extends Located {
  /** Tag name as written; null for a JSX fragment. */
  name: string | null;
  /** Attributes as written; value null = boolean attribute, undefined = JSX expression (`{…}`). */
  attributes: { name: string; value: string | null | undefined; line?: number | undefined; column?: number | undefined }[];
}

export interface CodePart extends Located {
  /** "expression" for `{…}`, "esm" for import/export. */
  kind: "expression" | "esm";
  value: string;
}

export interface BodyText {
  text: string;
  line: number;
  column?: number | undefined;
  role: TextRole;
}

/** Everything extracted from one body. */
export interface DocumentParts {
  headings: HeadingPart[];
  links: LinkPart[];
  images: ImagePart[];
  tables: TablePart[];
  elements: ElementPart[];
  code: CodePart[];
  texts: BodyText[];
}

const cache = new WeakMap<ContentDocument, DocumentParts>();

/** The parts of a document (computed once per document object). */
export function documentParts(doc: ContentDocument): DocumentParts {
  const cached = cache.get(doc);
  if (cached) return cached;
  const parts: DocumentParts = { headings: [], links: [], images: [], tables: [], elements: [], code: [], texts: [] };
  if (doc.tree) extract(doc.tree, doc.bodyFirstLine - 1, parts);
  cache.set(doc, parts);
  return parts;
}

/** Plain text of a Markdown node (text, inline code, image alt), as a screen reader would read a link. */
export function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode"))
    return node.value;
  if (node.type === "image" || node.type === "imageReference") return node.alt ?? "";
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join("");
  return "";
}

interface JsxAttributeNode {
  type: string;
  name?: string;
  value?: string | null | { type: string; value?: string };
  position?: { start: { line: number; column: number } };
}

interface JsxElementNode {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: JsxAttributeNode[];
  children: Nodes[];
  position?: { start: { line: number; column: number } };
}

function extract(tree: Root, offset: number, parts: DocumentParts): void {
  const definitions = new Map<string, string>();
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
    line: node.position ? node.position.start.line + offset : undefined,
    column: node.position?.start.column,
  });
  const walk = (node: Nodes) => {
    if (node.type === "definition") definitions.set(node.identifier, node.url);
    if ("children" in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);

  const visit = (node: Nodes): void => {
    const where = at(node);
    switch (node.type) {
      case "heading":
        parts.headings.push({ ...where, source: "markdown", depth: node.depth, text: plainText(node) });
        break;
      case "link":
        parts.links.push({ ...where, source: "markdown", href: node.url, text: plainText(node) });
        break;
      case "linkReference": {
        const href = definitions.get(node.identifier);
        if (href !== undefined) parts.links.push({ ...where, source: "markdown", href, text: plainText(node) });
        break;
      }
      case "definition":
        parts.links.push({ ...where, source: "markdown", href: node.url });
        break;
      case "image":
        parts.images.push({ ...where, source: "markdown", src: node.url, alt: node.alt ?? "" });
        if (node.alt && where.line) parts.texts.push({ text: node.alt, line: where.line, role: "prose" });
        break;
      case "imageReference": {
        const src = definitions.get(node.identifier) ?? "";
        parts.images.push({ ...where, source: "markdown", src, alt: node.alt ?? "" });
        break;
      }
      case "table": {
        const header = node.children[0];
        parts.tables.push({ ...where, source: "markdown", headerCells: (header?.children ?? []).map((cell) => plainText(cell)) });
        break;
      }
      case "text":
        if (where.line) parts.texts.push({ text: node.value, line: where.line, column: where.column, role: "prose" });
        break;
      case "inlineCode":
      case "code":
        if (where.line) parts.texts.push({ text: node.value, line: where.line, column: where.column, role: "code" });
        break;
      case "html":
        if (where.line) extractHtml(node.value, where.line, where.column ?? 1, parts);
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        parts.code.push({ ...where, source: "jsx", kind: "expression", value: node.value });
        break;
      case "mdxjsEsm":
        parts.code.push({ ...where, source: "jsx", kind: "esm", value: node.value });
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        extractJsx(node as unknown as JsxElementNode, offset, parts);
        break;
    }
    if ("children" in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
}

function extractJsx(node: JsxElementNode, offset: number, parts: DocumentParts): void {
  const line = node.position ? node.position.start.line + offset : undefined;
  const column = node.position?.start.column;
  const attributes: ElementPart["attributes"] = node.attributes.map((a) => ({
    name: a.type === "mdxJsxAttribute" ? (a.name ?? "") : "{…}",
    value: a.type !== "mdxJsxAttribute" ? undefined : a.value === null || typeof a.value === "string" ? a.value : undefined,
    line: a.position ? a.position.start.line + offset : line,
    column: a.position?.start.column ?? column,
  }));
  parts.elements.push({ line, column, source: "jsx", name: node.name, attributes });
  const attr = (name: string) => attributes.find((a) => a.name === name);
  const name = node.name?.toLowerCase();
  if (name === "img") {
    const alt = attr("alt");
    parts.images.push({ line, column, source: "jsx", src: attr("src")?.value ?? "", alt: alt ? (alt.value ?? "") : null });
    if (alt?.value && line) parts.texts.push({ text: alt.value, line: alt.line ?? line, role: "prose" });
  }
  if (name === "a") {
    const href = attr("href")?.value;
    if (typeof href === "string")
      parts.links.push({ line, column, source: "jsx", href, text: node.children.map(plainText).join("") });
  }
  if (name === "table") {
    const headerCells: string[] = [];
    const findTh = (children: Nodes[]) => {
      for (const child of children) {
        const jsx = child as unknown as JsxElementNode;
        if ((jsx.type === "mdxJsxFlowElement" || jsx.type === "mdxJsxTextElement") && jsx.name === "th") {
          headerCells.push(jsx.children.map(plainText).join(""));
        }
        if ("children" in child) findTh(child.children as Nodes[]);
      }
    };
    findTh(node.children);
    parts.tables.push({ line, column, source: "jsx", headerCells });
  }
}

type HtmlNode = DefaultTreeAdapterTypes.ChildNode;

/** Raw HTML of a `.md` body: parsed like a browser would, so `<ScRiPt>` and unquoted attributes are seen too. */
function extractHtml(html: string, line: number, column: number, parts: DocumentParts): void {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  const locate = (loc: { startLine: number; startCol: number } | null | undefined) =>
    loc
      ? { line: line + loc.startLine - 1, column: loc.startLine === 1 ? column + loc.startCol - 1 : loc.startCol }
      : { line, column };
  const textOf = (node: HtmlNode): string =>
    node.nodeName === "#text"
      ? (node as DefaultTreeAdapterTypes.TextNode).value
      : "childNodes" in node
        ? node.childNodes.map(textOf).join("")
        : "";
  const visit = (node: HtmlNode) => {
    if (node.nodeName === "#text") {
      const text = node as DefaultTreeAdapterTypes.TextNode;
      const where = locate(text.sourceCodeLocation);
      parts.texts.push({ text: text.value, line: where.line, column: where.column, role: "prose" });
      return;
    }
    if (!("tagName" in node)) return;
    const element = node as DefaultTreeAdapterTypes.Element;
    const where = locate(element.sourceCodeLocation);
    const attributes: ElementPart["attributes"] = element.attrs.map((a) => ({
      name: a.name,
      value: a.value,
      ...locate(element.sourceCodeLocation?.attrs?.[a.name]),
    }));
    parts.elements.push({ ...where, source: "html", name: element.tagName, attributes });
    const attr = (name: string) => element.attrs.find((a) => a.name === name);
    if (element.tagName === "img") {
      parts.images.push({ ...where, source: "html", src: attr("src")?.value ?? "", alt: attr("alt")?.value ?? null });
    }
    if (element.tagName === "a" && attr("href")) {
      const text = element.childNodes.length ? textOf(element) : undefined;
      parts.links.push({ ...where, source: "html", href: attr("href")?.value ?? "", text });
    }
    if (element.tagName === "table") {
      const headerCells: string[] = [];
      const findTh = (n: HtmlNode) => {
        if (n.nodeName === "th") headerCells.push(textOf(n));
        if ("childNodes" in n) n.childNodes.forEach(findTh);
      };
      element.childNodes.forEach(findTh);
      parts.tables.push({ ...where, source: "html", headerCells });
    }
    // <template> content lives in a separate fragment: look inside it too.
    const content = (element as { content?: DefaultTreeAdapterTypes.DocumentFragment }).content;
    for (const child of [...element.childNodes, ...(content?.childNodes ?? [])]) visit(child);
  };
  fragment.childNodes.forEach(visit);
}
