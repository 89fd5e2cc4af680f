/**
 * Build-wide context for components and pages: the validated site.yaml, "today" and base-aware links.
 * Loaded once per build; the CLI has already validated the content, so loading here cannot fail on bad input.
 */

import { formatJapaneseDate, type JapaneseDateOptions } from "./lib/dates/japanese-date.ts";
import { siteToday } from "./lib/dates/today.ts";
import { absoluteUrl, withBase } from "./lib/site/url.ts";
import { contentDir } from "./loaders/content-dir.ts";
import { loadSiteConfig } from "./loaders/site-config.ts";

/** Absolute path of the content folder being built. */
export const contentRoot = contentDir();

/** The validated site.yaml. */
export const siteConfig = loadSiteConfig(contentRoot);

/** Today in Asia/Tokyo ("YYYY-MM-DD"), or SITE_TODAY. */
export const today = siteToday();

/** A site path with the base path: href("/pamphlets/") → "/zaitaku/pamphlets/". */
export function href(path: string): string {
  return withBase(siteConfig.site.base, path);
}

/** The absolute URL of a site path (canonical links, QR codes, feeds). */
export function pageUrl(path: string): string {
  return absoluteUrl(siteConfig.site.url, siteConfig.site.base, path);
}

/** A date in the site's style (western or wareki), e.g. 2026年10月1日. */
export function displayDate(date: string, options: Omit<JapaneseDateOptions, "style"> = {}): string {
  return formatJapaneseDate(date, { ...options, style: siteConfig.site.dateStyle });
}
