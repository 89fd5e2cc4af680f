/**
 * Readings of query words written in kanji, so that spellings which share a reading meet: 床擦れ finds a page that
 * writes 床ずれ (the build indexed the reading トコズレ), 取組 finds 取り組み. The build writes the site's word
 * dictionary (domain terms, content/readings.yaml, town kana; a few hundred words, not the general dictionary) to
 * {@link QUERY_READINGS_FILE} beside pagefind.js; the search page loads it with the index. Pure: shared by the build
 * and the browser.
 */

import type { SearchTownsFile } from "./search-towns.ts";

/** File next to `pagefind/pagefind.js` with the words and readings for queries. */
export const QUERY_READINGS_FILE = "zaitaku-readings.json";

/** Contents of {@link QUERY_READINGS_FILE}. */
export interface QueryReadings {
  /** [word as written (with kanji), reading in hiragana], sorted by word: the site's word dictionary. */
  words: [string, string][];
  /**
   * [noun as written, reading in hiragana], sorted by noun: the kanji nouns the site's pages use most, which
   * split a query typed in kana into words (src/lib/search/kana-segment.ts). Not used to read kanji queries.
   */
  nouns?: [string, string][];
  /** The town directory: which window covers each town (src/lib/search/search-towns.ts); absent when the site has no towns. */
  towns?: SearchTownsFile;
}

const byWord = ([a]: [string, string], [b]: [string, string]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The file's contents for a word dictionary (surface → hiragana reading), the site's nouns and its town directory,
 * sorted so that builds are identical.
 */
export function queryReadingsFile(
  words: Iterable<[string, string]>,
  nouns: Iterable<[string, string]> = [],
  towns?: SearchTownsFile,
): QueryReadings {
  const file: QueryReadings = { words: [...words].sort(byWord), nouns: [...nouns].sort(byWord) };
  return towns && towns.towns.length > 0 ? { ...file, towns } : file;
}

/** The [word, reading] pairs of one list of a parsed file; anything unexpected counts as none. */
function pairsOf(raw: unknown): [string, string][] {
  return (Array.isArray(raw) ? raw : []).filter(
    (pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "string",
  );
}

/**
 * Reading → spellings over a parsed {@link QUERY_READINGS_FILE} (dictionary words, then nouns) and `extra` words
 * (the synonym groups' kana, src/lib/search/search-synonyms.ts), for src/lib/search/kana-segment.ts. Readings of one character
 * are left out: they would split any kana run at random.
 */
export function readingVocabulary(json: unknown, extra: Iterable<[string, string[]]> = []): Map<string, string[]> {
  const file = json as { words?: unknown; nouns?: unknown } | null;
  const vocabulary = new Map<string, string[]>();
  const pairs = [...pairsOf(file?.words), ...pairsOf(file?.nouns)].map(([word, reading]) => [reading, [word]] as const);
  for (const [reading, words] of [...pairs, ...extra]) {
    if ([...reading].length < 2 || !/^[\u3041-\u309fー]+$/u.test(reading)) continue;
    const spellings = vocabulary.get(reading) ?? [];
    for (const word of words) if (!spellings.includes(word)) spellings.push(word);
    vocabulary.set(reading, spellings);
  }
  return vocabulary;
}

/** A word's reading in hiragana, or undefined when it is not known. */
export type ReadingLookup = (word: string) => string | undefined;

const KANJI = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々〆ヶ]/u;
const KANA = /^[\u3041-\u3096\u30A1-\u30FAー]$/u;

/**
 * A lookup over a parsed {@link QUERY_READINGS_FILE}: a word with kanji is read when dictionary words (longest
 * first) and kana cover all of it (床擦れ → とこずれ, 床擦れ予防 → none unless 予防 is a dictionary word too).
 * Anything unexpected in the file counts as no words.
 */
export function readingLookup(json: unknown): ReadingLookup {
  const words = new Map<string, string>(pairsOf((json as { words?: unknown } | null)?.words));
  const longest = Math.max(0, ...[...words.keys()].map((w) => w.length));
  return (word) => {
    if (!KANJI.test(word)) return undefined;
    let reading = "";
    let at = 0;
    while (at < word.length) {
      let found = false;
      for (let length = Math.min(longest, word.length - at); length >= 1; length--) {
        const hit = words.get(word.slice(at, at + length));
        if (hit === undefined) continue;
        reading += hit;
        at += length;
        found = true;
        break;
      }
      if (found) continue;
      const char = word[at] ?? "";
      if (!KANA.test(char)) return undefined;
      reading += char.replace(/[\u30A1-\u30F6]/u, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
      at += 1;
    }
    return reading;
  };
}
