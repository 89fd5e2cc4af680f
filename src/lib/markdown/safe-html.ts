/**
 * What HTML (in `.md`) and JSX (in `.mdx`) staff may write inside a Markdown body: one policy, written as the
 * {@link SAFE_HTML_SCHEMA} of hast-util-sanitize (through rehype-sanitize). The renderer (src/lib/markdown/rehype-safe-html.ts)
 * sanitizes every body with it; the content check (`npm run check`, src/checks/markup-safety.ts) asks the same
 * sanitizer about each tag and attribute, so staff get a located エラー for exactly what rendering would remove.
 *
 * The policy keeps formatting that Markdown lacks (ルビ, 改行, 注記, 複雑な表, 折りたたみ) and removes everything
 * that could run code or load something from elsewhere: script-like elements, event handlers (on…), style
 * attributes (the Content-Security-Policy forbids them), URLs other than site paths and the schemes of LINK_SCHEMES
 * (rehype-site-links.ts).
 *
 * Extension point: a component that pamphlets may use (rendered by Astro from MDX) must be added to `tagNames` with
 * its attributes in `attributes`, and be passed to `<Content components>`.
 */
import type { Element, Root } from "hast";
import { h } from "hastscript";
import { html } from "property-information";
import rehypeSanitize, { type Options as Schema } from "rehype-sanitize";
import { LINK_SCHEMES, rewriteSiteHref } from "./rehype-site-links.ts";

/** Every ARIA attribute HTML defines, as hast properties (the sanitizer has a `data*` wildcard but none for aria). */
const ARIA_PROPERTIES = Object.values(html.property)
  .filter((info) => info.attribute.startsWith("aria-"))
  .map((info) => info.property);

/**
 * The body-markup policy. Every key is set: hast-util-sanitize fills a missing key from its GitHub-like default.
 * Attribute lists name hast properties (`className`, `colSpan`, `dateTime`); values are matched exactly.
 */
