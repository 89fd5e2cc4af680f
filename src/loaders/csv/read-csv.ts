import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { type ContentIssue, displayValue } from "../../lib/content/content-issue.ts";
import { looksLikeFormula, restoreFormula } from "../../lib/opendata/csv-write.ts";
import { type CsvEncoding, decodeCsvBytes } from "./decode.ts";
import { type HeaderAliases, type HeaderMapping, mapHeaders } from "./headers.ts";

/** One data row, keyed by canonical field, with its location for messages. */
export interface CsvRow<F extends string> {
  /** Row number as staff see it in Excel: the header is row 1, the first data row is row 2. */
  row: number;
  /** Values by canonical field (trimmed; missing columns are absent). Text only: never interpreted as markup. */
  values: Partial<Record<F, string>>;
  /** Values of extension columns (headers not in the alias table), by header as written. */
  extra: Record<string, string>;
  /** Cells in the row as written, and how many of them (from the end) are empty: lets loaders spot ragged rows. */
  cells?: { count: number; lastFilled: number };
}

/** A decoded, parsed and header-mapped CSV file. */
export interface CsvTable<F extends string> {
  /** Path relative to the content folder, for messages. */
  file: string;
  encoding: CsvEncoding;
  /** The header row as written. */
  headers: string[];
  mapping: HeaderMapping<F>;
  rows: CsvRow<F>[];
}

/** Options for {@link readCsv}. */
export interface ReadCsvOptions<F extends string> {
  /** Canonical field → accepted header names. */
  aliases: HeaderAliases<F>;
  /** Fields whose column must exist in the header. */
  requiredColumns?: readonly NoInfer<F>[];
  /** Decides whether this header row belongs to the expected format (format detection); default: always. */
  accepts?: (mapping: HeaderMapping<F>) => boolean;
}

/**
 * Reads a CSV file in any supported encoding, maps its header by name and returns located rows. Problems with the
 * file as a whole (encoding, syntax, missing required columns, duplicate columns) are returned as issues; an empty
 * `rows` list then means nothing could be read.
 * @param absolutePath where the file is
 * @param file the path relative to the content folder, for messages
 */
export function readCsv<F extends string>(
  absolutePath: string,
  file: string,
  options: ReadCsvOptions<F>,
): { table?: CsvTable<F>; issues: ContentIssue[] } {
  const decoded = decodeCsvBytes(readFileSync(absolutePath));
  if (!decoded) {
    return {
      issues: [
        {
          severity: "error",
          file,
          message:
            "文字コードを読み取れません。UTF-8、UTF-8（BOM 付き）、Shift_JIS、UTF-16（BOM 付き）のいずれかで保存してください",
          hint: "Excel では「名前を付けて保存」→「CSV UTF-8（コンマ区切り）」を選ぶと確実です",
        },
      ],
    };
  }
  const firstLine = decoded.text.slice(0, decoded.text.search(/\r\n|\n|\r|$/));
  // UTF-16 exports from some catalogs are tab-separated.
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      // Any mix of CRLF, LF and CR (an Excel file edited elsewhere): csv-parse otherwise keeps the first one it sees.
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    // Point at the row where the broken quoted value opened, not where the parser gave up (often the last line).
    const line = openingQuoteRow(decoded.text, delimiter) ?? (error as { lines?: number }).lines;
    return {
      issues: [
        {
          severity: "error",
          file,
          line,
          message: `CSV の形式が正しくありません（${csvErrorInJapanese(error)}）`,
          hint: '「"」で囲んだ値の中の「"」は「""」と 2 つ重ねて書きます。閉じ忘れがないか確認してください',
        },
      ],
    };
  }
  const [header, ...body] = records;
  if (!header) return { issues: [{ severity: "error", file, message: "CSV が空です（見出しの行がありません）" }] };
  const headers = header.record;
  const mapping = mapHeaders(headers, options.aliases);
  const issues: ContentIssue[] = [];
  if (options.accepts && !options.accepts(mapping)) {
    return { issues };
  }
  for (const [field, a, b] of mapping.duplicates) {
    issues.push({
      severity: "error",
      file,
      line: 1,
      field: b,
      message: `「${a}」と同じ意味の列が 2 つあります（${field}）`,
      hint: "どちらか一方の列を削除してください",
    });
  }
  for (const field of options.requiredColumns ?? []) {
    if (mapping.columns[field] === undefined) {
      const names = [field, ...(options.aliases[field] ?? [])].slice(0, 3).join("」「");
      issues.push({
        severity: "error",
        file,
        line: 1,
        field,
        message: `必須の列「${names}」がありません`,
        hint: "見出しの行（1 行目）の列名を確認してください",
      });
    }
  }
  const rows: CsvRow<F>[] = [];
  body.forEach(({ record }, i) => {
    if (record.every((cell) => cell.trim() === "")) return;
    const values: Partial<Record<F, string>> = {};
    const row = i + 2;
    for (const [field, index] of Object.entries(mapping.columns) as [F, number][]) {
      const cell = record[index];
      if (cell !== undefined) values[field] = readCell(cell, { file, row, header: headers[index] ?? field }, issues);
    }
    const extra: Record<string, string> = {};
    for (const { index, header: h } of mapping.unknown) {
      const cell = record[index];
      if (cell !== undefined && cell.trim() !== "") extra[h.trim()] = readCell(cell, { file, row, header: h }, issues);
    }
    let lastFilled = record.length - 1;
    while (lastFilled >= 0 && (record[lastFilled] ?? "").trim() === "") lastFilled--;
    rows.push({ row, values, extra, cells: { count: record.length, lastFilled } });
  });
  return { table: { file, encoding: decoded.encoding, headers, mapping, rows }, issues };
}

