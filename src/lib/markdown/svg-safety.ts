/**
 * Active content in SVG images. An SVG in images/ is published as a file of its own (`/_astro/x.svg`): opened
 * directly, it runs at the site's origin, where only the web server's headers (not the pages' `<meta>` CSP) would
 * stop its scripts. So an SVG that scripts, handles events, links to `javascript:` or embeds HTML is refused as
 * content, the same way body markup is (safe-html.ts).
 */
import { parseFragment } from "parse5";

/** What a refused SVG does, for the staff message. */
export type SvgActiveContent = "script" | "event-handler" | "script-url" | "embedded-html";

/** Each kind of active content as staff messages name it. */
export const SVG_ACTIVE_CONTENT_LABELS: Record<SvgActiveContent, string> = {
  script: "スクリプト（<script>）",
  "event-handler": "イベントで動くプログラム（onload などの属性）",
  "script-url": "プログラムを動かすリンク（javascript: など）",
  "embedded-html": "HTML の埋め込み（<foreignObject> など）",
};

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

const DECLARED_ENTITY = /<!ENTITY\s+([^\s%>]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/gi;
/**
 * Values that run code: a `javascript:` URL anywhere (an `<animate values="0;javascript:…">` sets one later) and
 * data: URLs of documents. Whitespace and control characters are removed first, as browsers skip them in a scheme.
 */
const SCRIPT_URL =
  /(?:javascript|vbscript):|^data:(?:text\/html|image\/svg\+xml|application\/(?:x(?:ht)?ml|ecmascript|javascript))/i;
const EMBEDDED = new Set(["foreignobject", "iframe", "object", "embed", "handler", "listener"]);

/**
 * Expands the SVG's own entity declarations (`<!ENTITY x "<script>…">` … `&x;`), which an XML parser would expand
 * when the file is opened; a few rounds, since a declaration may use another.
 */
function expandDeclaredEntities(svg: string): string {
  const values = new Map<string, string>();
  for (const m of svg.matchAll(DECLARED_ENTITY)) values.set(m[1] ?? "", m[2] ?? m[3] ?? "");
  let text = svg;
  for (let round = 0; round < 4 && values.size > 0; round++) {
    const next = text.replace(/&([^\s&;#]+);/g, (whole, name: string) => values.get(name) ?? whole);
    if (next === text) break;
    text = next;
  }
  return text;
}

/**
 * The first kind of active content in an SVG image's text, or undefined when it only draws.
 * @param svg the file's text
 */
export function svgActiveContent(svg: string): SvgActiveContent | undefined {
  const root = parseFragment(`<svg>${expandDeclaredEntities(svg)}</svg>`) as unknown as Parse5Node;
  const stack: Parse5Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Parse5Node;
    // Local names: in XML, `<h:script xmlns:h="…xhtml">` and `<svg:image svg:onload>` are a script and a handler too.
    const tag = node.tagName?.toLowerCase().split(":").at(-1);
    if (tag === "script") return "script";
    if (tag !== undefined && EMBEDDED.has(tag)) return "embedded-html";
    for (const { name, value } of node.attrs ?? []) {
      if (/^on/i.test(name.split(":").at(-1) ?? "")) return "event-handler";
      // parse5 has decoded character references (&#106;avascript:) already.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip these inside a scheme, so they go first.
      if (SCRIPT_URL.test(value.replace(/[\u0000-\u0020\u007F-\u009F]/g, ""))) return "script-url";
    }
    stack.push(...(node.childNodes ?? []));
    if (node.content) stack.push(node.content);
  }
  return undefined;
}
