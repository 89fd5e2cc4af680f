/**
 * A remark plugin for images written site-absolute, as staff who copy Markdown from a web page write them:
 * `![…](/images/x.png)` means the content folder's `images/x.png`. It is rewritten to the path relative to the
 * Markdown file, the form Astro's image pipeline resolves (a leading `/` would be left as a link to a missing file).
 * The containment check and the "not found" error for these paths are the loaders' (content-path.ts).
 */
import path from "node:path";
import { visit } from "unist-util-visit";

/** The site-absolute prefix that means the content folder's images/ folder. */
export const ROOT_IMAGES_PREFIX = "/images/";

/** Options: the content folder (absolute). */
export interface ContentImagesOptions {
  contentDir: string;
}

/**
 * The reference relative to the Markdown file for a `/images/…` reference; any other reference unchanged.
 * @param reference the image URL as written
 * @param fromFile the Markdown file's absolute path
 * @param contentDir the content folder's absolute path
 */
export function contentImageReference(reference: string, fromFile: string, contentDir: string): string {
  if (!reference.startsWith(ROOT_IMAGES_PREFIX)) return reference;
  const relative = path
    .relative(path.dirname(fromFile), path.join(contentDir, reference.slice(1)))
    .split(path.sep)
    .join("/");
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/** The remark plugin: `[remarkContentImages, { contentDir }]` in the Markdown/MDX config. */
export function remarkContentImages(options: ContentImagesOptions) {
  return (tree: unknown, file: { path?: string }) => {
    if (typeof file.path !== "string") return;
    const from = file.path;
    visit(tree as Parameters<typeof visit>[0], (node) => {
      const n = node as { type: string; url?: string };
      if ((n.type === "image" || n.type === "definition") && typeof n.url === "string") {
        n.url = contentImageReference(n.url, from, options.contentDir);
      }
    });
  };
}
