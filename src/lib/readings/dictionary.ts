/**
 * Word dictionaries applied before the morphological analyser: the project's domain dictionary of 在宅医療・介護・福祉
 * terms (src/data/domain-readings.json), the site's own content/readings.yaml (place names, people, local terms) and
 * the town kana of site.yaml. Site entries win over domain entries, so staff can correct any reading.
 */
import { readFileSync } from "node:fs";
import { z } from "astro/zod";
import { hasKanji, isKana, toHiragana } from "./kana.ts";

/** Where a reading came from. */
export type ReadingSource = "site" | "town" | "domain";

/** One dictionary word with its hiragana reading. */
export interface DictionaryEntry {
  /** Reading in hiragana. */
  reading: string;
  /** Which dictionary holds it. */
  source: ReadingSource;
}

/** Words by surface form, and the longest surface length for longest-match lookup. */
export interface WordDictionary {
  /** Surface → entry. Only words with kanji (kana words need no reading). */
  words: ReadonlyMap<string, DictionaryEntry>;
  /** Length (UTF-16 units) of the longest word. */
  maxLength: number;
}

const readingField = z.string().trim().refine(isKana, "読みはひらがなかカタカナで書いてください（例: ちゅうおうちょう）");

/** content/readings.yaml: a list of words and readings the site adds or corrects. */
export const siteReadingsSchema = z
  .object({
    /** Words with their readings, e.g. `- { word: 鷺沼, reading: さぎぬま }`. */
    words: z
      .array(
        z.object({
          /** The word as written in the content, with at least one kanji. */
          word: z.string().trim().min(1).refine(hasKanji, "漢字を含む語を書いてください（かなの語に読みは要りません）"),
          /** Its reading in hiragana or katakana. */
          reading: readingField,
        }),
      )
      .default([]),
  })
  .strict();

/** The validated content/readings.yaml. */
export type SiteReadings = z.infer<typeof siteReadingsSchema>;

/** The domain dictionary file's shape. */
const domainFileSchema = z.object({
  /** Where the readings come from and how they were checked. */
  about: z.string(),
  /** [word, hiragana reading] pairs. */
  entries: z.array(z.tuple([z.string().min(1), readingField])),
});

/** Reads and validates the domain dictionary (src/data/domain-readings.json). */
export function loadDomainReadings(file: string): [string, string][] {
  return domainFileSchema.parse(JSON.parse(readFileSync(file, "utf8"))).entries;
}

/** Inputs of a dictionary, lowest priority first. */
export interface DictionaryInputs {
  /** Domain dictionary pairs [word, reading]. */
  domain?: readonly (readonly [string, string])[];
  /** Town names with kana from site.yaml. */
  towns?: readonly { name: string; kana: string }[];
  /** Site dictionary words. */
  site?: SiteReadings["words"];
}

/** Builds one longest-match dictionary; later sources (towns, then site) override earlier ones. */
export function buildWordDictionary(inputs: DictionaryInputs): WordDictionary {
  const words = new Map<string, DictionaryEntry>();
  const add = (word: string, reading: string, source: ReadingSource) => {
    if (!hasKanji(word)) return;
    words.set(word, { reading: toHiragana(reading.replace(/[・\s]/gu, "")), source });
  };
  for (const [word, reading] of inputs.domain ?? []) add(word, reading, "domain");
  for (const town of inputs.towns ?? []) add(town.name, town.kana, "town");
  for (const entry of inputs.site ?? []) add(entry.word, entry.reading, "site");
  let maxLength = 0;
  for (const word of words.keys()) maxLength = Math.max(maxLength, word.length);
  return { words, maxLength };
}

/** The longest dictionary word starting at `index` (and ending where `endsOk` allows), or undefined. */
export function longestMatch(
  dict: WordDictionary,
  text: string,
  index: number,
  endsOk: (end: number) => boolean = () => true,
): { word: string; entry: DictionaryEntry } | undefined {
  const limit = Math.min(dict.maxLength, text.length - index);
  for (let length = limit; length > 0; length--) {
    if (!endsOk(index + length)) continue;
    const word = text.slice(index, index + length);
    const entry = dict.words.get(word);
    if (entry) return { word, entry };
  }
  return undefined;
}
