/**
 * Row header cells for label–value tables (the flyer's 日時・場所・申込 rows). Typst 0.14 tags a table's first column
 * as data cells: row headers (`pdf.header-cell(scope: "row")`) need its a11y-extras feature, which the Node compiler
 * does not enable. So the PDF is patched after export: the first cell of every row becomes a TH with Scope Row.
 * Each replacement has the length of what it replaces (`/S /TD` → `/S /TH`, `/Headers []` → `/Scope /Row`), so
 * every byte offset of the file stays valid.
 */

/**
 * The PDF with the first cell of each table row tagged as a row header (TH, Scope Row).
 * @throws Error when a row's first cell is not the plain data cell Typst writes (a template or Typst change)
 */
export function withRowHeaders(pdf: Buffer): Buffer {
  const text = pdf.toString("latin1");
  const out = Buffer.from(pdf);
  for (const row of text.matchAll(/\/S \/TR\s+\/P \d+ 0 R\s+\/K \[(\d+) 0 R/g)) {
    const start = text.indexOf(`\n${row[1]} 0 obj\n`);
    const end = text.indexOf("endobj", start);
    const cell = text.slice(start, end);
    if (start < 0 || !/\/S \/TD\b/.test(cell) || !cell.includes("/Headers []")) {
      throw new Error("row headers: a table row does not start with a plain data cell");
    }
    const patched = cell.replace("/S /TD", "/S /TH").replace("/Headers []", "/Scope /Row");
    out.write(patched, start, "latin1");
  }
  return out;
}
