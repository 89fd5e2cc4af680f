import type { APIRoute } from "astro";
import { pageUrl } from "../site.ts";

/** robots.txt: everything may be crawled; staff pages carry noindex themselves. Points at the sitemap. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${pageUrl("/sitemap-index.xml")}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
