/**
 * Images for the printed page: PNG and JPEG as pictures, SVG as vector drawings, read and checked before Typst
 * places them (a broken or unsupported file is a located content problem, not a template error).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/** An image ready to draw, with its natural size in CSS pixels. */
export type PrintImage =
  | { kind: "svg"; svg: string; width: number; height: number }
  | { kind: "png" | "jpeg"; data: Buffer; width: number; height: number };

/** Why an image cannot be printed: `unreadable` (broken or empty file) or `unsupported` (a format PDFs cannot take). */
export class PrintImageError extends Error {
  readonly reason: "unreadable" | "unsupported";
  constructor(reason: "unreadable" | "unsupported", message: string) {
    super(message);
    this.name = "PrintImageError";
    this.reason = reason;
  }
}

/**
 * Reads an image file and its natural size.
 * @throws PrintImageError when the file is broken or its format is not PNG, JPEG or SVG
 */
export function readPrintImage(file: string): PrintImage {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    throw new PrintImageError("unreadable", "画像ファイルを開けません");
  }
  const ext = path.extname(file).toLowerCase();
  if (isPng(data)) {
    if (data.length < 24) throw new PrintImageError("unreadable", "PNG 画像が壊れています");
    return { kind: "png", data, width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data[0] === 0xff && data[1] === 0xd8) {
    const size = jpegSize(data);
    if (!size) throw new PrintImageError("unreadable", "JPEG 画像が壊れています");
    return { kind: "jpeg", data, ...size };
  }
  if (ext === ".svg") {
    const svg = data.toString("utf8");
    const linked = svgLinkedFile(svg);
    if (linked) throw new PrintImageError("unreadable", linked);
    const size = svgSize(svg);
    if (!size) throw new PrintImageError("unreadable", "SVG 画像の大きさ（width・height または viewBox）が読めません");
    return { kind: "svg", svg, ...size };
  }
  if ([".png", ".jpg", ".jpeg"].includes(ext)) {
    throw new PrintImageError(
      "unreadable",
      `画像ファイルの中身が ${ext.slice(1).toUpperCase()} 形式になっていません（壊れているか、別の形式です）`,
    );
  }
  throw new PrintImageError("unsupported", `${ext || "この"} 形式の画像は印刷用PDFに載せられません`);
}

function isPng(data: Buffer): boolean {
  return data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}

function jpegSize(data: Buffer): { width: number; height: number } | null {
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1] as number;
    const length = data.readUInt16BE(offset + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}

const EXTERNAL_ENTITY = /<!ENTITY\s+(?:%\s+)?[^\s>]+\s+(?:SYSTEM|PUBLIC)\b/i;
const LINKED_IMAGE = /<(?:[\w-]+:)?image\b[^>]*?\s(?:xlink:)?href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/**
 * Why an SVG cannot be printed because it reads another file, or undefined. An external entity (`<!ENTITY x SYSTEM
 * "file:///…">`) or an `<image href="…">` that is not a data: URL names a file on the machine that drew it; the
 * print engine refuses both and would stop the whole PDF step with its own English message, so they are the
 * image's located problem instead. Internal entities (Illustrator's `<!ENTITY ns_svg "…">`) are fine.
 */
function svgLinkedFile(svg: string): string | undefined {
  if (EXTERNAL_ENTITY.test(svg)) {
    return "SVG 画像が外部のファイルを読み込む宣言（<!ENTITY … SYSTEM>）を含んでいるため、印刷用PDFに載せられません";
  }
  for (const m of svg.matchAll(LINKED_IMAGE)) {
    const href = (m[1] ?? m[2] ?? "").trim();
    if (!/^data:/i.test(href)) {
      return "SVG 画像の中で別の画像ファイルを読み込んでいる（<image href>）ため、印刷用PDFに載せられません。画像を埋め込んで保存し直してください";
    }
  }
  return undefined;
}

function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) return null;
  const num = (name: string) => {
    const value = new RegExp(`\\s${name}="\\s*([\\d.]+)(px)?\\s*"`).exec(root);
    return value ? Number(value[1]) : undefined;
  };
  const viewBox = /\sviewBox="([^"]+)"/
    .exec(root)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const vbWidth = viewBox?.[2];
  const vbHeight = viewBox?.[3];
  const width = num("width") ?? vbWidth;
  const height = num("height") ?? vbHeight;
  if (!width || !height || !Number.isFinite(width) || !Number.isFinite(height)) return null;
  return { width, height };
}
