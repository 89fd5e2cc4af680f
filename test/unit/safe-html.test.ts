/**
 * The body-markup policy as rendered: Markdown with raw HTML through Astro's Markdown processor and the site's first
 * two rehype plugins, asserting on the HTML a browser would get (parsed with parse5), and the content check's
 * verdicts compared with what that rendering actually removed.
 */
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import fc from "fast-check";
import { type DefaultTreeAdapterTypes, parseFragment } from "parse5";
import { beforeAll, describe, expect, it } from "vitest";
import { rehypeSafeHtml } from "../../src/lib/markdown/rehype-safe-html.ts";
import { LINK_SCHEMES, rehypeSiteLinks } from "../../src/lib/markdown/rehype-site-links.ts";
import { attributeProblem, attributeProblemMessage, elementVerdict, SAFE_HTML_SCHEMA } from "../../src/lib/markdown/safe-html.ts";
import { executableMarkupIn } from "../helpers/injection-scan.ts";

const BASE = "/zaitaku/";

type Element = DefaultTreeAdapterTypes.Element;

/** Every element of an HTML fragment, in document order. */
function elementsOf(fragment: string): Element[] {
  const found: Element[] = [];
  const visit = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if ("tagName" in child) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(parseFragment(fragment));
  return found;
}

const attrs = (element: Element | undefined) => Object.fromEntries((element?.attrs ?? []).map((a) => [a.name, a.value]));

let processor: Awaited<ReturnType<typeof createMarkdownProcessor>>;
beforeAll(async () => {
  processor = await createMarkdownProcessor({
    rehypePlugins: [
      [rehypeSafeHtml, { base: BASE }],
      [rehypeSiteLinks, { base: BASE }],
    ],
    syntaxHighlight: false,
    smartypants: false,
  });
});

const render = async (body: string) => (await processor.render(body)).code;

