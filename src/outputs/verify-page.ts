/**
 * One built page, read for the post-build verification (verify-site.ts): its ids, the URLs it refers to, and what is
 * wrong in it by itself (title, description, canonical URL, inline scripts and styles, event handlers, javascript: URLs).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { INLINE_SCRIPTS } from "../lib/site/inline-scripts.ts";
import { DANGEROUS_SCHEME, type Reference, type SiteProblem } from "./verify-references.ts";

type Element = DefaultTreeAdapterTypes.Element;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "poster", "data", "cite", "background", "xlink:href"]);
/** Script types that are data, not code (allowed inline; the CSP does not apply to them). */
const DATA_SCRIPT_TYPES = new Set(["application/ld+json", "application/json", "importmap", "speculationrules"]);

/** What one page holds for the verification. */
export interface ReadPage {
  /** The ids (and `<a name>`s) a link's #anchor may point at. */
  ids: Set<string>;
  /** Every URL the page refers to, in the order written. */
  references: Reference[];
  /** What is wrong in the page by itself. */
  problems: SiteProblem[];
}

/**
 * Reads one page of the built site.
 * @param page the page file, relative to `dir`
 * @param siteUrl the site's origin and base path (`https://example.jp/zaitaku/`): the canonical URL must be under it
 */
export function readPage(dir: string, page: string, siteUrl: string): ReadPage {
  const document = parse(readFileSync(path.join(dir, page), "utf8"), { sourceCodeLocationInfo: true });
  const read: ReadPage = { ids: new Set(), references: [], problems: [] };
  const head: HeadFacts = { title: "", description: undefined, canonical: undefined, noindex: false };
  const visit = (node: ChildNode | DefaultTreeAdapterTypes.Document | DefaultTreeAdapterTypes.DocumentFragment) => {
    if ("tagName" in node) inspectElement(node, page, head, read.ids, read.references, read.problems);
    const children = "childNodes" in node ? node.childNodes : [];
    const content =
      "tagName" in node && node.tagName === "template"
        ? (node as unknown as { content: DefaultTreeAdapterTypes.DocumentFragment }).content
        : undefined;
    for (const child of [...children, ...(content?.childNodes ?? [])]) visit(child);
  };
  visit(document);
  const problems = read.problems;
  if (!head.title.trim()) problems.push({ page, message: "<title>（ページの題名）がありません" });
  if (!head.description?.trim()) problems.push({ page, message: '<meta name="description">（ページの説明）がありません' });
  if (!head.canonical) {
    // A page kept out of search engines (404, staff pages) has no canonical URL of its own.
    if (!head.noindex) problems.push({ page, message: '<link rel="canonical">（正式な URL）がありません' });
  } else if (!head.canonical.startsWith(siteUrl)) {
    problems.push({
      page,
      target: head.canonical,
      message: `正式な URL（canonical）がサイトの URL（${siteUrl}）の下にありません`,
    });
  }
  return read;
}

interface HeadFacts {
  title: string;
  description: string | undefined;
  canonical: string | undefined;
  noindex: boolean;
}

function textContent(node: ChildNode): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterTypes.TextNode).value;
  return "childNodes" in node ? node.childNodes.map(textContent).join("") : "";
}

function inspectElement(
  element: Element,
  page: string,
  head: HeadFacts,
  pageIds: Set<string>,
  references: Reference[],
  problems: SiteProblem[],
): void {
  const line = element.sourceCodeLocation?.startLine;
  const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value;
  /** Inline code or style, quoted by its start. */
  const inline = (message: string) => problems.push({ page, line, target: textContent(element).trim().slice(0, 60), message });
  for (const a of element.attrs) {
    const name = a.name.toLowerCase();
    if (name.startsWith("on")) {
      problems.push({ page, line, target: `${name}="${a.value}"`, message: `インラインのイベント属性（${name}）があります` });
    }
    if (name === "style") {
      problems.push({
        page,
        line,
        target: `style="${a.value}"`,
        message: "style 属性があります（Content-Security-Policy で無効になります）",
      });
    }
    if (name === "id" || (name === "name" && element.tagName === "a")) pageIds.add(a.value);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore control characters inside a scheme.
    const compact = a.value.replace(/[\u0000-\u0020]/g, "");
    const refresh = name === "content" && attr("http-equiv")?.toLowerCase() === "refresh";
    const url = refresh ? compact.replace(/^\d*;?url=/i, "") : compact;
    if ((URL_ATTRIBUTES.has(name) || name === "srcset" || refresh) && DANGEROUS_SCHEME.test(url)) {
      problems.push({ page, line, target: `${name}="${a.value}"`, message: "javascript: の URL があります" });
    }
  }
  switch (element.tagName) {
    case "title":
      if (!element.parentNode || element.parentNode.nodeName === "head") head.title = textContent(element);
      break;
    case "meta":
      if (attr("name") === "description") head.description = attr("content");
      if (attr("name") === "robots" && /noindex/i.test(attr("content") ?? "")) head.noindex = true;
      if (attr("http-equiv")?.toLowerCase() === "refresh") {
        const url = /url=(.*)$/i.exec(attr("content") ?? "")?.[1];
        if (url) references.push({ page, line, url: url.trim() });
      }
      if (/^og:(image|url)$/.test(attr("property") ?? "")) {
        const url = attr("content");
        if (url) references.push({ page, line, url });
      }
      break;
    case "link": {
      const rel = (attr("rel") ?? "").toLowerCase().split(/\s+/);
      const href = attr("href");
      if (rel.includes("canonical")) head.canonical = href;
      // Hints to other origins (preconnect, dns-prefetch) are not resources of this site.
      if (href && !rel.includes("preconnect") && !rel.includes("dns-prefetch")) references.push({ page, line, url: href });
      break;
    }
    case "script": {
      const src = attr("src");
      const type = (attr("type") ?? "").toLowerCase();
      if (src) references.push({ page, line, url: src });
      else if (
        !DATA_SCRIPT_TYPES.has(type) &&
        textContent(element).trim() !== "" &&
        !INLINE_SCRIPTS.includes(textContent(element))
      ) {
        inline(
          "インラインの <script> があります（Content-Security-Policy で動かなくなります。スクリプトは別ファイルにしてください）",
        );
      }
      break;
    }
    case "style":
      inline(
        "インラインの <style> があります（Content-Security-Policy で無効になります。build.inlineStylesheets を確認してください）",
      );
      break;
    default:
      for (const a of element.attrs) {
        const name = a.name.toLowerCase();
        if (URL_ATTRIBUTES.has(name)) {
          references.push({
            page,
            line,
            url: a.value,
            absoluteLinkAllowed: name === "href" && /^(a|area)$/.test(element.tagName),
          });
        }
        if (name === "srcset") {
          for (const candidate of a.value.split(",")) {
            const url = candidate.trim().split(/\s+/)[0];
            if (url) references.push({ page, line, url });
          }
        }
      }
  }
}
