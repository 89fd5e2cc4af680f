import { describe, expect, it } from "vitest";
import { rehypeSiteLinks, rewriteSiteHref } from "../../src/lib/markdown/rehype-site-links.ts";

describe("rewriteSiteHref", () => {
  it("adds the base path to site-absolute links once", () => {
    expect(rewriteSiteHref("/pamphlets/a/", "/zaitaku/")).toBe("/zaitaku/pamphlets/a/");
    expect(rewriteSiteHref("/zaitaku/pamphlets/a/", "/zaitaku/")).toBe("/zaitaku/pamphlets/a/");
    expect(rewriteSiteHref("/pamphlets/a/", "/")).toBe("/pamphlets/a/");
  });
  it("keeps relative links, anchors and safe schemes", () => {
    for (const href of ["../a/", "#top", "https://city.example.jp/", "tel:0300001234", "mailto:a@example.jp"]) {
      expect(rewriteSiteHref(href, "/zaitaku/")).toBe(href);
    }
  });
  it("drops script and data URLs, including obfuscated ones", () => {
    for (const href of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,x",
      "//evil.example",
    ]) {
      expect(rewriteSiteHref(href, "/")).toBeNull();
    }
  });
  it("rewrites a hast tree", () => {
    const tree = {
      type: "root",
      children: [
        { type: "element", tagName: "a", properties: { href: "/a/" }, children: [] },
        { type: "element", tagName: "a", properties: { href: "javascript:x" }, children: [] },
      ],
    };
    rehypeSiteLinks({ base: "/z/" })(tree);
    expect(tree.children.map((c) => c.properties)).toEqual([{ href: "/z/a/" }, {}]);
  });

  it("marks tel: links (any case) as phone numbers that never break, and no other link", () => {
    const link = (href: string) => ({ type: "element", tagName: "a", properties: { href }, children: [] });
    const tree = {
      type: "root",
      children: [link("tel:0300001234"), link("TEL:0300001234"), link("mailto:a@b.jp"), link("/tel/")],
    };
    rehypeSiteLinks({ base: "/" })(tree);
    expect(tree.children.map((c) => (c.properties as { className?: string[] }).className)).toEqual([
      ["tel-number"],
      ["tel-number"],
      undefined,
      undefined,
    ]);
  });
});
