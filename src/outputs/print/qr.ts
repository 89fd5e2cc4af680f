/**
 * The page URL as a QR code, drawn as vector squares in the PDF (sharp at any print resolution, no image data).
 */
import QRCode from "qrcode";
import type { PdfDoc } from "./svg-pdf.ts";

/** The dark modules of a QR code for `text` (error correction M), as a square matrix. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => modules.get(row, col) === 1));
}

/**
 * Draws the QR code of `text` in a `size`-point square at (x, y), including the 4-module quiet zone (white),
 * and makes the square a link to `text`.
 */
export function drawQr(doc: PdfDoc, text: string, x: number, y: number, size: number): void {
  const matrix = qrMatrix(text);
  const modules = matrix.length + 8;
  const unit = size / modules;
  doc.save();
  doc.rect(x, y, size, size).fill("#ffffff");
  for (let row = 0; row < matrix.length; row++) {
    const cells = matrix[row] as boolean[];
    let col = 0;
    while (col < cells.length) {
      if (!cells[col]) {
        col++;
        continue;
      }
      let end = col;
      while (end < cells.length && cells[end]) end++;
      doc.rect(x + (col + 4) * unit, y + (row + 4) * unit, (end - col) * unit, unit);
      col = end;
    }
  }
  doc.fill("#000000");
  doc.restore();
  doc.link(x, y, size, size, text);
}

/** The QR code of `text` as an SVG image (dark modules as one path, 4-module quiet zone), for Typst templates. */
export function qrSvg(text: string): string {
  const matrix = qrMatrix(text);
  const size = matrix.length + 8;
  let path = "";
  matrix.forEach((cells, row) => {
    let col = 0;
    while (col < cells.length) {
      if (!cells[col]) {
        col++;
        continue;
      }
      let end = col;
      while (end < cells.length && cells[end]) end++;
      path += `M${col + 4} ${row + 4}h${end - col}v1h${col - end}z`;
      col = end;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
