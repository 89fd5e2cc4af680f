/**
 * Post-build verification of the built site (run on the staging folder, before it replaces dist/):
 * - every internal link (relative or site-absolute `/…`), anchor (#id in the target page) and asset (img, script,
 *   stylesheet, CSS url(), og:image, canonical) resolves, respecting the base path (a link that forgets /zaitaku/ is
 *   broken once published under it); links written as full URLs may lead to other systems on the same host;
 * - every page has a <title>, a meta description and a canonical URL under the site's URL;
 * - no `javascript:` (or vbscript:) URL, no inline event handler (on…=) anywhere;
 * - no published SVG image that scripts, handles events, links to `javascript:` or embeds HTML (lib/markdown/svg-safety.ts);
 * - nothing the Content-Security-Policy would block: inline <script> (JSON data blocks and the hashed scripts of
 *   src/lib/site/inline-scripts.ts are fine), <style>, style="…" attributes.
 * A problem stops the build; each names the page file, its line and the link.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { SVG_ACTIVE_CONTENT_LABELS, svgActiveContent } from "../lib/markdown/svg-safety.ts";
import { INLINE_SCRIPTS } from "../lib/site/inline-scripts.ts";

/** One problem in the built site. */
export interface SiteProblem {
  /** The page (or CSS) file, relative to the output folder, e.g. pamphlets/a/index.html. */
  page: string;
  /** Line in that file. */
  line?: number | undefined;
  /** The URL or attribute at fault. */
  target?: string | undefined;
  /** What is wrong, in Japanese. */
  message: string;
}

/** Options: where the site will be published. */
export interface VerifyOptions {
  /** The site's origin from site.yaml, e.g. https://zaitaku.example.jp. */
  siteUrl: string;
  /** The base path, e.g. "/" or "/zaitaku/". */
  base: string;
}

type Element = DefaultTreeAdapterTypes.Element;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "poster", "data", "cite", "background", "xlink:href"]);
/** Script types that are data, not code (allowed inline; the CSP does not apply to them). */
const DATA_SCRIPT_TYPES = new Set(["application/ld+json", "application/json", "importmap", "speculationrules"]);
const DANGEROUS_SCHEME = /^(javascript|vbscript):/i;

/** A URL in a page (or CSS) that must resolve. */
export interface Reference {
  page: string;
  line?: number | undefined;
  url: string;
  /**
   * A link staff wrote as a full URL (`<a href="https://…">`): it may point at another system on the same host
   * (an application form, the city's CMS), so it is not required to be a file of this site.
   */
  absoluteLinkAllowed?: boolean;
}

/** Lists every file under `dir` (relative, `/`-separated), sorted. */
function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else files.push(rel);
    }
  };
  walk("");
  return files.sort();
}

/** The site path a file is served at: pamphlets/a/index.html → /zaitaku/pamphlets/a/. */
function pathOfFile(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

/**
 * Verifies a built site.
 * @param dir the output (staging) folder
 * @returns every problem found (empty when the site is sound)
 */
export function verifySite(dir: string, options: VerifyOptions): SiteProblem[] {
  return verifyPages(dir, options).problems;
}

/**
 * {@link verifySite}, with the files under `pendingFolder` (e.g. `pagefind/`, which the search step is still
 * writing while the pages are verified beside it) not checked yet: references to them come back as `pending`.
 */
export function verifyPages(
  dir: string,
  options: VerifyOptions,
  pendingFolder?: string,
): { problems: SiteProblem[]; pending: Reference[] } {
  const { base, origin } = siteRoot(options);
  const files = listFiles(dir);
  const fileSet = new Set(files);
  const problems: SiteProblem[] = [];
  const ids = new Map<string, Set<string>>();
  const references: Reference[] = [];

  for (const page of files.filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(path.join(dir, page), "utf8");
    const document = parse(html, { sourceCodeLocationInfo: true });
    const pageIds = new Set<string>();
    ids.set(page, pageIds);
    const head: HeadFacts = { title: "", description: undefined, canonical: undefined, noindex: false };
    const visit = (node: ChildNode | DefaultTreeAdapterTypes.Document | DefaultTreeAdapterTypes.DocumentFragment) => {
      if ("tagName" in node) inspectElement(node, page, head, pageIds, references, problems);
      const children = "childNodes" in node ? node.childNodes : [];
      const content =
        "tagName" in node && node.tagName === "template"
          ? (node as unknown as { content: DefaultTreeAdapterTypes.DocumentFragment }).content
          : undefined;
      for (const child of [...children, ...(content?.childNodes ?? [])]) visit(child);
    };
    visit(document);
    if (!head.title.trim()) problems.push({ page, message: "<title>（ページの題名）がありません" });
    if (!head.description?.trim()) problems.push({ page, message: '<meta name="description">（ページの説明）がありません' });
    if (!head.canonical) {
      // A page kept out of search engines (404, staff pages) has no canonical URL of its own.
      if (!head.noindex) problems.push({ page, message: '<link rel="canonical">（正式な URL）がありません' });
    } else if (!head.canonical.startsWith(`${origin}${base}`)) {
      problems.push({
        page,
        target: head.canonical,
        message: `正式な URL（canonical）がサイトの URL（${origin}${base}）の下にありません`,
      });
    }
  }

  for (const css of files.filter((f) => f.endsWith(".css"))) {
    const text = readFileSync(path.join(dir, css), "utf8");
    for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      const url = (m[2] ?? "").trim();
      if (url.startsWith("data:") || url.startsWith("#")) continue;
      references.push({ page: css, line: text.slice(0, m.index).split("\n").length, url });
    }
  }

  // The content check refuses such images already; an SVG is a page of its own when opened, outside the pages' CSP,
  // so the published files are looked at once more.
  for (const svg of files.filter((f) => f.endsWith(".svg"))) {
    const active = svgActiveContent(readFileSync(path.join(dir, svg), "utf8"));
    if (active) {
      problems.push({ page: svg, message: `SVG 画像に${SVG_ACTIVE_CONTENT_LABELS[active]}が含まれています` });
    }
  }

  const pending: Reference[] = [];
  const ctx: ResolveContext = { base, origin, fileSet, ids, dir, pendingFolder, pending };
  for (const ref of references) {
    const problem = checkReference(ref, ctx);
    if (problem) problems.push(problem);
  }
  return { problems, pending };
}

