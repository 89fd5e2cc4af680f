/**
 * The HTTP security headers the site is built to satisfy, in one place: the `_headers` file written into dist/
 * (Netlify / Cloudflare Pages style), the nginx and Apache snippets in docs/ops/web-server.md, the `<meta>` CSP in every page
 * (for servers where staff cannot set headers) and the browser test all come from these functions.
 *
 * The site satisfies this policy because: Astro emits no inline script or style (astro.config.mjs:
 * `build.inlineStylesheets: "never"`, `vite.build.assetsInlineLimit: 0`), Markdown bodies cannot carry scripts,
 * event handlers or style attributes (src/lib/markdown/rehype-safe-html.ts), and the post-build verification refuses any
 * page that has them (src/outputs/verify-site.ts).
 *
 * Extension point: a feature that needs another origin (map tiles from the server in site.yaml) adds it through
 * {@link CspSources}; never add 'unsafe-inline' or 'unsafe-eval'.
 */

import type { SiteConfig } from "../../schemas/site.ts";
import { inlineScriptHashSources } from "./inline-scripts.ts";

/**
 * The extra origins the site's features need, from site.yaml: the map's tile server (images loaded only after the
 * resident presses 「地図を表示」).
 */
export function cspSourcesOf(config: SiteConfig): CspSources {
  const tiles = new URL(config.map.tileUrl.replace(/\{[^}]*\}/g, "0")).origin;
  return { img: [tiles] };
}

/** Extra sources a feature needs, per directive (origins like "https://cyberjapandata.gsi.go.jp"). */
export interface CspSources {
  /** img-src additions (map tiles). */
  img?: readonly string[];
  /** connect-src additions. */
  connect?: readonly string[];
}

/**
 * The Content-Security-Policy: same-origin only, no inline code except the hashed reading-aids snippet
 * (src/lib/site/inline-scripts.ts), nothing framed, no plug-ins. `'wasm-unsafe-eval'` lets the Pagefind search index
 * (WebAssembly) compile; it does not allow JavaScript eval.
 * @param forMeta leave out directives a `<meta http-equiv>` policy cannot carry (frame-ancestors)
 */
export function contentSecurityPolicy(sources: CspSources = {}, forMeta = false): string {
  const directives: [string, string[]][] = [
    ["default-src", ["'none'"]],
    ["script-src", ["'self'", "'wasm-unsafe-eval'", ...inlineScriptHashSources()]],
    ["style-src", ["'self'"]],
    ["img-src", ["'self'", ...(sources.img ?? [])]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'", ...(sources.connect ?? [])]],
    ["manifest-src", ["'self'"]],
    ["worker-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
  ];
  return directives
    .filter(([name]) => !(forMeta && name === "frame-ancestors"))
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** Every security header, in the order they are written. */
export function securityHeaders(sources: CspSources = {}): [name: string, value: string][] {
  return [
    ["Content-Security-Policy", contentSecurityPolicy(sources)],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"],
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
  ];
}

/** The `_headers` file (Netlify, Cloudflare Pages): the headers for every path of the site. */
export function headersFile(sources: CspSources = {}): string {
  const lines = securityHeaders(sources).map(([name, value]) => `  ${name}: ${value}`);
  return `# zaitaku-press のセキュリティヘッダー（ビルドで生成。nginx・Apache の設定例は docs/ops/web-server.md にあります）\n/*\n${lines.join("\n")}\n`;
}

/** The nginx configuration snippet (inside `server { … }` or the site's `location`). */
export function nginxSnippet(sources: CspSources = {}): string {
  return securityHeaders(sources)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join("\n");
}

/** The Apache configuration snippet (.htaccess or VirtualHost; needs mod_headers). */
export function apacheSnippet(sources: CspSources = {}): string {
  return securityHeaders(sources)
    .map(([name, value]) => `Header always set ${name} "${value}"`)
    .join("\n");
}
