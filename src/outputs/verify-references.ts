/**
 * Resolving the URLs of a built page against the site's files, for the post-build verification (verify-site.ts):
 * the base path, `/` → index.html, folders linked without their trailing slash, anchors (#id) in the target page.
 */
import { statSync } from "node:fs";
import path from "node:path";

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

/** `javascript:` and `vbscript:` URLs (reported with their attribute, never followed). */
export const DANGEROUS_SCHEME = /^(javascript|vbscript):/i;

/** A URL in a page (or CSS) that must resolve. */
export interface Reference {
  /** The page (or CSS) file it is written in, relative to the output folder. */
  page: string;
  /** Its line there. */
  line?: number | undefined;
  /** The URL as written. */
  url: string;
  /**
   * A link staff wrote as a full URL (`<a href="https://…">`): it may point at another system on the same host
   * (an application form, the city's CMS), so it is not required to be a file of this site.
   */
  absoluteLinkAllowed?: boolean;
}

/** The site path a file is served at: pamphlets/a/index.html → /zaitaku/pamphlets/a/. */
function pathOfFile(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** The site's base path (always ending in `/`) and origin. */
export function siteRoot(options: VerifyOptions): { base: string; origin: string } {
  return { base: options.base.endsWith("/") ? options.base : `${options.base}/`, origin: new URL(options.siteUrl).origin };
}

/** What resolving needs: the site's files, the ids of the pages read so far, and what was resolved already. */
export interface ResolveContext {
  /** The base path, ending in `/`. */
  base: string;
  /** The site's origin. */
  origin: string;
  /** Every file of the site. */
  fileSet: Set<string>;
  /** The ids of every page parsed so far. */
  ids: Map<string, Set<string>>;
  /** The output folder. */
  dir: string;
  /** References into this folder are collected in `pending` instead of checked. */
  pendingFolder?: string | undefined;
  /** The references into `pendingFolder`. */
  pending: Reference[];
  /** Site-absolute and full URLs resolved so far (the same for every page: most links are the header's and footer's). */
  resolved: Map<string, Resolution>;
}

/**
 * What resolving needs for one site.
 * @param files every file of the site (relative, `/`-separated)
 * @param pendingFolder references into this folder are left pending
 */
export function resolveContext(
  dir: string,
  options: VerifyOptions,
  files: readonly string[],
  pendingFolder?: string,
): ResolveContext {
  return { ...siteRoot(options), fileSet: new Set(files), ids: new Map(), dir, pendingFolder, pending: [], resolved: new Map() };
}

/** A link to an anchor of a page whose ids are not known yet. */
export interface AwaitingAnchor {
  /** The link. */
  ref: Reference;
  /** The page it leads to (relative to the output folder). */
  target: string;
}

/** Where a URL leads: a file of the site (and an anchor in it), why it leads nowhere, or not to be checked now. */
type Resolution = { file: string; id?: string | undefined } | { problem: string } | "elsewhere" | "pending";

/**
 * Checks one reference.
 * @param awaitingIds given while pages are still being parsed: a link to an anchor of a page not parsed yet is put
 *   here instead of checked
 */
export function checkReference(ref: Reference, ctx: ResolveContext, awaitingIds?: AwaitingAnchor[]): SiteProblem | undefined {
  const raw = ref.url.trim();
  if (raw === "" || raw === "#") return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore control characters inside a scheme.
  const compact = raw.replace(/[\u0000-\u0020]/g, "");
  if (DANGEROUS_SCHEME.test(compact)) return undefined; // reported with the attribute
  if (raw.startsWith("//")) return undefined; // another host
  const full = /^https?:/i.test(raw);
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !full) return undefined; // tel:, mailto:
  if (ref.absoluteLinkAllowed && full) return undefined;
  const pageIndependent = full || raw.startsWith("/");
  let resolution = pageIndependent ? ctx.resolved.get(raw) : undefined;
  if (!resolution) {
    resolution = resolveUrl(raw, ref.page, ctx);
    if (pageIndependent) ctx.resolved.set(raw, resolution);
  }
  if (resolution === "elsewhere") return undefined;
  if (resolution === "pending") {
    ctx.pending.push(ref);
    return undefined;
  }
  if ("problem" in resolution) return { page: ref.page, line: ref.line, target: raw, message: resolution.problem };
  if (resolution.id === undefined) return undefined;
  const ids = ctx.ids.get(resolution.file);
  if (!ids && awaitingIds) {
    awaitingIds.push({ ref, target: resolution.file });
    return undefined;
  }
  if (ids?.has(resolution.id)) return undefined;
  return {
    page: ref.page,
    line: ref.line,
    target: raw,
    message: `リンク先のページに見出し・位置（#${resolution.id}）がありません`,
  };
}

/** Resolves a URL written in `page` against the site's files (the base path, `/` → index.html, trailing-slash-less folders). */
function resolveUrl(raw: string, page: string, ctx: ResolveContext): Resolution {
  const pageDir = page.includes("/") ? page.slice(0, page.lastIndexOf("/") + 1) : "";
  const pageUrl = new URL(`${ctx.origin}${pathOfFile(pageDir, ctx.base)}${page.slice(pageDir.length)}`);
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return { problem: "URL として読めません" };
  }
  if (url.origin !== ctx.origin) return "elsewhere"; // external: not fetched at build time
  if (!url.pathname.startsWith(ctx.base)) {
    return { problem: `サイトのベースパス（${ctx.base}）の外を指しています。公開すると見つからないリンクです` };
  }
  let file: string;
  try {
    file = decodeURIComponent(url.pathname.slice(ctx.base.length));
  } catch {
    return { problem: "URL の % の書き方が正しくありません" };
  }
  if (ctx.pendingFolder && file.startsWith(ctx.pendingFolder)) return "pending";
  let target: string | undefined;
  if (file === "" || file.endsWith("/")) target = `${file}index.html`;
  else if (ctx.fileSet.has(file)) target = file;
  else if (ctx.fileSet.has(`${file}/index.html`)) target = `${file}/index.html`;
  else if (isDirectory(path.join(ctx.dir, file))) target = `${file}/index.html`;
  if (!target || !ctx.fileSet.has(target)) return { problem: "リンク先・読み込み先のファイルがありません" };
  if (url.hash.length <= 1 || !target.endsWith(".html")) return { file: target };
  try {
    return { file: target, id: decodeURIComponent(url.hash.slice(1)) };
  } catch {
    return { file: target, id: url.hash.slice(1) };
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
