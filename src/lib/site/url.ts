/**
 * Site-relative URLs that honour the base path (sites are often published under a sub-path such as /zaitaku/).
 */

/**
 * Joins the base path and a site path: withBase("/zaitaku/", "/pamphlets/") → "/zaitaku/pamphlets/".
 * @param base the configured base path ("/" or "/zaitaku/"; a missing trailing slash is tolerated)
 * @param path a site path starting with "/"
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith("/") ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, "")}`;
}

/**
 * Absolute URL of a site path: absoluteUrl("https://a.example.jp", "/zaitaku/", "/pamphlets/").
 * @param siteUrl the site's origin as configured in site.yaml
 */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  return new URL(withBase(base, path), siteUrl).href;
}
