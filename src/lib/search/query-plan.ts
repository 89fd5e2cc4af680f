/**
 * Query planning for site search (src/lib/search/site-search.ts): what the resident typed, normalised and split into the
 * words to search for, each with its synonyms, kana and katakana forms, reading, compound parts and, for a town, the
 * windows covering it. Pure.
 */
import type { KanaSegmenter } from "./kana-segment.ts";
import type { ReadingLookup } from "./query-readings.ts";
import { findKnownWords, findSynonyms, type SynonymMatch } from "./search-synonyms.ts";
import {
  foldForMatch,
  foldOkurigana,
  isHiraganaOnly,
  normalizeQuery,
  okuriganaStem,
  splitCompound,
  toKatakana,
} from "./search-text.ts";
import { splitTownWords, type TownFinder, type TownMatch } from "./search-towns.ts";

/** One word of a query and what to search for. */
export interface QueryWord {
  /** The word as typed (normalised). */
  text: string;
  /** What to send to Pagefind: the word (unless it is only a reading), its synonyms, its katakana form. */
  forms: string[];
  /** Synonyms added for this word (for the notice under the search box). */
  synonyms: string[];
  /** Folded strings whose presence in a page counts as this word being there (forms and readings). */
  keys: string[];
  /** Folded strings of the word as typed (and its kana variant): a match on these is "exact". */
  exactKeys: string[];
  /** Parts to search for when no page contains the word (compound splitting). */
  parts: string[];
  /**
   * URLs of the pages that serve this word: the windows covering the town it names (src/lib/search/search-towns.ts). Such
   * a page holds the word as if it were in its title.
   */
  servedBy?: string[];
}

/** A normalised query. */
export interface QueryPlan {
  /** The normalised query (display form). */
  query: string;
  /** The whole query folded (exact-phrase ranking). */
  phraseKey: string;
  words: QueryWord[];
  /** Phrases typed in kana that were searched as the site's words in them: [phrase, words]. */
  kanaSplits: [string, string[]][];
}

/** Most words looked at in one query. */
const MAX_WORDS = 6;

/**
 * Turns what the resident typed into a plan: words, synonyms, kana variants, readings and compound parts.
 * @param lookup the synonym lookup (default: the built-in groups)
 * @param readingOf the reading of a word written in kanji (src/lib/search/query-readings.ts; default: none), searched in
 *   katakana like the pages' readings, so that 床擦れ finds a page that writes 床ずれ
 * @param segmentKana splits a phrase typed in hiragana into the site's words (src/lib/search/kana-segment.ts; default:
 *   none): いえでさいごをむかえたい is searched as 家 and 最期, each word a word of the query, ranked by how many of
 *   them a page holds
 * @param findTowns finds the towns named in a word (src/lib/search/search-towns.ts; default: none): a town becomes a word
 *   of its own (北町に住む母 → 北町, 住む母), searched as the site writes it and by its reading, and served by the
 *   windows covering it
 */
export function planQuery(
  input: string,
  lookup: (word: string) => SynonymMatch | undefined = findSynonyms,
  readingOf: ReadingLookup = () => undefined,
  segmentKana: KanaSegmenter = () => undefined,
  findTowns: TownFinder = () => [],
): QueryPlan {
  const query = normalizeQuery(input);
  const typed = [...new Set(query.split(" ").filter(Boolean))];
  const kanaSplits: [string, string[]][] = [];
  const texts = typed.flatMap((text): [string, string[]][] => {
    const segments = lookup(text) ? undefined : segmentKana(text);
    if (!segments) return [[text, []]];
    kanaSplits.push([text, segments.map((s) => s.kana)]);
    return segments.map((s) => [s.kana, s.words]);
  });
  const pieces = texts.flatMap(([text, spellings]): [string, string[], TownMatch | undefined][] =>
    splitTownWords(text, findTowns).map((p) => [p.text, p.text === text ? spellings : [], p.town]),
  );
  const words = uniqueBy(pieces, ([text]) => text)
    .slice(0, MAX_WORDS)
    .map(([text, typedSpellings, town]): QueryWord => {
      const match = lookup(text);
      // A town: the site's spelling (桜ヶ丘 for 桜が丘) and its reading, indexed in katakana on the pages.
      const spellings = town ? [...typedSpellings, town.name, toKatakana(town.kana)] : typedSpellings;
      const hiragana = isHiraganaOnly(text);
      const forms: string[] = [];
      // Hiragana is noise for Pagefind (みとり, けあまね): search the group's terms as pages write them instead,
      // or else the word too; and always its katakana form, which finds katakana words (けあぷらん → ケアプラン) and the
      // pages' readings, indexed in katakana (ほうもんかんご → ホウモンカンゴ, the reading of 訪問看護).
      if (!hiragana || !match) forms.push(text);
      if (hiragana) forms.push(toKatakana(text));
      const reading = hiragana ? undefined : readingOf(text);
      if (reading) forms.push(toKatakana(reading));
      // A word split out of a kana phrase: the site's spellings of it (さいご → 最期).
      forms.push(...spellings);
      const synonyms = (match?.group.terms ?? []).filter((t) => foldForMatch(t) !== foldForMatch(text));
      forms.push(...(match?.group.terms ?? []));
      // 送り仮名 variants are the same word: 申込み = 申し込み (both 申込み without the 送り仮名 between kanji, which
      // the ranking also takes out of the pages' text) = 申込, as in 申込書 (the stem).
      const stem = okuriganaStem(text);
      const withoutOkurigana = (keys: string[]) => [...keys, ...keys.map(foldOkurigana), ...(stem ? [stem] : [])];
      const keys = withoutOkurigana([...forms, ...(match?.group.readings ?? []), text].map(foldForMatch));
      return {
        text,
        forms: uniqueSearches(forms),
        synonyms,
        keys: unique(keys).filter(Boolean),
        exactKeys: unique(withoutOkurigana([text, ...spellings].map(foldForMatch))).filter(Boolean),
        parts: town ? [] : compoundParts(text),
        ...(town ? { servedBy: town.pages } : {}),
      };
    });
  return { query, phraseKey: foldForMatch(query), words, kanaSplits };
}

/**
 * The parts of a word to search for when no page contains it whole: known vocabulary inside it first
 * (家で看取りをしたい → 看取り), then the segmenter's words that are not inside a known one
 * (相談窓口はどこ → 相談, 窓口).
 */
function compoundParts(text: string): string[] {
  const known = findKnownWords(text).filter((k) => foldForMatch(k) !== foldForMatch(text));
  const folded = known.map(foldForMatch);
  const groups = new Set(known.flatMap((k) => findSynonyms(k)?.group ?? []));
  // A piece that is a known word under another name (ボケ, found as 認知症) is not searched again as typed.
  const rest = splitCompound(text).filter((p) => {
    const group = findSynonyms(p)?.group;
    return !folded.some((k) => k.includes(foldForMatch(p))) && !(group && groups.has(group));
  });
  const parts = [...known, ...rest];
  return known.length > 0 || parts.length >= 2 ? parts : [];
}

/** Drops later items that are the same search for Pagefind as an earlier one (ACP and acp; kana differ). */
function uniqueSearches(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.normalize("NFKC").toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}
