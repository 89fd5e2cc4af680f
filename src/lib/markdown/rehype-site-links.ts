/**
 * A rehype plugin for staff-written Markdown links:
 * - site-absolute links (`/pamphlets/houmon-kango/`) get the base path, so content works under a sub-path;
 * - only links in {@link LINK_SCHEMES} survive (a `javascript:` or `data:` href is dropped, the text stays).
 */
import type { HastNode } from "./hast-node.ts";

/** Options: the site's base path ("/" or "/zaitaku/"). */
export interface SiteLinkOptions {
  base: string;
}

/**
 * The URL schemes a staff-written link may use: the one list behind the sanitizer's `protocols` (SAFE_HTML_SCHEMA of
 * safe-html.ts) and {@link rewriteSiteHref}. Site paths, relative paths and anchors carry no scheme and always pass;
 * any other scheme (javascript:, data:, vbscript:) is removed.
 */
export const LINK_SCHEMES = ["http", "https", "tel", "mailto"] as const;

const SAFE_SCHEME = new RegExp(`^(${LINK_SCHEMES.join("|")}):`, "i");
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Rewrites one href: base-prefixes site-absolute paths, keeps relative paths, anchors and safe schemes,
 * returns null for anything else.
 */
export function rewriteSiteHref(href: string, base: string): string | null {
  const trimmed = href.trim();
  const b = base.endsWith("/") ? base : `${base}/`;
  if (trimmed.startsWith("//")) return null;
  if (trimmed.startsWith("/")) return b !== "/" && trimmed.startsWith(b) ? trimmed : `${b}${trimmed.slice(1)}`;
  // Control characters and spaces inside a scheme ("java\tscript:") are ignored by browsers: test without them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be removed here.
  const compact = trimmed.replace(/[\u0000-\u0020]/g, "");
  if (ANY_SCHEME.test(compact)) return SAFE_SCHEME.test(compact) ? trimmed : null;
  return trimmed;
}

/** The class of tel: links (global.css): a number is not split across lines unless it is wider than the whole line. */
export const TEL_NUMBER_CLASS = "tel-number";

/** The rehype plugin: `[rehypeSiteLinks, { base }]` in the Markdown/MDX config. */
export function rehypeSiteLinks(options: SiteLinkOptions) {
  return (tree: HastNode) => {
    const visit = (node: HastNode) => {
      if (node.type === "element" && node.tagName === "a" && node.properties) {
        const value = node.properties["href"];
        if (typeof value === "string") {
          const next = rewriteSiteHref(value, options.base);
          if (next === null) delete node.properties["href"];
          else node.properties["href"] = next;
          // A phone number never breaks inside (global.css .tel-number), like the template's PhoneLink.
          if (next?.toLowerCase().startsWith("tel:")) node.properties["className"] = [TEL_NUMBER_CLASS];
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