/**
 * The marker MHLW's 介護サービス情報公表 export writes where the office typed a line break in a cell (`…除く))（改行）(2)…`,
 * hundreds of cells in some service files). Residents should see a new line, not the word.
 */
const LINE_BREAK_MARKER = /[ \t\u3000]*（改行）[ \t\u3000]*/g;

/**
 * A cell as the loaders see it: trimmed, the `（改行）` marker read as the line break it stands for, and with the `'`
 * the open-data export puts before formula-like values removed again (csv-write.ts), so a downloaded file reads back
 * exactly. A formula-like value gets a warning: the site's CSV downloads will carry it with a leading `'` so that
 * spreadsheets do not run it.
 */
function readCell(cell: string, at: { file: string; row: number; header: string }, issues: ContentIssue[]): string {
  const value = restoreFormula(cell.replace(LINE_BREAK_MARKER, "\n").trim());
  if (looksLikeFormula(value)) {
    issues.push({
      severity: "warning",
      file: at.file,
      line: at.row,
      field: at.header,
      value: displayValue(value),
      message: "表計算ソフトで数式として実行されるおそれのある値です（先頭が = + - @ など）",
      hint: "オープンデータの CSV には先頭に「'」を付けて書き出します。数式のつもりでなければ、そのままで構いません",
    });
  }
  return value;
}

/**
 * Finds the row (header = row 1) whose quoted value never closes properly: still open at the end of the file, or
 * "closed" by a quote followed by more text. A plain scan, so it cannot hang on any input.
 * @returns the row, or undefined when every quoted value is well formed
 */
export function openingQuoteRow(text: string, delimiter: string): number | undefined {
  let row = 1;
  let inQuote = false;
  let openedAt = 0;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuote) {
      if (ch !== '"') continue;
      if (text[i + 1] === '"') {
        i++;
        continue;
      }
      const next = text[i + 1];
      if (next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") return openedAt;
      inQuote = false;
      fieldStart = false;
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuote = true;
      openedAt = row;
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) {
      row++;
      fieldStart = true;
    } else if (ch !== "\r") {
      fieldStart = ch === delimiter;
    }
  }
  return inQuote ? openedAt : undefined;
}

function csvErrorInJapanese(error: unknown): string {
  const code = (error as { code?: string }).code ?? "";
  if (code === "CSV_QUOTE_NOT_CLOSED") return '「"」が閉じられていません';
  if (code === "CSV_INVALID_CLOSING_QUOTE") return '「"」の後に余分な文字があります';
  if (code === "INVALID_OPENING_QUOTE") return '「"」が値の途中にあります';
  return code || String(error);
}
