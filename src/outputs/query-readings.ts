/**
 * Writes the readings of the site's dictionary words and most used nouns beside the search index
 * (`pagefind/zaitaku-readings.json`), so that the search page can read query words written in kanji and split
 * queries typed in kana (src/lib/search/query-readings.ts, src/lib/search/kana-segment.ts), with the town directory, so that a
 * town typed in a query finds the window covering it (src/lib/search/search-towns.ts).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { QUERY_READINGS_FILE, queryReadingsFile } from "../lib/search/query-readings.ts";
import { type SearchTownsFile, searchTownsFile } from "../lib/search/search-towns.ts";
import { townDirectory } from "../lib/windows/town.ts";
import { AREA_KIND, type WindowEntry } from "../loaders/windows.ts";
import type { SiteConfig } from "../schemas/site.ts";

/**
 * The towns and the 地域包括支援センター covering each (the town finder's directory), with the windows' site paths
 * (/windows/<slug>/, without the base: the search page adds it).
 */
export function searchTowns(site: SiteConfig, windows: readonly WindowEntry[]): SearchTownsFile {
  const claims = windows.filter((w) => w.data.kind === AREA_KIND).map((w) => ({ slug: w.slug, areas: w.data.areas }));
  const { prefecture, name } = site.municipality;
  const directory = townDirectory(site.towns, claims, [prefecture, name]);
  return searchTownsFile(site.towns, directory, (slug) => `/windows/${slug}/`);
}

/**
 * Writes {@link QUERY_READINGS_FILE} into `siteDir/pagefind/` (which must exist: call it after the index).
 * @param words [word, reading] of the site's dictionary (domain, towns, readings.yaml)
 * @param nouns [noun, reading] of the site's most used nouns (SiteNouns.top())
 * @param towns the town directory (`searchTowns`), when the site has one
 * @returns the bytes written
 */
export function writeQueryReadings(
  siteDir: string,
  words: Iterable<[string, string]>,
  nouns: Iterable<[string, string]> = [],
  towns?: SearchTownsFile,
): number {
  const file = queryReadingsFile(words, nouns, towns);
  const text = `${JSON.stringify(file)}\n`;
  writeFileSync(path.join(siteDir, "pagefind", QUERY_READINGS_FILE), text);
  return Buffer.byteLength(text);
}
