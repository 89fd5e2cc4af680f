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
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SVG_ACTIVE_CONTENT_LABELS, svgActiveContent } from "../lib/markdown/svg-safety.ts";
import { readPage } from "./verify-page.ts";
import {
  type AwaitingAnchor,
  checkReference,
  type Reference,
  resolveContext,
  type SiteProblem,
  siteRoot,
  type VerifyOptions,
} from "./verify-references.ts";

export type { Reference, SiteProblem, VerifyOptions } from "./verify-references.ts";

/** Which part of the site to verify, and what to leave for later. */
export interface VerifyScope {
  /** References into this folder (e.g. `pagefind/`, still being written) are not checked but returned as `pending`. */
  pendingFolder?: string | undefined;
  /** Verify only every `count`-th page from the `index`-th (several workers share the pages); the stylesheets and images go with share 0. */
  share?: { index: number; count: number } | undefined;
  /** The site's files ({@link listFiles}), when the caller has listed them already. */
  files?: readonly string[] | undefined;
}

/** What {@link verifyPages} found. */
export interface PageVerification {
  /** Problems found. */
  problems: SiteProblem[];
  /** References into the scope's `pendingFolder`, to check with {@link pendingProblems} once it is written. */
  pending: Reference[];
  /** Links to an anchor of a page of another share, to check with {@link anchorProblems}. */
  foreignAnchors: Reference[];
}

/** Lists every file under `dir` (relative, `/`-separated), sorted. */
export function listFiles(dir: string): string[] {
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

/**
 * Verifies a built site.
 * @param dir the output (staging) folder
 * @returns every problem found (empty when the site is sound)
 */
export function verifySite(dir: string, options: VerifyOptions): SiteProblem[] {
  return verifyPages(dir, options).problems;
}

/**
 * Verifies the pages of a built site (or a share of them), each page's links as it is read: memory holds the pages'
 * ids and the few links to an anchor of a page not read yet, not every link of the site (L: 1.3 → 0.6 GB).
 */
export function verifyPages(dir: string, options: VerifyOptions, scope: VerifyScope = {}): PageVerification {
  const { base, origin } = siteRoot(options);
  const files = scope.files ?? listFiles(dir);
  const { index, count } = scope.share ?? { index: 0, count: 1 };
  const problems: SiteProblem[] = [];
  const ctx = resolveContext(dir, options, files, scope.pendingFolder);
  const awaitingIds: AwaitingAnchor[] = [];
  const foreign: AwaitingAnchor[] = [];
  const check = (references: readonly Reference[], wait: AwaitingAnchor[]) => {
    for (const ref of references) {
      const problem = checkReference(ref, ctx, wait);
      if (problem) problems.push(problem);
    }
  };

  const pages = files.filter((f) => f.endsWith(".html"));
  for (let i = index; i < pages.length; i += count) {
    const page = pages[i] as string;
    const read = readPage(dir, page, `${origin}${base}`);
    ctx.ids.set(page, read.ids);
    problems.push(...read.problems);
    check(read.references, awaitingIds);
  }

  if (index === 0) {
    for (const css of files.filter((f) => f.endsWith(".css"))) {
      const text = readFileSync(path.join(dir, css), "utf8");
      const references: Reference[] = [];
      for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const url = (m[2] ?? "").trim();
        if (url.startsWith("data:") || url.startsWith("#")) continue;
        references.push({ page: css, line: text.slice(0, m.index).split("\n").length, url });
      }
      check(references, awaitingIds);
    }
    // The content check refuses such images already; an SVG is a page of its own when opened, outside the pages'
    // CSP, so the published files are looked at once more.
    for (const svg of files.filter((f) => f.endsWith(".svg"))) {
      const active = svgActiveContent(readFileSync(path.join(dir, svg), "utf8"));
      if (active) problems.push({ page: svg, message: `SVG 画像に${SVG_ACTIVE_CONTENT_LABELS[active]}が含まれています` });
    }
  }

  // Every page of this share has been read: what still has no ids is a page of another share.
  check(
    awaitingIds.map((a) => a.ref),
    foreign,
  );
  return { problems: orderProblems(problems), pending: ctx.pending, foreignAnchors: foreign.map((a) => a.ref) };
}

/**
 * The pending references of {@link verifyPages}, checked now that the later step has written its files (the same
 * resolution as every other reference; they point at no page, so there are no anchors to check).
 * @param files the site's files as they are now, when the caller has listed them
 */
export function pendingProblems(
  dir: string,
  options: VerifyOptions,
  pending: readonly Reference[],
  files?: readonly string[],
): SiteProblem[] {
  if (pending.length === 0) return [];
  const ctx = resolveContext(dir, options, files ?? listFiles(dir));
  return pending.flatMap((ref) => checkReference(ref, ctx) ?? []);
}

/**
 * The links to an anchor of a page another share read ({@link PageVerification.foreignAnchors}), checked against
 * those pages, read again here for their ids (few pages: most such links go to the map and the lists).
 * @param files the site's files, when the caller has listed them
 */
export function anchorProblems(
  dir: string,
  options: VerifyOptions,
  references: readonly Reference[],
  files?: readonly string[],
): SiteProblem[] {
  if (references.length === 0) return [];
  const { base, origin } = siteRoot(options);
  const ctx = resolveContext(dir, options, files ?? listFiles(dir));
  const problems: SiteProblem[] = [];
  const unread: AwaitingAnchor[] = [];
  for (const ref of references) {
    const problem = checkReference(ref, ctx, unread);
    if (problem) problems.push(problem);
    // Its page was not read yet: read it for its ids, then check again.
    for (const { ref: waiting, target } of unread.splice(0)) {
      ctx.ids.set(target, readPage(dir, target, `${origin}${base}`).ids);
      const again = checkReference(waiting, ctx);
      if (again) problems.push(again);
    }
  }
  return orderProblems(problems);
}

/**
 * Problems in reading order: pages, then stylesheets, then images, each in the order of the files, and of lines in
 * each (a problem of the whole file last).
 */
export function orderProblems(problems: SiteProblem[]): SiteProblem[] {
  const kind = (file: string) => (file.endsWith(".html") ? 0 : file.endsWith(".css") ? 1 : 2);
  const lineOf = (problem: SiteProblem) => problem.line ?? Number.MAX_SAFE_INTEGER;
  return problems.sort(
    (a, b) => kind(a.page) - kind(b.page) || (a.page < b.page ? -1 : a.page > b.page ? 1 : 0) || lineOf(a) - lineOf(b),
  );
}

/** One problem as a line: 「pamphlets/a/index.html:12 リンク先…: /zaitaku/x/」. */
export function formatSiteProblem(problem: SiteProblem): string {
  return `${problem.page}${problem.line ? `:${problem.line}` : ""} ${problem.message}${problem.target ? `: ${problem.target}` : ""}`;
}
