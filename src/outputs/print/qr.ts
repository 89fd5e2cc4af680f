/**
 * The page URL as a QR code, as a vector SVG that the Typst templates place (sharp at any print resolution).
 */
import QRCode from "qrcode";

/** The dark modules of a QR code for `text` (error correction M), as a square matrix. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => modules.get(row, col) === 1));
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
