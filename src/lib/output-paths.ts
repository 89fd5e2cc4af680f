/**
 * Where generated files live in the site, shared by the pages that link to them and the build steps that write
 * them (site paths, without the base path).
 */

/** The PDF of a pamphlet: /pamphlets/<slug>.pdf. */
export function pamphletPdfPath(slug: string): string {
  return `/pamphlets/${slug}.pdf`;
}

/** The Open Graph image of a page: "/" → /og/index.png, "/pamphlets/a/" → /og/pamphlets/a.png. */
export function ogImagePath(sitePath: string): string {
  const trimmed = sitePath.replace(/^\/+|\/+$/g, "");
  return `/og/${trimmed === "" ? "index" : trimmed}.png`;
}

/** A file size as residents read it next to a link: 420KB, 1.3MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))}KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)}MB`;
}
