import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatFileSize, ogImagePath, pamphletPdfPath } from "../../../src/lib/site/output-paths.ts";
import { tableColumnWidths } from "../../../src/outputs/print/doc-blocks.ts";
import { loadPrintFonts } from "../../../src/outputs/print/fonts.ts";
import { glyphIssues, missingGlyphs } from "../../../src/outputs/print/glyphs.ts";
import { PrintImageError, readPrintImage } from "../../../src/outputs/print/images.ts";
import { qrMatrix } from "../../../src/outputs/print/qr.ts";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe("tableColumnWidths", () => {
  it("fills the width in proportion to the columns' longest cells when everything fits", () => {
    const widths = tableColumnWidths([100, 50], [40, 40], 300);
    expect(sum(widths ?? [])).toBeCloseTo(300);
    expect(widths?.[0]).toBeCloseTo(200);
  });

  it("gives a short column its natural width and lets the long one wrap", () => {
    // A label column (90) and a long description (900) in 480 points: the label must not wrap.
    const widths = tableColumnWidths([90, 900], [60, 60], 480) ?? [];
    expect(widths[0]).toBeCloseTo(90);
    expect(sum(widths)).toBeCloseTo(480);
  });

  it("never goes below a column's minimum", () => {
    const widths = tableColumnWidths([300, 300, 300, 60], [60, 60, 60, 60], 400) ?? [];
    expect(sum(widths)).toBeCloseTo(400);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(60 - 1e-9);
  });

  it("reports a table that cannot fit even at minimum widths", () => {
    expect(tableColumnWidths(new Array(10).fill(200), new Array(10).fill(60), 495)).toBeNull();
  });
});

describe("glyph coverage of the print typeface", () => {
  const fonts = loadPrintFonts();

  it("finds emoji and characters outside the font, once each, and ignores spaces and variation selectors", () => {
    expect(missingGlyphs("在宅医療😊です😊。𠮷野家 ☎０３　①", fonts)).toEqual(["😊", "𠮷"]);
    expect(missingGlyphs("注意\u26a0\ufe0f", fonts)).toEqual(missingGlyphs("注意\u26a0", fonts));
    expect(missingGlyphs("髙﨑ケアマネジャー、ショートステイ", fonts)).toEqual([]);
  });

  it("reports them as located errors naming each character and its code point", () => {
    const issues = glyphIssues([{ text: "笑顔😊で", file: "pamphlets/a.mdx", line: 12, field: undefined }], fonts);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", file: "pamphlets/a.mdx", line: 12 });
    expect(issues[0]?.message).toContain("😊（U+1F60A）");
  });
});

describe("readPrintImage", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "print-images-"));
  const file = (name: string, data: Buffer | string) => {
    const full = path.join(dir, name);
    writeFileSync(full, data);
    return full;
  };

  it("reads the size of PNG, JPEG and SVG images", () => {
    const png = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    png.write("IHDR", 12, "latin1");
    png.writeUInt32BE(640, 16);
    png.writeUInt32BE(360, 20);
    expect(readPrintImage(file("a.png", png))).toMatchObject({ kind: "png", width: 640, height: 360 });

    // SOI, an APP0 segment, then SOF0 with height 300 and width 400.
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x01, 0x2c, 0x01, 0x90, 0x01, 0x01, 0x11,
      0x00,
    ]);
    expect(readPrintImage(file("b.jpg", jpeg))).toMatchObject({ kind: "jpeg", width: 400, height: 300 });

    expect(readPrintImage(file("c.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 270"></svg>'))).toMatchObject({
      kind: "svg",
      width: 480,
      height: 270,
    });
  });

  it("tells a broken image (error) from a format PDFs cannot take (warning)", () => {
    const broken = () => readPrintImage(file("broken.png", "これは画像ではありません"));
    expect(broken).toThrow(PrintImageError);
    expect(broken).toThrow(/PNG/);
    try {
      readPrintImage(file("photo.webp", "RIFF....WEBP"));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PrintImageError);
      expect((error as PrintImageError).reason).toBe("unsupported");
    }
  });
});

describe("output paths", () => {
  it("names PDFs and OG images after the page", () => {
    expect(pamphletPdfPath("zaitaku-iryo")).toBe("/pamphlets/zaitaku-iryo.pdf");
    expect(ogImagePath("/")).toBe("/og/index.png");
    expect(ogImagePath("/pamphlets/")).toBe("/og/pamphlets.png");
    expect(ogImagePath("/pamphlets/zaitaku-iryo/")).toBe("/og/pamphlets/zaitaku-iryo.png");
  });

  it("formats file sizes as residents read them next to a link", () => {
    expect(formatFileSize(300)).toBe("1KB");
    expect(formatFileSize(420 * 1024)).toBe("420KB");
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe("1.3MB");
  });
});

describe("qrMatrix", () => {
  it("is a square QR code with its three finder patterns", () => {
    const m = qrMatrix("https://test.example.jp/zaitaku/pamphlets/long-guide/");
    expect(m.length).toBeGreaterThanOrEqual(21);
    expect(m.every((row) => row.length === m.length)).toBe(true);
    const finder = (r: number, c: number) => m[r]?.slice(c, c + 7).every(Boolean) && m[r + 6]?.slice(c, c + 7).every(Boolean);
    const n = m.length;
    expect([finder(0, 0), finder(0, n - 7), finder(n - 7, 0)]).toEqual([true, true, true]);
  });
});
