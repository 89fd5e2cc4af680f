/**
 * A rehype plugin that makes phone numbers written as plain text in staff-written bodies (電話 03-0000-1240, a table
 * cell holding 03-0000-1240) tappable: each becomes a tel: link, as the templates' PhoneLink does for the phone fields.
 * Residents on a phone call by tapping; copying a number by hand is where older residents give up or misdial.
 * Left as text: FAX numbers (a phone cannot send a fax), numbers already in a link, and anything that is not a valid
 * Japanese domestic number (the content check reports those).
 */
import { FAX_WORDS, findPhoneNumbers } from "../text/text-rules.ts";
import { telHref } from "../values/phone.ts";
import type { HastNode } from "./hast-node.ts";
import { TEL_NUMBER_CLASS } from "./rehype-site-links.ts";

/** Elements whose text is never linked: links themselves, code, and ruby readings. */
const SKIPPED = new Set(["a", "code", "pre", "rt", "rp", "script", "style", "textarea"]);

/** A fax keyword right before a number (FAX 03-…, ファクス：03-…). */
const FAX_BEFORE = new RegExp(`(?:${FAX_WORDS}|fax)\\s*(?:番号)?\\s*[:：]?\\s*$`, "u");

/** Splits one text into text and tel: link nodes; the same single text node when it holds no callable number. */
export function linkPhoneNumbers(text: string): HastNode[] {
  const out: HastNode[] = [];
  let at = 0;
  for (const m of findPhoneNumbers(text)) {
    if (m.normalized === null || m.index < at || FAX_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (m.index > at) out.push({ type: "text", value: text.slice(at, m.index) });
    out.push({
      type: "element",
      tagName: "a",
      properties: { href: telHref(m.normalized), className: [TEL_NUMBER_CLASS] },
      children: [{ type: "text", value: m.text }],
    });
    at = m.index + m.text.length;
  }
  if (at === 0) return [{ type: "text", value: text }];
  if (at < text.length) out.push({ type: "text", value: text.slice(at) });
  return out;
}

/** The rehype plugin: `rehypePhoneLinks` in the Markdown/MDX config, after the links are checked (rehypeSiteLinks). */
export function rehypePhoneLinks() {
  return (tree: HastNode) => {
    const visit = (node: HastNode) => {
      if (!node.children || (node.type === "element" && SKIPPED.has(node.tagName ?? ""))) return;
      node.children = node.children.flatMap((child) => {
        if (child.type === "text" && child.value) return linkPhoneNumbers(child.value);
        visit(child);
        return [child];
      });
    };
    visit(tree);
  };
}
