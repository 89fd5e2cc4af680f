import { describe, expect, it } from "vitest";
import { linkPhoneNumbers, rehypePhoneLinks } from "../../src/lib/markdown/rehype-phone-links.ts";

const tel = (href: string, text: string) => ({
  type: "element",
  tagName: "a",
  properties: { href, className: ["tel-number"] },
  children: [{ type: "text", value: text }],
});

describe("linkPhoneNumbers", () => {
  it("makes a phone number in text a tel: link, the text around it kept", () => {
    expect(linkPhoneNumbers("介護保険課：電話 03-0000-1240（平日）")).toEqual([
      { type: "text", value: "介護保険課：電話 " },
      tel("tel:0300001240", "03-0000-1240"),
      { type: "text", value: "（平日）" },
    ]);
    expect(linkPhoneNumbers("03-0000-1240")).toEqual([tel("tel:0300001240", "03-0000-1240")]);
  });

  it("leaves FAX numbers, dates, postal codes and invalid numbers as text", () => {
    expect(linkPhoneNumbers("電話 03-0000-1234、FAX：03-0000-1235")).toEqual([
      { type: "text", value: "電話 " },
      tel("tel:0300001234", "03-0000-1234"),
      { type: "text", value: "、FAX：03-0000-1235" },
    ]);
    for (const text of ["ファクス 03-0000-1235", "2026-11-28", "〒100-0001", "電話 123-45"])
      expect(linkPhoneNumbers(text)).toEqual([{ type: "text", value: text }]);
  });
});

describe("rehypePhoneLinks", () => {
  it("links numbers in table cells and paragraphs, never inside a link or code", () => {
    const cell = { type: "element", tagName: "td", children: [{ type: "text", value: "03-0000-1240" }] };
    const link = {
      type: "element",
      tagName: "a",
      properties: { href: "tel:0300001240" },
      children: [{ type: "text", value: "03-0000-1240" }],
    };
    const code = { type: "element", tagName: "code", children: [{ type: "text", value: "03-0000-1240" }] };
    const tree = { type: "root", children: [cell, { type: "element", tagName: "p", children: [link, code] }] };
    rehypePhoneLinks()(tree);
    expect(cell.children).toEqual([tel("tel:0300001240", "03-0000-1240")]);
    expect(link.children).toEqual([{ type: "text", value: "03-0000-1240" }]);
    expect(code.children).toEqual([{ type: "text", value: "03-0000-1240" }]);
  });
});
