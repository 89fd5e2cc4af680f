/**
 * A rehype plugin that enforces the body-markup policy of src/lib/safe-html.ts while Astro renders Markdown and
 * MDX. `npm run check` already refuses such content with located errors; this is the second net, so that content
 * that reaches Astro some other way (`astro dev`, a check bug) still cannot put code on a page:
 *
 * - `.md`: raw HTML is parsed here (Astro would only parse it after all plugins ran), then filtered;
 * - `.mdx`: JSX elements are filtered like HTML; `{…}` expressions and `import`/`export` are removed before MDX
 *   compiles them, so nothing a staff member types is ever evaluated at build time;
 * - every element: scripts, frames, forms, svg… removed with their content; unknown tags unwrapped; `on…` and
 *   `style` attributes removed; URLs limited to site paths and http/https/tel/mailto (site paths get the base path).
 *
 * Must run first among the rehype plugins (before rehype-site-links).
 */
import type { Root } from "hast";
import { raw } from "hast-util-raw";
import { attributeNameOfProperty, attributeVerdict, elementVerdict } from "./safe-html.ts";

/** MDX node types hast-util-raw must leave alone. */
const MDX_NODE_TYPES = ["mdxFlowExpression", "mdxJsxFlowElement", "mdxJsxTextElement", "mdxTextExpression", "mdxjsEsm"];

/** The parts of hast / MDX-hast nodes this plugin touches (kept local and loose on purpose). */
interface AnyNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: JsxAttribute[];
  children?: AnyNode[];
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string };
}

/** Options: the site's base path. */
export interface SafeHtmlOptions {
  base: string;
}

/** The plugin: `[rehypeSafeHtml, { base }]`. */
export function rehypeSafeHtml(options: SafeHtmlOptions) {
  return (tree: Root) => {
    if (containsType(tree as AnyNode, "raw")) {
      const parsed = raw(tree, { passThrough: MDX_NODE_TYPES }) as Root;
      tree.children = parsed.children;
    }
    sanitizeChildren(tree as AnyNode, options.base);
  };
}

function containsType(node: AnyNode, type: string): boolean {
  return node.type === type || (node.children ?? []).some((child) => containsType(child, type));
}

function sanitizeChildren(parent: AnyNode, base: string): void {
  if (!parent.children) return;
  const next: AnyNode[] = [];
  for (const child of parent.children) next.push(...sanitizeNode(child, base));
  parent.children = next;
}

/** Returns what replaces `node`: itself (cleaned), its children (unwrapped) or nothing. */
function sanitizeNode(node: AnyNode, base: string): AnyNode[] {
  switch (node.type) {
    case "text":
      return [node];
    case "element": {
      const type = node.properties?.["type"];
      const verdict = elementVerdict(node.tagName, typeof type === "string" ? type : null);
      if (verdict === "drop") return [];
      sanitizeChildren(node, base);
      if (verdict === "unwrap") return node.children ?? [];
      cleanProperties(node, base);
      return [node];
    }
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement": {
      const typeAttr = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === "type")?.value;
      const verdict = elementVerdict(node.name, typeof typeAttr === "string" ? typeAttr : null);
      if (verdict === "drop") return [];
      sanitizeChildren(node, base);
      if (verdict === "unwrap") return node.children ?? [];
      cleanJsxAttributes(node, base);
      return [node];
    }
    case "root":
      sanitizeChildren(node, base);
      return [node];
    default:
      // raw leftovers, comments, doctype, `{…}` expressions, import/export: never rendered.
      return [];
  }
}

function cleanProperties(node: AnyNode, base: string): void {
  const element = (node.tagName ?? "").toLowerCase();
  const properties = node.properties ?? {};
  for (const [property, value] of Object.entries(properties)) {
    if (value === false || value === null || value === undefined) {
      delete properties[property];
      continue;
    }
    const text = value === true ? null : Array.isArray(value) ? value.join(" ") : String(value);
    const verdict = attributeVerdict(element, attributeNameOfProperty(property), text, base);
    if (!verdict.keep) delete properties[property];
    else if (typeof value === "string" && verdict.value !== null) properties[property] = verdict.value;
  }
}

function cleanJsxAttributes(node: AnyNode, base: string): void {
  const element = (node.name ?? "").toLowerCase();
  node.attributes = (node.attributes ?? []).flatMap((attribute): JsxAttribute[] => {
    if (attribute.type !== "mdxJsxAttribute" || !attribute.name) return [];
    const value = attribute.value;
    const text = value === null || value === undefined ? null : typeof value === "string" ? value : undefined;
    const verdict = attributeVerdict(element, attributeNameOfProperty(attribute.name), text, base);
    if (!verdict.keep) return [];
    return [{ ...attribute, value: verdict.value }];
  });
}