describe("hostile raw HTML in .md, as rendered", () => {
  it.each([
    ["svg with a script", '<svg onload="alert(1)"><script>alert(1)</script><a href="javascript:alert(2)">s</a></svg>'],
    [
      "a form",
      '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">送信</button></form>',
    ],
    ["a meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ["a base element", '<base href="https://evil.example/">'],
    ["an object and an embed", '<object data="x.swf"><param name="a" value="b"><embed src="x.swf"></object>'],
    ["math", '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">y</maction></math>'],
    ["an iframe with srcdoc", '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'],
  ])("%s leaves nothing, its content included", async (_name, markup) => {
    const code = await render(`前\n\n${markup}\n\n後`);
    expect(executableMarkupIn(`<body>${code}</body>`, BASE)).toEqual([]);
    expect(new Set(elementsOf(code).map((e) => e.tagName))).toEqual(new Set(["p"]));
    expect(code).toContain("後");
    expect(code).not.toMatch(/alert|送信|evil|x\.swf/);
  });

  it("drops a javascript: URL hidden by a leading space and an encoded tab", async () => {
    const code = await render('<a href=" jav&#x09;ascript:alert(1)">リンク</a>');
    const a = elementsOf(code).find((e) => e.tagName === "a");
    expect(attrs(a)).toEqual({});
    expect(code).toContain("リンク");
  });

  it("drops srcset (javascript: inside) and keeps a site image path, with the base path", async () => {
    const code = await render('<img srcset="javascript:alert(1) 1x, /a.png 2x" src="/images/a.png" alt="図">');
    expect(attrs(elementsOf(code).find((e) => e.tagName === "img"))).toEqual({ src: "/zaitaku/images/a.png", alt: "図" });
  });

  it("keeps details but not its ontoggle handler", async () => {
    const code = await render('<details ontoggle="alert(1)" open><summary>詳しく</summary>本文</details>');
    const details = elementsOf(code).find((e) => e.tagName === "details");
    expect(attrs(details)).toEqual({ open: "" });
    expect(code).toContain("詳しく");
    expect(code).not.toContain("alert");
  });

  it("keeps ids as written (no user-content- prefix), so in-page links and footnotes reach their targets", async () => {
    const code = await render(
      '<h2 id="window-123">窓口</h2>\n\n[窓口へ](#window-123) と注[^1]\n\n<span id="kotei" aria-describedby="window-123">固定</span>\n\n[^1]: 注の本文',
    );
    const elements = elementsOf(code);
    const ids = new Set(elements.map((e) => attrs(e)["id"]).filter((id) => id !== undefined));
    expect(ids).toContain("window-123");
    expect(ids).toContain("kotei");
    const targets = elements.flatMap((e) => (attrs(e)["href"]?.startsWith("#") ? [attrs(e)["href"]?.slice(1)] : []));
    // The in-page link, the footnote reference and its back link.
    expect(targets).toHaveLength(3);
    for (const target of targets) expect(ids, `#${target}`).toContain(target);
    expect(attrs(elements.find((e) => attrs(e)["id"] === "kotei"))["aria-describedby"]).toBe("window-123");
  });

  it("drops an input that is not a checkbox and keeps task-list checkboxes", async () => {
    const code = await render('<input type="text" value="x"> <input type="CHECKBOX">\n\n- [x] 済み');
    expect(
      elementsOf(code)
        .filter((e) => e.tagName === "input")
        .map(attrs),
    ).toEqual([{ type: "checkbox", checked: "", disabled: "" }]);
  });
});

describe("the content check and the renderer", () => {
  // Table parts are left out: outside a <table> the HTML parser drops their tags before any policy applies.
  const kept = SAFE_HTML_SCHEMA.tagNames.filter((name) => !/^(t[dhr]|tbody|thead|tfoot|col|colgroup|caption)$/.test(name));
  const attribute = fc.constantFrom(
    ...["href", "src", "cite", "srcset", "class", "id", "name", "title", "lang", "style", "onclick", "onerror"],
    ...["aria-label", "aria-describedby", "aria-foo", "data-x", "type", "open", "checked", "datetime", "rel"],
  );
  const value = fc.constantFrom(
    ...["/pamphlets/", "#a", "x y", "", "https://example.jp/", "//evil.example/", "tel:0300000000", "mailto:a@example.jp"],
    ...["javascript:alert(1)", " jav\tascript:x", "data:text/html,x", "HTTPS://example.jp/", "checkbox", "text", "2"],
  );

  it("the check reports an attribute exactly when rendering removes it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...kept), attribute, value, async (tag, name, text) => {
        // An input is kept as a checkbox only (its type is tested by the element verdicts).
        fc.pre(tag !== "input" || name !== "type");
        const type = tag === "input" ? ' type="checkbox"' : "";
        const markup = `<${tag}${type} ${name}="${text.replace(/"/g, "&quot;")}">x</${tag}>`;
        const element = elementsOf(await render(markup)).find((e) => e.tagName === tag);
        expect(element, markup).toBeDefined();
        const rendered = element?.attrs.some((a) => a.name === name) ?? false;
        expect(attributeProblem(tag, name, text, BASE) === undefined, markup).toBe(rendered);
      }),
      { numRuns: 400 },
    );
  });

  it("the check's element verdicts are what rendering does with the element", async () => {
    const names = fc.constantFrom(...SAFE_HTML_SCHEMA.tagNames, ...SAFE_HTML_SCHEMA.strip, "center", "font", "h1", "nav");
    await fc.assert(
      fc.asyncProperty(names, async (tag) => {
        // Tags the HTML parser itself ignores or re-nests in a <div>, before any policy applies.
        if (/^(t[dhr]|tbody|thead|tfoot|col|colgroup|caption|plaintext|noscript|frame|frameset)$/.test(tag)) return;
        const code = await render(`<div><${tag}${tag === "input" ? ' type="checkbox"' : ""}>中身</${tag}></div>`);
        const verdict = elementVerdict(tag, "checkbox");
        expect(
          elementsOf(code).some((e) => e.tagName === tag),
          tag,
        ).toBe(verdict === "keep");
        const voidElement = /^(br|hr|img|input|wbr|base|link|meta|param|source|track|embed)$/.test(tag);
        if (!voidElement) expect(code.includes("中身"), tag).toBe(verdict !== "drop");
      }),
      { numRuns: 150 },
    );
  });
});

describe("the link schemes", () => {
  it("every scheme of LINK_SCHEMES survives rendering and the check on a link, any other scheme neither", async () => {
    const others = ["ftp", "sms", "file", "vbscript", "javascript", "data"];
    for (const scheme of [...LINK_SCHEMES, ...others]) {
      const href = `${scheme}:x`;
      const allowed = (LINK_SCHEMES as readonly string[]).includes(scheme);
      const link = elementsOf(await render(`<a href="${href}">x</a>`)).find((e) => e.tagName === "a");
      expect(attrs(link)["href"], href).toBe(allowed ? href : undefined);
      expect(attributeProblem("a", "href", href, BASE), href).toBe(allowed ? undefined : "url");
    }
  });

  it("the staff message for a removed URL names every scheme of LINK_SCHEMES", () => {
    const { message } = attributeProblemMessage("url", "href");
    for (const scheme of LINK_SCHEMES) expect(message, scheme).toContain(`${scheme}:`);
  });
});
