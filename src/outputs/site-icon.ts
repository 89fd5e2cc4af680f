/**
 * The site's icon, made at build time from its name (no image to supply): the municipality's first character in
 * white on the site's green, in the print typeface. Served as /favicon.ico (browsers ask for it even without a
 * <link>, so a missing one is a console error on every page) and /apple-touch-icon.png (home-screen shortcuts).
 */
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { PRINT_FACE_FILES } from "./print/fonts.ts";

const require = createRequire(import.meta.url);

/** The web pages' accent green (--accent in src/styles/global.css); white on it is 9.3:1. */
const ICON_GREEN = "#00563f";

/** The character on the icon: the first of the municipality's name (架空市 → 架), or 在 if it has none. */
export function iconCharacter(municipalityName: string): string {
  return [...municipalityName.trim()][0] ?? "在";
}

/** The icon as SVG, `size` pixels square. */
export function iconSvg(character: string, size: number): string {
  const escaped = character.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" rx="16" fill="${ICON_GREEN}"/>` +
    `<text x="50" y="50" dy="0.36em" text-anchor="middle" font-family="BIZ UDPGothic" font-weight="700" font-size="72" fill="#ffffff">${escaped}</text>` +
    "</svg>"
  );
}

/** The icon as a PNG, `size` pixels square (same input, same bytes). */
export function iconPng(character: string, size: number): Buffer {
  const font = require.resolve(PRINT_FACE_FILES["biz-udpgothic"].bold);
  const resvg = new Resvg(iconSvg(character, size), {
    fitTo: { mode: "width", value: size },
    font: { fontFiles: [font], loadSystemFonts: false, defaultFontFamily: "BIZ UDPGothic" },
  });
  return Buffer.from(resvg.render().asPng());
}

/**
 * An ICO file holding PNG images (every browser since 2007 reads PNG inside ICO). Each image is given with its size
 * in pixels (at most 256).
 */
export function pngsToIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries = Buffer.alloc(16 * images.length);
  let offset = header.length + entries.length;
  images.forEach(({ size, png }, i) => {
    const at = 16 * i;
    entries.writeUInt8(size >= 256 ? 0 : size, at); // width (0 means 256)
    entries.writeUInt8(size >= 256 ? 0 : size, at + 1); // height
    entries.writeUInt8(0, at + 2); // no palette
    entries.writeUInt8(0, at + 3); // reserved
    entries.writeUInt16LE(1, at + 4); // colour planes
    entries.writeUInt16LE(32, at + 6); // bits per pixel
    entries.writeUInt32LE(png.length, at + 8);
    entries.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, entries, ...images.map((i) => i.png)]);
}
