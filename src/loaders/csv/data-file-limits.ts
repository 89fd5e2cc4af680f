/**
 * Size limits for the data files (CSV) of a content folder, checked before anything reads a file whole. The content
 * check and the build parse every CSV in memory (rows become pages, lists and open-data exports), so an oversized
 * file (a 50 MB, 88,000-row event list; a nationwide export dropped in by mistake) would otherwise grow the build to
 * gigabytes with no sign of life. Each CSV is first streamed (stream-csv.ts: memory stays bounded whatever the size)
 * with a progress line for big files; a file over a limit stops the build with one located Japanese error naming the
 * file, before any whole read. The limits are documented in docs/security.md and docs/staff/accepted-files.md.
 */
import { statSync } from "node:fs";
import path from "node:path";
import type { ContentIssue } from "../../lib/content/content-issue.ts";
import { listContentFiles } from "../content-path.ts";
import { readFileHead } from "../file-head.ts";
import { type CsvProgress, type StreamEncoding, streamCsvRows } from "./stream-csv.ts";

/** The limits one CSV file must stay within. */
export interface DataFileLimits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Most data rows (the header row not counted). */
  maxRows: number;
}

/**
 * Default limits: 32 MB and 20,000 data rows per file. A prefecture's list per service is a few thousand rows; the
 * content check of one 20,000-row file stays within a few hundred MB (docs/security.md has the figures).
 */
export const DEFAULT_DATA_FILE_LIMITS: DataFileLimits = { maxBytes: 32 * 1024 * 1024, maxRows: 20_000 };

/** Files up to this many times the byte limit are still streamed to count their rows for the message. */
export const COUNT_UP_TO_TIMES = 8;

/** Files at least this large get progress lines while they are scanned. */
export const PROGRESS_FROM_BYTES = 4 * 1024 * 1024;

/** Content folders that hold CSV data files. */
export const DATA_FILE_FOLDERS = ["events", "resources", "surveys"] as const;

/**
 * The limits in force: the defaults, or ZAITAKU_CSV_MAX_MB / ZAITAKU_CSV_MAX_ROWS from the environment (positive
 * numbers; anything else is ignored) for an operator who has measured a larger machine, or for tests.
 */
export function dataFileLimits(env: NodeJS.ProcessEnv = process.env): DataFileLimits {
  const positive = (value: string | undefined) => {
    const n = Number(value);
    return value !== undefined && value.trim() !== "" && Number.isFinite(n) && n > 0 ? n : undefined;
  };
  const mb = positive(env["ZAITAKU_CSV_MAX_MB"]);
  const rows = positive(env["ZAITAKU_CSV_MAX_ROWS"]);
  return {
    maxBytes: mb === undefined ? DEFAULT_DATA_FILE_LIMITS.maxBytes : Math.floor(mb * 1024 * 1024),
    maxRows: rows === undefined ? DEFAULT_DATA_FILE_LIMITS.maxRows : Math.floor(rows),
  };
}

/** A progress report for one file being scanned. */
export interface DataFileProgress extends CsvProgress {
  /** The file, relative to the content folder. */
  file: string;
}

/** Options for {@link scanDataFiles}. */
export interface ScanDataFilesOptions {
  /** The limits (default: {@link dataFileLimits}). */
  limits?: DataFileLimits;
  /** Called while a file of at least {@link PROGRESS_FROM_BYTES} is scanned (about every 8 MB, and at its end). */
  onProgress?: (progress: DataFileProgress) => void;
  /** How often to report progress, in bytes (default 8 MB). */
  progressBytes?: number;
}

/** Megabytes with one decimal, for messages. */
function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The progress line staff see while a big file is scanned. */
export function formatDataFileProgress(p: DataFileProgress): string {
  const percent = p.total ? Math.floor((p.bytes / p.total) * 100) : 100;
  return `データファイルを読んでいます: ${p.file} ${mb(p.bytes)} / ${mb(p.total)}（${percent}%、${p.rows.toLocaleString("ja-JP")} 行）`;
}

