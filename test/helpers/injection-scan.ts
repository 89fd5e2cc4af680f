import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { INLINE_SCRIPTS } from "../../src/lib/site/inline-scripts.ts";

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset", "background"]);
const EXECUTABLE_ELEMENTS = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"]);

/**
 * Finds markup in built HTML that could run code: scripts other than the site's own bundles (src under the base
 * path) and its hashed inline snippet (src/lib/site/inline-scripts.ts), event-handler attributes, javascript:/vbscript:/data: URLs, frames and plug-ins, meta
 * refresh. Parsed as a browser would (parse5), so `<ScRiPt>` or unquoted attributes cannot hide.
 * @returns "file:line what" for every finding (empty when the site is clean)
 */
export function findExecutableMarkup(dir: string, base: string): string[] {
  const files: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (/\.html?$/.test(entry.name)) files.push(rel);
    }
  };
  walk("");
  return files.flatMap((file) => executableMarkupIn(readFileSync(path.join(dir, file), "utf8"), base, file));
}

/** {@link findExecutableMarkup} for one HTML string (a page or a rendered fragment). */
export function executableMarkupIn(html: string, base: string, file = "html"): string[] {
  const findings: string[] = [];
  const document = parse(html, { sourceCodeLocationInfo: true });
  const visit = (node: Node) => {
    if ("tagName" in node) {
      const at = `${file}:${node.sourceCodeLocation?.startLine ?? "?"}`;
      const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
      if (node.tagName === "script") {
        const src = attr("src");
        const text = node.childNodes
          .map((c) => (c.nodeName === "#text" ? (c as DefaultTreeAdapterTypes.TextNode).value : ""))
          .join("");
        const inline = text.trim() !== "";
        const data = /^application\/(ld\+)?json$/.test(attr("type") ?? "");
        // The site's own hashed snippet (src/lib/site/inline-scripts.ts, allowed by the CSP) is the one inline script allowed.
        const ownSnippet = !src && INLINE_SCRIPTS.includes(text);
        if (!data && !ownSnippet && (inline || !src || !src.startsWith(base))) findings.push(`${at} <script>`);
      }
      if (EXECUTABLE_ELEMENTS.has(node.tagName)) findings.push(`${at} <${node.tagName}>`);
      if (node.tagName === "meta" && /refresh/i.test(attr("http-equiv") ?? "")) findings.push(`${at} meta refresh`);
      for (const a of node.attrs) {
        if (/^on/i.test(a.name)) findings.push(`${at} ${a.name}=`);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore control characters inside a scheme.
        const compact = a.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
        if (URL_ATTRIBUTES.has(a.name) && /(^|,)(javascript|vbscript|data):/.test(compact))
          findings.push(`${at} ${a.name}="${a.value}"`);
      }
    }
    const children = "childNodes" in node ? node.childNodes : [];
    const content =
      "tagName" in node && node.tagName === "template"
        ? (node as unknown as { content: DefaultTreeAdapterTypes.DocumentFragment }).content.childNodes
        : [];
    for (const child of [...children, ...content]) visit(child);
  };
  visit(document);
  return findings;
}

/** The text content of the first element matching `tag` in an HTML string (entities decoded, as a browser shows it). */
export function textOf(html: string, tag: string): string | undefined {
  let found: string | undefined;
  // rt (ふりがな) is hidden until the reader turns it on, and aria-hidden: not part of the text people read.
  const text = (node: Node): string =>
    node.nodeName === "#text"
      ? (node as DefaultTreeAdapterTypes.TextNode).value
      : node.nodeName === "rt"
        ? ""
        : "childNodes" in node
          ? node.childNodes.map(text).join("")
          : "";
  const visit = (node: Node) => {
    if (found !== undefined) return;
    if ("tagName" in node && node.tagName === tag) found = text(node);
    else if ("childNodes" in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return found;
}

/** The value of `attribute` on the first element matching `selector` (tag plus one attribute equality). */
export function attributeOf(html: string, tag: string, match: [string, string], attribute: string): string | undefined {
  let found: string | undefined;
  const visit = (node: Node) => {
    if (found !== undefined) return;
    if ("tagName" in node && node.tagName === tag && node.attrs.some((a) => a.name === match[0] && a.value === match[1])) {
      found = node.attrs.find((a) => a.name === attribute)?.value;
    } else if ("childNodes" in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return found;
}
