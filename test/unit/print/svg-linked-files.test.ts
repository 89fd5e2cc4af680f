import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PrintImageError, readPrintImage } from "../../../src/outputs/print/images.ts";
import { renderTypstPdf } from "../../../src/outputs/print/typst/compiler.ts";

const SECRET = path.join(mkdtempSync(path.join(os.tmpdir(), "svg-linked-")), "secret.png");
writeFileSync(SECRET, "not shown");

const svg = (head: string, body: string) =>
  `<?xml version="1.0"?>${head}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="30">${body}</svg>`;
const DOT =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==";

/** SVGs that read another file: each one would stop the print engine. */
const linking: [string, string][] = [
  ["an external entity", svg(`<!DOCTYPE svg [<!ENTITY s SYSTEM "file://${SECRET}">]>`, "<text>&s;</text>")],
  ["a PUBLIC parameter entity", svg(`<!DOCTYPE svg [<!ENTITY % p PUBLIC "x" "${SECRET}"> %p;]>`, "")],
  ["an <image href> to an absolute path", svg("", `<image width="4" height="3" href="${SECRET}"/>`)],
  ["an <image xlink:href> climbing out", svg("", `<image width="4" height="3" xlink:href='../../../..${SECRET}'/>`)],
  ["an <svg:image> with a file: URL", svg("", `<svg:image xmlns:svg="http://www.w3.org/2000/svg" href="file://${SECRET}"/>`)],
];

/** SVGs that stand alone. */
const standalone: [string, string][] = [
  [
    "Illustrator's internal entities",
    svg('<!DOCTYPE svg [<!ENTITY ns_svg "http://www.w3.org/2000/svg">]>', "<rect width='4' height='3'/>"),
  ],
  ["an image embedded as a data: URL", svg("", `<image width="4" height="3" href="${DOT}"/>`)],
];

const TEMPLATE = '#set document(title: "t")\n#image("/img/1.svg", alt: "図")\n';

function printed(text: string): Buffer {
  return renderTypstPdf("biz-udpgothic", {
    template: TEMPLATE,
    data: {},
    files: { "/img/1.svg": Buffer.from(text) },
    createdAt: 0,
  });
}

function read(text: string) {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "svg-linked-")), "a.svg");
  writeFileSync(file, text);
  return readPrintImage(file);
}

describe("SVG images that read other files", () => {
  it.each(linking)("%s: the print engine refuses it, so it is the image's located problem, before the engine", (_, text) => {
    expect(() => printed(text)).toThrow(/in SVG|parse SVG/);
    expect(() => read(text)).toThrow(PrintImageError);
    expect(() => read(text)).toThrow(/印刷用PDFに載せられません/);
  });

  it.each(standalone)("%s: printed", (_, text) => {
    expect(read(text)).toMatchObject({ kind: "svg", width: 40, height: 30 });
    expect(printed(text).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
