/**
 * The site's reading step as the build and `npm run check` use it: the domain dictionary, the words of
 * content/readings.yaml (optional; read and validated once with the rest of the content, src/loaders/site-readings.ts)
 * and the town kana of site.yaml, then kuromoji; each text's words cached by a hash of the text and the
 * dictionaries in node_modules/.cache/zaitaku-press/readings.sqlite (src/outputs/entry-store.ts), so an unchanged
 * page is not analysed again.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { hashParts } from "../../outputs/cache.ts";
import { openEntryStore } from "../../outputs/entry-store.ts";
import { buildWordDictionary, loadDomainReadings, type SiteReadings, type WordDictionary } from "./dictionary.ts";
import { loadTokenizer, type ReadWord, readText } from "./reader.ts";

/** Reads texts of one site. */
export interface SiteReader {
  /** The words of a text with their readings (cached by content hash). */
  read(text: string): ReadWord[];
  /**
   * The words of many texts (one document's), in the order given, cached as one entry: a cold build writes one
   * entry per document instead of one per paragraph.
   */
  readAll(texts: readonly string[]): ReadWord[][];
  /** The merged dictionary (domain, towns, site). */
  dictionary: WordDictionary;
}

/** Name of the optional site dictionary in the content folder. */
export const SITE_READINGS_FILE = "readings.yaml";

/**
 * The reading cache of one site without the analyser: values made from the site's readings are looked up before
 * kuromoji (about a second to load) is needed at all, so a step whose inputs are all cached never loads it.
 */
export interface SiteReadingCache {
  /** The merged dictionary (domain, towns, site). */
  dictionary: WordDictionary;
  /** The cache key of these parts, with the dictionaries' and the analyser's key (one hash for a lookup and store). */
  keyOf(parts: readonly string[]): string;
  /** The value stored under a key from {@link SiteReadingCache.keyOf}, or undefined. */
  lookup<T>(key: string): T | undefined;
  /** Stores a JSON value under a key from {@link SiteReadingCache.keyOf}. */
  store(key: string, value: unknown): void;
  /** Removes the entries (of any dictionary) unused for 30 days, as the PDF and image caches do. */
  prune(): void;
}

/**
 * Opens the reading cache of a site (no kuromoji).
 * @param siteWords the words of readings.yaml, from the content snapshot
 * @param towns site.yaml's towns (name + kana)
 */
export function openSiteReadingCache(
  projectRoot: string,
  siteWords: SiteReadings["words"],
  towns: readonly { name: string; kana: string }[],
): SiteReadingCache {
  const domainFile = path.join(projectRoot, "src/data/domain-readings.json");
  const domain = loadDomainReadings(domainFile);
  const dictionary = buildWordDictionary({ domain, towns, site: siteWords });
  const require = createRequire(import.meta.url);
  const kuromojiVersion = (require("kuromoji/package.json") as { version: string }).version;
  const readerSource = readFileSync(path.join(import.meta.dirname, "reader.ts"), "utf8");
  const dictKey = hashParts([
    kuromojiVersion,
    readerSource,
    JSON.stringify([...dictionary.words.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  ]);
  const cache = openEntryStore(projectRoot, "readings");
  return {
    dictionary,
    keyOf: (parts) => hashParts([dictKey, ...parts]),
    lookup: <T>(key: string) => {
      const hit = cache.read(key);
      return hit === undefined ? undefined : (JSON.parse(hit) as T);
    },
    store: (key, value) => cache.write(key, JSON.stringify(value)),
    prune: () => cache.prune(),
  };
}

/**
 * Loads the reading step for a site.
 * @param siteWords the words of readings.yaml, from the content snapshot
 * @param towns site.yaml's towns (name + kana)
 */
export async function loadSiteReader(
  projectRoot: string,
  siteWords: SiteReadings["words"],
  towns: readonly { name: string; kana: string }[],
  cache: SiteReadingCache = openSiteReadingCache(projectRoot, siteWords, towns),
): Promise<SiteReader> {
  const { dictionary } = cache;
  const tokenizer = await loadTokenizer();
  /** The cached value under `parts`, or `compute()` stored there. */
  const cached = <T>(parts: readonly string[], compute: () => T): T => {
    const key = cache.keyOf(parts);
    const hit = cache.lookup<T>(key);
    if (hit !== undefined) return hit;
    const value = compute();
    cache.store(key, value);
    return value;
  };
  return {
    dictionary,
    read: (text) => cached([text], () => readText(tokenizer, dictionary, text)),
    readAll: (texts) =>
      texts.length === 0 ? [] : cached(["texts", ...texts], () => texts.map((text) => readText(tokenizer, dictionary, text))),
  };
}
