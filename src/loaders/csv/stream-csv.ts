/**
 * Streaming CSV reading for very large files (a prefecture's 50 MB event list): bytes are decoded and parsed a chunk
 * at a time with csv-parse's stream API, each row is handed to the caller and dropped, and a progress line is
 * reported every few megabytes, so memory stays bounded whatever the file's size. Same dialect as read-csv.ts:
 * UTF-8 (with or without BOM), CP932 or UTF-16, CRLF/LF/CR in any mix, quoted cells with line breaks.
 */
import { createReadStream, statSync } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import iconv from "iconv-lite";

/** Progress of a streamed read. */
export interface CsvProgress {
  /** Bytes read so far. */
  bytes: number;
  /** The file's size in bytes. */
  total: number;
  /** Data rows handed over so far. */
  rows: number;
}

/** Encodings the streaming reader decodes (a UTF-8 or UTF-16 BOM is removed). */
export type StreamEncoding = "utf-8" | "cp932" | "utf-16le" | "utf-16be";

/** Largest single row the streaming reader holds (a quote left open would otherwise swallow the rest of the file). */
export const MAX_STREAM_RECORD_BYTES = 1024 * 1024;

/** Options for {@link streamCsvRows}. */
export interface StreamCsvOptions {
  /** Encoding of the bytes. */
  encoding: StreamEncoding;
  /** Cell separator (default ","; some UTF-16 catalog exports use a tab). */
  delimiter?: string | undefined;
  /** Called with each data row (header = row 1, so the first data row is 2). */
  onRow: (cells: string[], row: number) => void;
  /** Called every `progressBytes` (default 8 MB) and at the end. */
  onProgress?: (progress: CsvProgress) => void;
  /** How often to report progress, in bytes. */
  progressBytes?: number | undefined;
}

/**
 * Reads a CSV file row by row without holding it in memory.
 * @returns the header row as written and the number of data rows
 */
export async function streamCsvRows(file: string, options: StreamCsvOptions): Promise<{ header: string[]; rows: number }> {
  const total = statSync(file).size;
  const step = options.progressBytes ?? 8 * 1024 * 1024;
  let bytes = 0;
  let nextReport = step;
  let header: string[] = [];
  let rows = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes >= nextReport) {
        nextReport += step;
        options.onProgress?.({ bytes, total, rows });
      }
      done(null, chunk);
    },
  });
  const parser = parse({
    bom: true,
    delimiter: options.delimiter ?? ",",
    max_record_size: MAX_STREAM_RECORD_BYTES,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ["\r\n", "\n", "\r"],
  });
  const sink = new Transform({
    objectMode: true,
    transform(record: string[], _encoding, done) {
      if (header.length === 0) header = record;
      else options.onRow(record, ++rows + 1);
      done();
    },
  });
  const decoder = iconv.decodeStream(options.encoding);
  await pipeline(createReadStream(file, { highWaterMark: Math.min(1024 * 1024, step) }), counter, decoder, parser, sink);
  options.onProgress?.({ bytes, total, rows });
  return { header, rows };
}
