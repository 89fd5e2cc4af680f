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
