import { describe, expect, it } from "vitest";
import { normalizeJapanesePhone, telHref } from "../../src/lib/values/phone.ts";

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

describe("grouping numbers written without hyphens", () => {
  it("uses the area code's real length (045 is a 3-digit area code, 0466 a 4-digit one)", () => {
    expect(normalizeJapanesePhone("0451234567")).toBe("045-123-4567");
    expect(normalizeJapanesePhone("0466123456")).toBe("0466-12-3456");
    expect(normalizeJapanesePhone("0312345678")).toBe("03-1234-5678");
    expect(normalizeJapanesePhone("09012345678")).toBe("090-1234-5678");
    expect(normalizeJapanesePhone("0120123456")).toBe("0120-123-456");
  });
});
