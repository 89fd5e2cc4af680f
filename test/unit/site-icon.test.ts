import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { iconCharacter, iconPng, pngsToIco } from "../../src/outputs/site-icon.ts";

/** Share of pixels that are (nearly) white: the drawn character. */
function whiteShare(png: PNG): number {
  let white = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if ((png.data[i] ?? 0) > 200 && (png.data[i + 1] ?? 0) > 200 && (png.data[i + 2] ?? 0) > 200) white++;
  return white / (png.width * png.height);
}

describe("site icon", () => {
  it("takes the municipality's first character", () => {
    expect(iconCharacter("架空市")).toBe("架");
    expect(iconCharacter("  𠮟市")).toBe("𠮟");
    expect(iconCharacter("")).toBe("在");
  });

  it("draws the character: a PNG of the asked size, partly white, differing between characters, stable", () => {
    const a = iconPng("架", 48);
    const png = PNG.sync.read(a);
    expect([png.width, png.height]).toEqual([48, 48]);
    const share = whiteShare(png);
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.6);
    expect(iconPng("架", 48).equals(a)).toBe(true);
    expect(iconPng("東", 48).equals(a)).toBe(false);
  });

  it("packs PNGs into an ICO directory that points at each image", () => {
    const pngs = [16, 32].map((size) => ({ size, png: iconPng("架", size) }));
    const ico = pngsToIco(pngs);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    pngs.forEach(({ size, png }, i) => {
      const entry = 6 + 16 * i;
      expect(ico.readUInt8(entry)).toBe(size);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(ico.subarray(offset, offset + length).equals(png)).toBe(true);
    });
  });
});
