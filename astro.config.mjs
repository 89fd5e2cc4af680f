// @ts-check

import path from "node:path";
import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { rehypePhoneLinks } from "./src/lib/markdown/rehype-phone-links.ts";
import { rehypeSafeHtml } from "./src/lib/markdown/rehype-safe-html.ts";
import { rehypeSiteLinks } from "./src/lib/markdown/rehype-site-links.ts";
import { rehypeTableCards } from "./src/lib/markdown/rehype-table-cards.ts";
import { remarkContentImages } from "./src/lib/markdown/remark-content-images.ts";
import { rehypeFurigana } from "./src/lib/readings/furigana.ts";
import { loadSiteReader } from "./src/lib/readings/site-reader.ts";
import { contentLastmod, lastmodOf } from "./src/lib/site/sitemap-lastmod.ts";
import { contentDir } from "./src/loaders/content-dir.ts";
import { sharedContentSnapshot } from "./src/loaders/content-snapshot.ts";
import { loadSiteConfig } from "./src/loaders/site-config.ts";
import { zaitakuPress } from "./src/outputs/integration.ts";

// site.yaml decides the absolute URL and the base path (sub-path publishing, e.g. /zaitaku/).
const content = contentDir();
const config = loadSiteConfig(content);
// Sitemap dates, from the content snapshot the build shares in this process; made when the sitemap is written, so
// starting `astro dev` does not read the whole folder for them.
/** @type {Map<string, string> | undefined} */
let lastmodDates;

/** Pages that residents should not find through search engines or the sitemap (staff-only pages). */
const NOINDEX_PREFIXES = ["staff/"];

export default defineConfig({
  site: config.site.url,
  base: config.site.base,
  trailingSlash: "ignore",
  build: {
    format: "directory",
    // No inline <style>: the Content-Security-Policy (src/lib/site/security-headers.ts) allows stylesheets from files only.
    inlineStylesheets: "never",
  },
  devToolbar: { enabled: false },
  experimental: {
    // A page whose cacheKey (src/page-cache-keys.ts) and route code are unchanged is copied from the last build of
    // the same content folder instead of rendered again; `npm run build -- --force` renders every page.
    incrementalBuild: true,
  },
  // Nothing is prefetched or loaded from another origin: residents on old phones and metered plans pay for bytes.
  prefetch: false,
  markdown: {
    // Staff write site-absolute links (/pamphlets/…); they get the base path, and unsafe schemes are dropped.
    // rehypeSafeHtml (first) removes scripts, event handlers, style attributes and MDX expressions from bodies.
    // SmartyPants is off: it would turn Japanese text's straight quotes into English curly ones.
    processor: unified({
      // `![…](/images/x.png)` (copied from a web page) is the content folder's images/x.png.
      remarkPlugins: [[remarkContentImages, { contentDir: path.resolve(content) }]],
      rehypePlugins: [
        [rehypeSafeHtml, { base: config.site.base }],
        [rehypeSiteLinks, { base: config.site.base }],
        // Phone numbers written as text become tel: links (FAX numbers stay text).
        rehypePhoneLinks,
        // Tables become label–value cards on phones and at large text (src/styles/tables.css).
        rehypeTableCards,
        // ふりがな over kanji (hidden until the reader turns it on; left out of the search index), each document's readings
        // cached by content hash.
        [
          rehypeFurigana,
          {
            loadRead: async () =>
              (await loadSiteReader(import.meta.dirname, sharedContentSnapshot(content).readings, config.towns)).readAll,
          },
        ],
      ],
      smartypants: false,
    }),
    // No syntax highlighting: residents' pages have no program code, and Shiki writes style="…" attributes.
    syntaxHighlight: false,
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) =>
        !NOINDEX_PREFIXES.some((prefix) => page.startsWith(new URL(prefix, new URL(config.site.base, config.site.url)).href)),
      // <lastmod> from the 更新日 written in the content (not the build time): the same content, the same sitemap.
      serialize: (item) => {
        lastmodDates ??= contentLastmod(sharedContentSnapshot(content));
        const lastmod = lastmodOf(item.url, config.site.base, lastmodDates);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    // PDFs, OG images, search index, _headers and the verification, on the folder Astro wrote (after the sitemap).
    zaitakuPress(),
  ],
  vite: {
    // The content folder may live outside the project (CONTENT_DIR); let the dev server read its images.
    server: { fs: { allow: [".", content] } },
    build: {
      // Nothing inlined: small scripts would become inline <script> (blocked by the CSP), small assets data: URIs.
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler's notice about it is noise for staff.
        onwarn(warning, warn) {
          if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
        },
      },
    },
  },
});
