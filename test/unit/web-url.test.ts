/** URLs as municipalities and MHLW type them: the full-width forms found in published files, read as links. */
import { describe, expect, it } from "vitest";
import { webUrlSchema } from "../../src/schemas/shared/web-url.ts";

describe("webUrlSchema", () => {
  it("reads a URL typed with Japanese input on in its half-width form", () => {
    expect(webUrlSchema.parse("https：//www.f-pw.jp")).toBe("https://www.f-pw.jp");
    expect(webUrlSchema.parse("ｈｔｔｐ：//ｗｗｗ．ｓｅｎｓｉｎ．ｏｒ．ｊｐ")).toBe("http://www.sensin.or.jp");
  });

  it("reads a URL after a label typed in the cell (URL：, HP:, ホームページ：)", () => {
    expect(webUrlSchema.parse("URL：ｈｔｔｐ：//ｗｗｗ．ｓｅｎｓｉｎ．ｏｒ．ｊｐ")).toBe("http://www.sensin.or.jp");
    expect(webUrlSchema.parse("HP: https://example.jp/")).toBe("https://example.jp/");
    expect(webUrlSchema.parse("ホームページ：https://example.jp/kaigo/")).toBe("https://example.jp/kaigo/");
  });

  it("keeps a URL that is already valid exactly as written", () => {
    expect(webUrlSchema.parse("https://example.jp/パンフレット.pdf")).toBe("https://example.jp/パンフレット.pdf");
    // a full-width hyphen in the host name is mapped by the URL standard itself, as browsers do
    expect(webUrlSchema.parse("https://www.nomura－med.jp")).toBe("https://www.nomura－med.jp");
  });

  it("still refuses what is not an http(s) address, full-width or not", () => {
    for (const value of ["javascript：alert(1)", "URL：javascript:alert(1)", "URL：www.example.jp", "www.example.jp"])
      expect(webUrlSchema.safeParse(value).success).toBe(false);
  });
});
