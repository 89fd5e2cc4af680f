/**
 * What HTML (in `.md`) and JSX (in `.mdx`) staff may write inside a Markdown body: one policy shared by the
 * content check (`npm run check`, which reports a located エラー before anything is built) and the rehype
 * sanitizer (src/lib/rehype-safe-html.ts, which enforces the same policy while rendering, as a second net).
 *
 * The policy keeps formatting that Markdown lacks (ルビ, 改行, 注記, 複雑な表, 折りたたみ) and removes everything
 * that could run code or load something from elsewhere: script-like elements, event handlers (on…), style
 * attributes (the Content-Security-Policy forbids them), URLs other than site paths and http/https/tel/mailto.
 *
 * Extension point: a component that pamphlets may use (rendered by Astro from MDX) must be added to
 * {@link ALLOWED_ELEMENTS} with its attributes in {@link ELEMENT_ATTRIBUTES}, and be passed to `<Content components>`.
 */
import { rewriteSiteHref } from "./rehype-site-links.ts";

/** Elements kept as written (attributes still filtered). Lower-case HTML names. */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  "a",
  "abbr",
  "address",
  "aside",
  "b",
  "blockquote",
  "br",
  "caption",
  "cite",
  "code",
  "col",
  "colgroup",
  "data",
  "dd",
  "del",
  "details",
  "dfn",
  "div",
  "dl",
  "dt",
  "em",
  "figcaption",
  "figure",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "i",
  "img",
  "input",
  "ins",
  "kbd",
  "li",
  "mark",
  "ol",
  "p",
  "pre",
  "q",
  "rp",
  "rt",
  "ruby",
  "s",
  "samp",
  "section",
  "small",
  "span",
  "strong",
  "sub",
  "summary",
  "sup",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "time",
  "tr",
  "u",
  "ul",
  "var",
  "wbr",
]);

/**
 * Elements removed together with their content: they run code, embed other documents, change how the page
 * loads, or hide markup from the sanitizer (svg/math have their own script and event-handler worlds).
 */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  "applet",
  "audio",
  "base",
  "button",
  "canvas",
  "dialog",
  "embed",
  "form",
  "frame",
  "frameset",
  "iframe",
  "link",
  "math",
  "meta",
  "noembed",
  "noframes",
  "noscript",
  "object",
  "param",
  "picture",
  "portal",
  "script",
  "select",
  "source",
  "style",
  "svg",
  "template",
  "textarea",
  "title",
  "track",
  "video",
  "xmp",
  "plaintext",
]);

/** Attributes allowed on every allowed element (plus every `aria-*` and `data-*`). */
const GLOBAL_ATTRIBUTES: ReadonlySet<string> = new Set(["id", "class", "lang", "dir", "title", "role", "translate"]);

/** Attributes allowed on specific elements. */
export const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ["href", "hreflang", "rel"],
  img: ["src", "alt", "width", "height", "loading", "decoding"],
  td: ["colspan", "rowspan", "headers", "align"],
  th: ["colspan", "rowspan", "headers", "scope", "align", "abbr"],
  col: ["span"],
  colgroup: ["span"],
  ol: ["start", "reversed", "type"],
  li: ["value"],
  time: ["datetime"],
  data: ["value"],
  del: ["datetime", "cite"],
  ins: ["datetime", "cite"],
  details: ["open"],
  blockquote: ["cite"],
  q: ["cite"],
  // GFM task lists render `- [x]` as a disabled checkbox.
  input: ["type", "checked", "disabled"],
};

/** Attributes holding a URL: only site paths, relative paths and http/https/tel/mailto survive. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(["href", "src", "cite"]);

/** What happens to an element. */
export type ElementVerdict = "keep" | "unwrap" | "drop";

/**
 * Decides an element's fate: `keep` (allowed), `drop` (removed with its content) or `unwrap` (unknown element or
 * component: the tag goes, its text stays).
 * @param name the tag name as written (`div`, `Image`, `a.b`); null for a JSX fragment `<>`
 * @param type the element's `type` attribute (only `<input type="checkbox">`, from GFM task lists, is kept)
 */
export function elementVerdict(name: string | null | undefined, type?: string | null): ElementVerdict {
  if (!name) return "unwrap";
  const lower = name.toLowerCase();
  if (DROPPED_ELEMENTS.has(lower)) return "drop";
  if (lower === "input" && type !== "checkbox") return "drop";
  // Component names (capitalised, member expressions) are code, not HTML.
  if (name !== lower || name.includes(".") || name.includes(":")) return "unwrap";
  return ALLOWED_ELEMENTS.has(name) ? "keep" : "unwrap";
}

/** Why an attribute is removed. */
export type AttributeProblem = "handler" | "style" | "url" | "external-image" | "expression" | "not-allowed";

/** The decision for one attribute: keep (with a possibly rewritten value) or remove and why. */
export type AttributeVerdict = { keep: true; value: string | null } | { keep: false; problem: AttributeProblem };

/**
 * Decides one attribute of an allowed element.
 * @param element lower-case element name
 * @param attribute attribute name as in HTML (`onclick`, `class`, `aria-label`)
 * @param value the value; `null` for a boolean attribute, `undefined` for a JSX expression value (`href={x}`)
 * @param base the site's base path, so site-absolute URLs get it (`/pamphlets/` → `/zaitaku/pamphlets/`)
 */
export function attributeVerdict(
  element: string,
  attribute: string,
  value: string | null | undefined,
  base: string,
): AttributeVerdict {
  const name = attribute.toLowerCase();
  if (name.startsWith("on")) return { keep: false, problem: "handler" };
  if (name === "style") return { keep: false, problem: "style" };
  if (value === undefined) return { keep: false, problem: "expression" };
  const allowed =
    GLOBAL_ATTRIBUTES.has(name) ||
    /^aria-[a-z]+$/.test(name) ||
    /^data-[a-z0-9-]+$/.test(name) ||
    (ELEMENT_ATTRIBUTES[element] ?? []).includes(name);
  if (!allowed) return { keep: false, problem: "not-allowed" };
  if (URL_ATTRIBUTES.has(name)) {
    if (value === null) return { keep: false, problem: "url" };
    const rewritten = rewriteSiteHref(value, base);
    if (rewritten === null) return { keep: false, problem: "url" };
    if (name === "src" && /^(https?:)?\/\//i.test(rewritten.trim())) return { keep: false, problem: "external-image" };
    return { keep: true, value: rewritten };
  }
  return { keep: true, value };
}

/**
 * HTML attribute name of a hast property name (hast camel-cases them: `className`, `onClick`, `ariaLabel`,
 * `dataFootnoteRef`, `colSpan`).
 */
export function attributeNameOfProperty(property: string): string {
  if (property === "className") return "class";
  if (property === "htmlFor") return "for";
  const prefixed = /^(aria|data)([A-Z].*)$/.exec(property);
  if (prefixed) return `${prefixed[1]}-${(prefixed[2] ?? "").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).slice(1)}`;
  return property.toLowerCase();
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
