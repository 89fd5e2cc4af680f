/**
 * Reading PDFs back with poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm), as a person's tools would see them.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** pdfinfo's fields (Title, Pages, Page size …). */
export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run("pdfinfo", ["-isodates", file]).split("\n")) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1] as string] = m[2] as string;
  }
  return info;
}

/** pdffonts' rows: name, type, embedded, subset. */
export function pdfFonts(file: string): { name: string; type: string; emb: string; sub: string }[] {
  return run("pdffonts", [file])
    .split("\n")
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name, type (1–2 words), encoding, emb, sub, uni, object, id
      const [emb, sub] = cols.slice(-5, -3);
      return { name: cols[0] as string, type: cols.slice(1, -6).join(" "), emb: emb as string, sub: sub as string };
    });
}

/** The text of each page (pdftotext), in reading order. */
export function pdfPages(file: string): string[] {
  return run("pdftotext", [file, "-"]).split("\f").slice(0, -1);
}

/** The text lines of each page with their vertical position (pdftotext -bbox-layout). */
export function pdfLines(file: string): { yMin: number; yMax: number; text: string }[][] {
  const xml = run("pdftotext", ["-bbox-layout", file, "-"]);
  return xml
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
        yMin: Number(m[1]),
        yMax: Number(m[2]),
        text: [...(m[3] as string).matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1] as string)).join(""),
      })),
    );
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** A rectangle of a page in points (x, y from the top left). */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One page (or an area of it) rendered to RGBA pixels, via pdftoppm's grey PGM output.
 * @param area the part of the page to render, in points; default the whole page
 */
export function renderPage(
  file: string,
  page: number,
  dpi: number,
  area?: Area,
): { width: number; height: number; data: Uint8ClampedArray } {
  const px = (pt: number) => String(Math.round((pt * dpi) / 72));
  const crop = area ? ["-x", px(area.x), "-y", px(area.y), "-W", px(area.width), "-H", px(area.height)] : [];
  const pgm = execFileSync("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), ...crop, file], {
    maxBuffer: 256 * 1024 * 1024,
  });
  // P5\n<width> <height>\n<max>\n<bytes>
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm did not return a PGM image");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = pixels[i] as number;
    data.set([v, v, v, 255], i * 4);
  }
  return { width, height, data };
}

/** Width and height of a PNG file from its header. */
export function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  if (data.subarray(1, 4).toString("latin1") !== "PNG") throw new Error(`${file} is not a PNG`);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The structure tree's tag names (pdfinfo -struct-text), in document order: Document, H1, P, L, LI, Table, TH … */
export function pdfStructTags(file: string): string[] {
  return run("pdfinfo", ["-struct-text", file])
    .split("\n")
    .flatMap((line) => /^\s*([A-Z][A-Za-z0-9]*)\b(?=[\s:]|$)/.exec(line)?.[1] ?? []);
}

/**
 * The text of the structure tree (the quoted text lines of pdfinfo -struct-text) joined in the tree's order: the
 * order a screen reader follows, whatever the physical place on the page.
 */
export function pdfStructText(file: string): string {
  return run("pdfinfo", ["-struct-text", file])
    .split("\n")
    .flatMap((line) => /^\s*"(.*)"\s*$/.exec(line)?.[1] ?? [])
    .join("");
}

/** The /Alt texts of the structure elements (figures), decoded from the PDF's streams and objects. */
export function pdfAltTexts(file: string): string[] {
  const bytes = readFileSync(file);
  const raw = bytes.toString("latin1");
  let text = raw;
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = (m.index as number) + m[0].length;
    try {
      text += inflateSync(bytes.subarray(start, raw.indexOf("endstream", start))).toString("latin1");
    } catch {
      // Not a deflated stream (fonts are, images may not be): nothing to read in it.
    }
  }
  return [...text.matchAll(/\/Alt\s*(?:<([0-9A-Fa-f]+)>|\(((?:[^()\\]|\\.)*)\))/g)].map((m) =>
    m[1] ? utf16(Buffer.from(m[1], "hex")) : (m[2] as string),
  );
}

function utf16(data: Buffer): string {
  if (data[0] !== 0xfe || data[1] !== 0xff) return data.toString("latin1");
  const body = Buffer.from(data.subarray(2));
  return body.swap16().toString("utf16le");
}
