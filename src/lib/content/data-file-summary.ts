/**
 * One line per data file for `npm run check`: what the file was read as and what became of its rows.
 */

/** What became of one data file. */
export interface DataFileSummary {
  /** Path relative to the content folder. */
  file: string;
  /** Detected layout (e.g. 介護サービス情報公表（厚生労働省）), or undefined when not recognised. */
  layout?: string | undefined;
  /** Detected encoding (utf-8, utf-8-bom, cp932, …). */
  encoding: string;
  /** Data rows read (header excluded). */
  rowsRead: number;
  /** Rows published. */
  kept: number;
  /** Rows left out by the area setting. */
  outsideArea: number;
  /**
   * The row numbers (header = row 1) of those rows: never published, so they get no message of their own (the text
   * checks skip their cells; the file's one summary line names where they are).
   */
  outsideAreaRows: number[];
  /** Rows left out for what they hold: errors, and (events of published files) the rows counted in `leftOut`. */
  withErrors: number;
  /** Rows of a published file left out with a warning, counted by the column that decided it (events). */
  leftOut?: { field: string; rows: number }[];
  /** Pages made from this file (one office over several rows or files is counted for the file of its first row). */
  pages: number;
}

/**
 * The summary of a file just read: its rows counted, nothing kept or left out yet (the loader counts as it goes).
 * @param layout what the file was read as; undefined while (or when) it is not recognised
 */
export function newDataFileSummary(
  file: string,
  table: { encoding: string; rows: readonly unknown[] },
  layout?: string,
): DataFileSummary {
  return {
    file,
    layout,
    encoding: table.encoding,
    rowsRead: table.rows.length,
    kept: 0,
    outsideArea: 0,
    outsideAreaRows: [],
    withErrors: 0,
    pages: 0,
  };
}

/**
 * 「resources/x.csv: 医療機関一覧（推奨データセット）、cp932、300 行を読み 290 行を載せました（範囲外 10 行）→ 280 ページ」
 * @param s the summary
 */
export function formatDataFileSummary(s: DataFileSummary): string {
  if (!s.layout) return `${s.file}: 形式を判別できません（${s.encoding}、${s.rowsRead} 行）→ 0 ページ`;
  const out: string[] = [];
  if (s.outsideArea) out.push(`範囲外 ${s.outsideArea} 行`);
  const warned = (s.leftOut ?? []).reduce((n, l) => n + l.rows, 0);
  if (warned) out.push(`読めない値 ${warned} 行（${(s.leftOut ?? []).map((l) => `${l.field} ${l.rows}`).join("、")}）`);
  if (s.withErrors - warned > 0) out.push(`エラー ${s.withErrors - warned} 行`);
  const left = out.length ? `、除いた行: ${out.join("・")}` : "";
  return `${s.file}: ${s.layout}、${s.encoding}、${s.rowsRead} 行を読み ${s.kept} 行を載せました${left} → ${s.pages} ページ`;
}