export const SAFE_HTML_SCHEMA = {
  /** Elements kept as written (attributes still filtered); any other element is unwrapped: the tag goes, text stays. */
  tagNames: [
    ...["a", "abbr", "address", "aside", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup"],
    ...["data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure"],
    ...["h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q"],
    ...["rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup"],
    ...["table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr"],
  ],
  /**
   * Elements removed together with their content: they run code, embed other documents, change how the page loads,
   * or hide markup from the sanitizer (svg/math have their own script and event-handler worlds).
   */
  strip: [
    ...["applet", "audio", "base", "button", "canvas", "dialog", "embed", "form", "frame", "frameset", "iframe"],
    ...["link", "math", "meta", "noembed", "noframes", "noscript", "object", "param", "picture", "portal", "script"],
    ...["select", "source", "style", "svg", "template", "textarea", "title", "track", "video", "xmp", "plaintext"],
  ],
  attributes: {
    "*": ["id", "className", "lang", "dir", "title", "role", "translate", "data*", ...ARIA_PROPERTIES],
    a: ["href", "hrefLang", "rel"],
    img: ["src", "alt", "width", "height", "loading", "decoding"],
    td: ["colSpan", "rowSpan", "headers", "align"],
    th: ["colSpan", "rowSpan", "headers", "scope", "align", "abbr"],
    col: ["span"],
    colgroup: ["span"],
    ol: ["start", "reversed", "type"],
    li: ["value"],
    time: ["dateTime"],
    data: ["value"],
    del: ["dateTime", "cite"],
    ins: ["dateTime", "cite"],
    details: ["open"],
    blockquote: ["cite"],
    q: ["cite"],
    // GFM task lists render `- [x]` as a disabled checkbox.
    input: [["type", "checkbox"], "checked", "disabled"],
  },
  // src allows http(s) here only because an empty list means "any scheme"; siteUrl then keeps site images only.
  protocols: { href: [...LINK_SCHEMES], cite: [...LINK_SCHEMES], src: ["http", "https"] },
  // No `user-content-` prefix on id/name (the default): heading anchors and the `#…` links staff write keep working.
  // The prefix guards against DOM clobbering; the site's scripts read no window globals and find their elements by
  // data-* attributes, or by id only on the search page, which has no Markdown body.
  clobber: [],
  clobberPrefix: "",
  ancestors: {},
  required: {},
  allowComments: false,
  allowDoctypes: false,
} satisfies Schema;

/** hast properties holding a URL: checked by the schema's `protocols`, then by {@link siteUrl}. */
export const URL_PROPERTIES: readonly string[] = ["href", "src", "cite"];

/** Sanitizes a hast tree with the policy (returns a new tree). */
export const sanitizeBody: (tree: Root) => Root = rehypeSanitize(SAFE_HTML_SCHEMA);

/** What happens to an element. */
export type ElementVerdict = "keep" | "unwrap" | "drop";

/**
 * Decides an element's fate as {@link sanitizeBody} does: `keep` (in `tagNames`), `drop` (in `strip`: removed with its
 * content) or `unwrap` (any other element or component: the tag goes, its text stays). Names are matched as written
 * (a component `<Details>` is unwrapped), except that a stripped element's name in any case (`<Script>`) is dropped.
 * @param name the tag name as written (`div`, `Image`, `a.b`); null for a JSX fragment `<>`
 * @param type the element's `type` attribute (only `<input type="checkbox">`, from GFM task lists, is kept)
 */
export function elementVerdict(name: string | null | undefined, type?: string | null): ElementVerdict {
  if (!name) return "unwrap";
  // The schema can only force an attribute's value, not drop an element because of one: the renderer drops any
  // other `<input>` before sanitizing (rehype-safe-html.ts), rather than let it become a text field.
  if (name === "input" && type !== "checkbox") return "drop";
  if (SAFE_HTML_SCHEMA.tagNames.includes(name)) return "keep";
  return SAFE_HTML_SCHEMA.strip.includes(name.toLowerCase()) ? "drop" : "unwrap";
}

/** Why an attribute is removed. */
export type AttributeProblem = "handler" | "style" | "url" | "external-image" | "expression" | "not-allowed";

/**
 * What the policy adds to the schema's URL rule, which passes every URL without a scheme: site-absolute paths get
 * the base path (`/pamphlets/` → `/zaitaku/pamphlets/`), `//host/…` is removed, and images come from the site only.
 * @param property `href`, `src` or `cite`
 * @returns the URL to write, or why it is removed
 */
export function siteUrl(property: string, url: string, base: string): { url: string } | { problem: "url" | "external-image" } {
  const rewritten = rewriteSiteHref(url, base);
  if (rewritten === null) return { problem: "url" };
  if (property === "src" && /^(https?:)?\/\//i.test(rewritten.trim())) return { problem: "external-image" };
  return { url: rewritten };
}

/** Whether `property` (with this value) survives the sanitizer on `tagName`. */
function survives(tagName: string, properties: Element["properties"], property: string): boolean {
  const tree = sanitizeBody({ type: "root", children: [{ type: "element", tagName, properties, children: [] }] });
  const kept = tree.children[0];
  return kept?.type === "element" && Object.hasOwn(kept.properties, property);
}

/**
 * Decides one attribute of a kept element by asking the sanitizer, so the check reports what rendering removes.
 * @param element element name as written
 * @param attribute attribute name as written (`onclick`, `class`, `className`, `aria-label`)
 * @param value the value; `null` for a boolean attribute, `undefined` for a JSX expression value (`href={x}`)
 * @param base the site's base path
 * @returns why the attribute is removed, or undefined when it is kept
 */
export function attributeProblem(
  element: string,
  attribute: string,
  value: string | null | undefined,
  base: string,
): AttributeProblem | undefined {
  const name = attribute.toLowerCase();
  if (name.startsWith("on")) return "handler";
  if (name === "style") return "style";
  if (value === undefined) return "expression";
  // The attribute as the HTML parser would store it (hastscript is what hast-util-raw builds elements with).
  const properties = h("span", { [attribute]: value ?? true }).properties;
  const property = Object.keys(properties)[0];
  if (property === undefined) return "not-allowed";
  if (!survives(element, properties, property)) {
    const wrongUrl = URL_PROPERTIES.includes(property) && survives(element, { [property]: "/" }, property);
    return wrongUrl ? "url" : "not-allowed";
  }
  const kept = properties[property];
  if (URL_PROPERTIES.includes(property) && typeof kept === "string") {
    const verdict = siteUrl(property, kept, base);
    if ("problem" in verdict) return verdict.problem;
  }
  return undefined;
}

/** Japanese explanation of an attribute problem, for staff. */
export function attributeProblemMessage(problem: AttributeProblem, attribute: string): { message: string; hint: string } {
  switch (problem) {
    case "handler":
      return {
        message: `イベント属性「${attribute}」は使えません（プログラムを動かす書き方のため、公開時に取り除かれます）`,
        hint: `「${attribute}="…"」を削除してください`,
      };
    case "style":
      return {
        message: "style 属性は使えません（サイトのセキュリティ設定で無効になり、公開時に取り除かれます）",
        hint: "見た目の変更は書かないでください。強調したいときは **太字** を使います",
      };
    case "url":
      return {
        message: `「${attribute}」の URL は使えません（http:// https:// tel: mailto: か、/ から始まるサイト内のパスだけが使えます）`,
        hint: "javascript: や data: などで始まるリンクは書けません。リンク先の URL を確認してください",
      };
    case "external-image":
      return {
        message: "外部のサイトの画像は使えません（ページを開いたときに外部へ通信が発生するため）",
        hint: "画像ファイルを images/ に保存し、![説明](../images/ファイル名) と書いてください",
      };
    case "expression":
      return {
        message: `属性「${attribute}」に { } は使えません（{ } はプログラムとして扱われます）`,
        hint: `${attribute}="…" のように、値を引用符で囲んで書いてください`,
      };
    default:
      return {
        message: `属性「${attribute}」はこのタグでは使えません（公開時に取り除かれます）`,
        hint: "この属性を削除してください",
      };
  }
}
