/**
 * A rehype plugin that enforces the body-markup policy of src/lib/markdown/safe-html.ts while Astro renders Markdown and
 * MDX. `npm run check` already refuses such content with located errors; this is the second net, so that content
 * that reaches Astro some other way (`astro dev`, a check bug) still cannot put code on a page:
 *
 * 1. `.md`: raw HTML is parsed here (Astro would only parse it after all plugins ran);
 *    `.mdx`: JSX elements become the hast elements the same HTML would give;
 * 2. rehype-sanitize with the policy's schema: scripts, frames, forms, svg… removed with their content, unknown tags
 *    and components unwrapped, attributes outside the allow-list (`on…`, `style`) and unsafe URL schemes removed;
 *    comments, raw HTML and MDX's `{…}` expressions and `import`/`export` removed, so nothing a staff member types
 *    is ever evaluated at build time;
 * 3. URLs: site paths get the base path, `//host/…` and images from elsewhere are removed.
 *
 * Must run first among the rehype plugins (before rehype-site-links).
 */
import type { ElementContent, Root, RootContent } from "hast";
import { raw } from "hast-util-raw";
import { h } from "hastscript";
import type {} from "mdast-util-mdx";
import { elementVerdict, SAFE_HTML_SCHEMA, sanitizeBody, siteUrl, URL_PROPERTIES } from "./safe-html.ts";

/** MDX node types hast-util-raw must leave alone. */
const MDX_NODE_TYPES = ["mdxFlowExpression", "mdxJsxFlowElement", "mdxJsxTextElement", "mdxTextExpression", "mdxjsEsm"];

/** Options: the site's base path. */
export interface SafeHtmlOptions {
  base: string;
}

/** The plugin: `[rehypeSafeHtml, { base }]`. */
export function rehypeSafeHtml(options: SafeHtmlOptions) {
  return (tree: Root): Root => {
    const parsed = containsType(tree, "raw") ? (raw(tree, { passThrough: MDX_NODE_TYPES }) as Root) : tree;
    prepare(parsed);
    const clean = sanitizeBody(parsed);
    siteUrls(clean, options.base);
    return clean;
  };
}

type Parent = { children: (RootContent | ElementContent)[] };
/** MDX's JSX element in hast (the type comes into hast with mdast-util-mdx's type import above). */
type JsxElement = Extract<RootContent, { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }>;

function containsType(node: Root | RootContent, type: string): boolean {
  return node.type === type || ("children" in node && node.children.some((child) => containsType(child, type)));
}

/**
 * Hand-made, because hast-util-sanitize knows only hast: it would drop MDX JSX elements together with their text,
 * and it cannot drop an `<input>` by its type (elementVerdict in safe-html.ts says why).
 */
function prepare(parent: Parent): void {
  parent.children = parent.children.flatMap((child) => {
    const nodes = child.type === "mdxJsxFlowElement" || child.type === "mdxJsxTextElement" ? jsxToHast(child) : [child];
    return nodes.filter(
      (node) =>
        node.type !== "element" ||
        node.tagName !== "input" ||
        elementVerdict("input", String(node.properties["type"] ?? "")) !== "drop",
    );
  });
  for (const child of parent.children) if ("children" in child) prepare(child as Parent);
}

/**
 * A JSX element as the hast element of the same HTML; a fragment `<>…</>` as its content. The name stays as written
 * (so the sanitizer unwraps components), but `<Script>`, `<IFrame>`… take the lower-case name the schema strips:
 * their content is code or an embedded page, not text for residents.
 */
function jsxToHast(node: JsxElement): ElementContent[] {
  const children = node.children as ElementContent[];
  if (!node.name) return children;
  const attributes: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    // `{…}` values and `{...spread}` are code: left out, never evaluated.
    if (attribute.type === "mdxJsxAttribute" && (attribute.value === null || typeof attribute.value === "string"))
      attributes[attribute.name] = attribute.value ?? true;
  }
  const element = h("span", attributes);
  const lower = node.name.toLowerCase();
  const tagName = SAFE_HTML_SCHEMA.strip.includes(lower) ? lower : node.name;
  return [{ type: "element", tagName, properties: element.properties, children, position: node.position }];
}

/** Site paths get the base path; what {@link siteUrl} refuses is removed. */
function siteUrls(node: Root | RootContent, base: string): void {
  if (node.type === "element") {
    for (const property of URL_PROPERTIES) {
      const value = node.properties[property];
      if (typeof value !== "string") continue;
      const verdict = siteUrl(property, value, base);
      if ("url" in verdict) node.properties[property] = verdict.url;
      else delete node.properties[property];
    }
  }
  if ("children" in node) for (const child of node.children) siteUrls(child, base);
}
