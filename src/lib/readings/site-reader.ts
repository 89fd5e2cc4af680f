/**
 * The site's reading step as the build and `npm run check` use it: the domain dictionary, content/readings.yaml
 * (optional) and the town kana of site.yaml, then kuromoji; each text's words cached by a hash of the text and the
 * dictionaries in node_modules/.cache/zaitaku-press/readings/, so an unchanged page is not analysed again.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { hashParts, openOutputCache } from "../../outputs/cache.ts";
import { buildWordDictionary, loadDomainReadings, parseSiteReadings, type WordDictionary } from "./dictionary.ts";
import { loadTokenizer, type ReadWord, readText } from "./reader.ts";

/** Reads texts of one site. */
export interface SiteReader {
  /** The words of a text with their readings (cached by content hash). */
  read(text: string): ReadWord[];
  /**
   * The words of many texts (one document's), in the order given, cached as one entry: a cold build writes one
   * file per document instead of one per paragraph.
   */
  readAll(texts: readonly string[]): ReadWord[][];
  /** The merged dictionary (domain, towns, site). */
  dictionary: WordDictionary;
}

/** Name of the optional site dictionary in the content folder. */
export const SITE_READINGS_FILE = "readings.yaml";

/**
 * Loads the reading step for a content folder. Throws a Japanese error naming readings.yaml when it is invalid.
 * `towns` are site.yaml's towns (name + kana).
 */
export async function loadSiteReader(
  projectRoot: string,
  contentDir: string,
  towns: readonly { name: string; kana: string }[],
): Promise<SiteReader> {
  const domainFile = path.join(projectRoot, "src/data/domain-readings.json");
  const domain = loadDomainReadings(domainFile);
  const siteFile = path.join(contentDir, SITE_READINGS_FILE);
  const siteText = existsSync(siteFile) ? readFileSync(siteFile, "utf8") : "";
  const site = siteText ? parseSiteReadings(siteText, SITE_READINGS_FILE).words : [];
  const dictionary = buildWordDictionary({ domain, towns, site });
  const tokenizer = await loadTokenizer();
  const require = createRequire(import.meta.url);
  const kuromojiVersion = (require("kuromoji/package.json") as { version: string }).version;
  const readerSource = readFileSync(path.join(import.meta.dirname, "reader.ts"), "utf8");
  const dictKey = hashParts([
    kuromojiVersion,
    readerSource,
    JSON.stringify([...dictionary.words.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  ]);
  const cache = openOutputCache(projectRoot, "readings");
  /** The cached value under `key`, or `compute()` stored there. */
  const cached = <T>(key: string, compute: () => T): T => {
    const hit = cache.read<null>(key);
    if (hit) return JSON.parse(hit.data.toString("utf8")) as T;
    const value = compute();
    cache.write(key, Buffer.from(JSON.stringify(value), "utf8"), null);
    return value;
  };
  return {
    dictionary,
    read: (text) => cached(hashParts([dictKey, text]), () => readText(tokenizer, dictionary, text)),
    readAll: (texts) =>
      texts.length === 0
        ? []
        : cached(hashParts([dictKey, "texts", ...texts]), () => texts.map((text) => readText(tokenizer, dictionary, text))),
  };
}
