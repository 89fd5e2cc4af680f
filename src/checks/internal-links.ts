/**
 * Links to pages of this site that will not exist: `/pamphlets/x/` with no pamphlet x, `/nothing/`, or links written
 * as file names (`houmon-kango.mdx`). Files produced by later build steps (PDF, CSV, ICS) and pages of route
 * families this model cannot enumerate are left to the post-build verification (src/outputs/verify-site.ts).
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { documentParts } from "./document-parts.ts";
import type { ContentCheck, SiteRoutes } from "./model.ts";

/** Levenshtein distance (for 「もしかして」 suggestions). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** The result of resolving a site path against the routes. */
export type RouteResolution =
  | { kind: "page" }
  | { kind: "file" }
  | { kind: "unchecked" }
  | { kind: "missing-slug"; label: string; prefix: string; slug: string; suggestions: string[] }
  | { kind: "missing-page" };

/**
 * Resolves a site path (base already removed, query and fragment removed) to a page, a file or nothing.
 * @param path e.g. "/pamphlets/houmon-kango/"
 */
export function resolveSitePath(path: string, routes: SiteRoutes): RouteResolution {
  const last = path.split("/").at(-1) ?? "";
  if (/\.[A-Za-z0-9]+$/.test(last)) return { kind: "file" };
  const page = path.endsWith("/") ? path : `${path}/`;
  if (routes.pages.has(page)) return { kind: "page" };
  for (const family of routes.families) {
    // A family page is one segment below its prefix (/events/<id>/); deeper paths belong to other routes.
    if (!page.startsWith(family.prefix) || page === family.prefix) continue;
    const slug = page.slice(family.prefix.length, -1);
    if (slug.includes("/")) continue;
    const suggestions = family.slugs
      .map((s) => ({ s, d: editDistance(slug, s) }))
      .filter(({ d }) => d <= Math.max(2, Math.floor(slug.length / 3)))
      .sort((a, b) => a.d - b.d || a.s.localeCompare(b.s))
      .map(({ s }) => s);
    return { kind: "missing-slug", label: family.label, prefix: family.prefix, slug, suggestions };
  }
  if (routes.unchecked.some((prefix) => page.startsWith(prefix) && page !== prefix)) return { kind: "unchecked" };
  return { kind: "missing-page" };
}

export const internalLinksCheck: ContentCheck = {
  id: "internal-links",
  title: "サイト内のリンク先のページがあるか",
  run(model) {
    const issues: ContentIssue[] = [];
    const base = model.site?.site.base ?? "/";
    for (const doc of model.documents) {
      for (const link of documentParts(doc).links) {
        const href = link.href.trim();
        const where = { file: doc.file, line: link.line, column: link.column, field: "リンク", value: href };
        if (
          href === "" ||
          href.startsWith("#") ||
          href.startsWith("?") ||
          href.startsWith("//") ||
          /^[a-z][a-z0-9+.-]*:/i.test(href)
        ) {
          continue;
        }
        let path = href.split(/[?#]/)[0] ?? "";
        if (!path.startsWith("/")) {
          const file = /(?:^|\/)([a-z0-9-]+)\.mdx?$/i.exec(path);
          issues.push(
            file
              ? {
                  ...where,
                  severity: "error",
                  message:
                    "リンク先がファイル名になっています。公開したサイトでは、ファイル名ではなくページの URL でリンクします",
                  hint: `[リンクの文言](/${doc.collection}/${file[1]}/) のように、/ から始まるページの URL を書いてください`,
                }
              : {
                  ...where,
                  severity: "warning",
                  message: "サイト内のリンクが相対パスで書かれています（ページの場所によってリンク先が変わります）",
                  hint: "/pamphlets/zaitaku-iryo/ のように、/ から始まるパスで書いてください",
                },
          );
          continue;
        }
        try {
          path = decodeURI(path);
        } catch {
          // keep as written
        }
        if (base !== "/" && path.startsWith(base)) path = `/${path.slice(base.length)}`;
        const resolved = resolveSitePath(path, model.routes);
        if (resolved.kind === "missing-slug") {
          const maybe = resolved.suggestions.slice(0, 3).map((s) => `${resolved.prefix}${s}/`);
          issues.push({
            ...where,
            severity: "error",
            message: `リンク先のページがありません（${resolved.label}「${resolved.slug}」は見つかりません）`,
            hint: maybe.length
              ? `もしかして: ${maybe.join("、")}`
              : `${resolved.prefix} の後には、${resolved.label}のファイル名（拡張子なし）を書いてください`,
          });
        } else if (resolved.kind === "missing-page") {
          issues.push({
            ...where,
            severity: "error",
            message: "リンク先のページがこのサイトにありません",
            hint: "URL のつづりを確認してください。サイト内のページは / から書きます（例: /pamphlets/）",
          });
        }
      }
    }
    return issues;
  },
};
