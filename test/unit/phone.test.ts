import { describe, expect, it } from "vitest";
import { normalizeJapanesePhone, telHref } from "../../src/lib/phone.ts";

describe("normalizeJapanesePhone", () => {
  it("keeps hyphenated numbers and folds full-width and look-alike hyphens", () => {
    expect(normalizeJapanesePhone("03-0000-1234")).toBe("03-0000-1234");
    expect(normalizeJapanesePhone("０３－００００－１２３４")).toBe("03-0000-1234");
    expect(normalizeJapanesePhone("03ー0000ー1234")).toBe("03-0000-1234");
    expect(normalizeJapanesePhone("03(0000)1234")).toBe("03-0000-1234");
  });
  it("groups bare digits", () => {
    expect(normalizeJapanesePhone("09012345678")).toBe("090-1234-5678");
    expect(normalizeJapanesePhone("0120123456")).toBe("0120-123-456");
  });
  it("refuses what is not a domestic number", () => {
    for (const bad of ["1234", "+81-3-0000-1234", "03-0000-12345-6", "電話してください", ""]) {
      expect(normalizeJapanesePhone(bad)).toBeNull();
    }
  });
  it("makes tel: links of digits only", () => {
    expect(telHref("03-0000-1234")).toBe("tel:0300001234");
  });
});
