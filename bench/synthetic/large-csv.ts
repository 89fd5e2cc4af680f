/**
 * A large イベント一覧 CSV written straight to disk a row at a time (never held in memory): the input of the size
 * benchmark (bench/csv-read.ts, up to the 50 MB case in docs/security.md) and of the data-file limit tests, which use a few MB.
 * Realistic rows: quoted cells with commas and line breaks, CRLF and LF mixed, UTF-8 with BOM.
 */
import { createWriteStream } from "node:fs";

/** The header row, in the legacy 推奨データセット names the events loader accepts. */
export const LARGE_EVENT_HEADER =
  "都道府県コード又は市区町村コード,ID,地方公共団体名,イベント名,開始日,終了日,開始時間,終了時間,説明,場所名称,住所";

/** One data row (0-based `i`), ending in CRLF or LF. */
export function largeEventRow(i: number): string {
  const month = String((i % 12) + 1).padStart(2, "0");
  return `131016,EV-${i},東京都試験市,"在宅医療の講座 第${i}回、介護の話",2026-${month}-15,,10:00,11:30,"地域の医師が話します。\n申し込み不要、どなたでも参加できます。",市民会館 ${i % 40} 号室,東京都試験市本町${i % 9}-${i % 30}${i % 3 ? "\r\n" : "\n"}`;
}

/**
 * Writes rows until the file reaches `targetBytes` (or `maxRows` rows, whichever comes first).
 * @returns the number of data rows and bytes written
 */
export async function writeLargeEventCsv(
  file: string,
  targetBytes: number,
  maxRows = Number.POSITIVE_INFINITY,
): Promise<{ rows: number; bytes: number }> {
  const out = createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve()));
  const header = `\uFEFF${LARGE_EVENT_HEADER}\r\n`;
  await write(header);
  let bytes = Buffer.byteLength(header);
  let rows = 0;
  while (bytes < targetBytes && rows < maxRows) {
    const line = largeEventRow(rows);
    bytes += Buffer.byteLength(line);
    rows++;
    await write(line);
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { rows, bytes };
}
