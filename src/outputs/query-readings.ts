/**
 * Writes the readings of the site's dictionary words and most used nouns beside the search index
 * (`pagefind/zaitaku-readings.json`), so that the search page can read query words written in kanji and split
 * queries typed in kana (src/lib/query-readings.ts, src/lib/kana-segment.ts).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { QUERY_READINGS_FILE, queryReadingsFile } from "../lib/query-readings.ts";
import type { WordDictionary } from "../lib/readings/dictionary.ts";
import type { SiteNouns } from "../lib/readings/search-readings.ts";

/**
 * Writes {@link QUERY_READINGS_FILE} into `siteDir/pagefind/` (which must exist: call it after the index).
 * @returns the bytes written
 */
export function writeQueryReadings(siteDir: string, dictionary: WordDictionary, nouns?: SiteNouns): number {
  const file = queryReadingsFile(
    [...dictionary.words].map(([word, entry]): [string, string] => [word, entry.reading]),
    nouns?.top() ?? [],
  );
  const text = `${JSON.stringify(file)}\n`;
  writeFileSync(path.join(siteDir, "pagefind", QUERY_READINGS_FILE), text);
  return Buffer.byteLength(text);
}