/** Encoding and delimiter from the first bytes, as read-csv.ts would decide them for the whole file. */
function sniff(absolute: string): { encoding: StreamEncoding; delimiter: string } {
  const bytes = readFileHead(absolute, 64 * 1024);
  let encoding: StreamEncoding;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
  else {
    try {
      // stream: true, so a character cut at the end of the sample is not an error.
      new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
      encoding = "utf-8";
    } catch {
      encoding = "cp932";
    }
  }
  const text = new TextDecoder(encoding === "cp932" ? "shift_jis" : encoding).decode(bytes);
  const firstLine = text.slice(0, text.search(/\r\n|\n|\r|$/));
  return { encoding, delimiter: firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : "," };
}

/**
 * Checks one CSV file against the limits. Its rows are counted by streaming the whole file (bounded memory), so the
 * message can say how large the file is and how to split it; only a file more than {@link COUNT_UP_TO_TIMES} times
 * over the byte limit is refused by its size alone, without reading it. A file the streaming parser cannot read (a
 * broken quote) is left to the whole-file reader, which reports where; the limits still hold because its size did.
 * @param absolute where the file is
 * @param file the path relative to the content folder, for the message
 * @returns an error issue when the file is over a limit, else undefined
 */
export async function checkDataFile(
  absolute: string,
  file: string,
  options: ScanDataFilesOptions = {},
): Promise<ContentIssue | undefined> {
  const limits = options.limits ?? dataFileLimits();
  const size = statSync(absolute).size;
  const overBytes = size > limits.maxBytes;
  let firstOver: number | undefined;
  let rows: number | undefined;
  if (size <= limits.maxBytes * COUNT_UP_TO_TIMES) {
    const { encoding, delimiter } = sniff(absolute);
    const report = size >= PROGRESS_FROM_BYTES ? options.onProgress : undefined;
    try {
      const result = await streamCsvRows(absolute, {
        encoding,
        delimiter,
        onRow: (_cells, row) => {
          if (firstOver === undefined && row - 1 > limits.maxRows) firstOver = row;
        },
        ...(report ? { onProgress: (p: CsvProgress) => report({ ...p, file }), progressBytes: options.progressBytes } : {}),
      });
      rows = result.rows;
    } catch {
      // Syntax errors are reported, located, by the whole-file reader (read-csv.ts) when the size allows reading it.
    }
  }
  if (!overBytes && firstOver === undefined) return undefined;
  const counted = rows === undefined ? "" : `、${rows.toLocaleString("ja-JP")} 行`;
  const parts = Math.max(Math.ceil(size / limits.maxBytes), rows === undefined ? 1 : Math.ceil(rows / limits.maxRows));
  return {
    severity: "error",
    file,
    line: firstOver,
    value: `${mb(size)}${counted}`,
    message: `ファイルが大きすぎます。1 つの CSV は ${mb(limits.maxBytes)}、${limits.maxRows.toLocaleString("ja-JP")} 行（見出しを除く）までです`,
    hint: `年度や市区町村ごとなど、${parts} 個以上のファイルに分けてください（上限は docs/staff/accepted-files.md にあります）`,
  };
}

/**
 * Checks every CSV of the content folder's data folders ({@link DATA_FILE_FOLDERS}) against the limits, one file
 * at a time (listing through the containment rule of content-path.ts; refused entries are reported there).
 * @param contentDir the content folder
 * @returns one error per file over a limit
 */
export async function scanDataFiles(contentDir: string, options: ScanDataFilesOptions = {}): Promise<ContentIssue[]> {
  const issues: ContentIssue[] = [];
  for (const folder of DATA_FILE_FOLDERS) {
    const listing = listContentFiles(contentDir, folder, (name) => /\.csv$/i.test(name) && !name.startsWith("_"));
    for (const name of listing.names) {
      const issue = await checkDataFile(path.join(contentDir, folder, name), `${folder}/${name}`, options);
      if (issue) issues.push(issue);
    }
  }
  return issues;
}