/**
 * The pending references of {@link verifyPages}, checked now that the later step has written its files (the same
 * resolution as every other reference; they point at no page, so there are no anchors to check).
 */
export function pendingProblems(dir: string, options: VerifyOptions, pending: readonly Reference[]): SiteProblem[] {
  if (pending.length === 0) return [];
  const ctx: ResolveContext = { ...siteRoot(options), fileSet: new Set(listFiles(dir)), ids: new Map(), dir, pending: [] };
  return pending.flatMap((ref) => checkReference(ref, ctx) ?? []);
}

/** The site's base path (always ending in `/`) and origin. */
function siteRoot(options: VerifyOptions): { base: string; origin: string } {
  return { base: options.base.endsWith("/") ? options.base : `${options.base}/`, origin: new URL(options.siteUrl).origin };
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
        problems.push({
          page,
          line,
          target: textContent(element).trim().slice(0, 60),
          message:
            "インラインの <script> があります（Content-Security-Policy で動かなくなります。スクリプトは別ファイルにしてください）",
        });
      }
      break;
    }
    case "style":
      problems.push({
        page,
        line,
        target: textContent(element).trim().slice(0, 60),
        message:
          "インラインの <style> があります（Content-Security-Policy で無効になります。build.inlineStylesheets を確認してください）",
      });
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

interface ResolveContext {
  base: string;
  origin: string;
  fileSet: Set<string>;
  ids: Map<string, Set<string>>;
  dir: string;
  /** References into this folder are collected in `pending` instead of checked. */
  pendingFolder?: string | undefined;
  pending: Reference[];
}

function checkReference(ref: Reference, ctx: ResolveContext): SiteProblem | undefined {
  const raw = ref.url.trim();
  if (raw === "" || raw === "#") return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore control characters inside a scheme.
  const compact = raw.replace(/[\u0000-\u0020]/g, "");
  if (DANGEROUS_SCHEME.test(compact)) return undefined; // reported with the attribute
  if (raw.startsWith("//")) return undefined; // another host
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^https?:/i.test(raw)) return undefined; // tel:, mailto:
  if (ref.absoluteLinkAllowed && /^https?:/i.test(raw)) return undefined;
  const pageDir = ref.page.includes("/") ? ref.page.slice(0, ref.page.lastIndexOf("/") + 1) : "";
  const pageUrl = new URL(`${ctx.origin}${pathOfFile(pageDir, ctx.base)}${ref.page.slice(pageDir.length)}`);
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return { page: ref.page, line: ref.line, target: raw, message: "URL として読めません" };
  }
  if (url.origin !== ctx.origin) return undefined; // external: not fetched at build time
  if (!url.pathname.startsWith(ctx.base)) {
    return {
      page: ref.page,
      line: ref.line,
      target: raw,
      message: `サイトのベースパス（${ctx.base}）の外を指しています。公開すると見つからないリンクです`,
    };
  }
  let file: string;
  try {
    file = decodeURIComponent(url.pathname.slice(ctx.base.length));
  } catch {
    return { page: ref.page, line: ref.line, target: raw, message: "URL の % の書き方が正しくありません" };
  }
  if (ctx.pendingFolder && file.startsWith(ctx.pendingFolder)) {
    ctx.pending.push(ref);
    return undefined;
  }
  let target: string | undefined;
  if (file === "" || file.endsWith("/")) target = `${file}index.html`;
  else if (ctx.fileSet.has(file)) target = file;
  else if (ctx.fileSet.has(`${file}/index.html`)) target = `${file}/index.html`;
  else if (isDirectory(path.join(ctx.dir, file))) target = `${file}/index.html`;
  if (!target || !ctx.fileSet.has(target)) {
    return { page: ref.page, line: ref.line, target: raw, message: "リンク先・読み込み先のファイルがありません" };
  }
  if (url.hash.length > 1 && target.endsWith(".html")) {
    let id: string;
    try {
      id = decodeURIComponent(url.hash.slice(1));
    } catch {
      id = url.hash.slice(1);
    }
    if (!ctx.ids.get(target)?.has(id)) {
      return { page: ref.page, line: ref.line, target: raw, message: `リンク先のページに見出し・位置（#${id}）がありません` };
    }
  }
  return undefined;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** One problem as a line: 「pamphlets/a/index.html:12 リンク先…: /zaitaku/x/」. */
export function formatSiteProblem(problem: SiteProblem): string {
  return `${problem.page}${problem.line ? `:${problem.line}` : ""} ${problem.message}${problem.target ? `: ${problem.target}` : ""}`;
}
