/**
 * Splits a query typed in hiragana only into the site's words it holds: いえでさいごをむかえたい → 家, 最期;
 * じたくでみとり → 自宅, 看取り. Phones make residents type whole phrases in kana, without spaces, and neither
 * Pagefind nor the platform's segmenter splits such a run (Intl.Segmenter cuts kana by script, not by word).
 *
 * The vocabulary is the site's own: the readings of the kanji nouns its pages use and of the domain dictionary
 * (written by the build beside the search index, src/lib/search/query-readings.ts), so the browser never loads a general
 * dictionary. Between those words stand particles and endings (で, を, たい …) from a short list, and anything else
 * (verbs, words the site does not use) is skipped. Dynamic programming picks the split that covers the most text
 * with the longest words: a site word of n characters scores n², a particle or ending its length, any other
 * character nothing, so さいご (最期) beats さい + ご and ほうもんかんご (訪問看護) beats ほうもん + かんご.
 * Pure: shared by the browser and the tests.
 */

/** A site word found in a kana query. */
export interface KanaSegment {
  /** The word's reading as typed (hiragana). */
  kana: string;
  /** The site's spellings with that reading (最期, 最後 for さいご), in vocabulary order. */
  words: string[];
}

/** Splits a hiragana query into site words; undefined when it is not a phrase worth splitting. */
export type KanaSegmenter = (text: string) => KanaSegment[] | undefined;

/**
 * Particles, endings and question words residents put between the words that matter (the grammar of a spoken
 * question: 〜で、〜を、〜したい、〜はどこ). Only what holds no meaning for the search: nouns are never listed.
 */
export const KANA_FUNCTION_WORDS: readonly string[] = [
  ..."をがはでにのとへもやかなねよ",
  "から",
  "まで",
  "より",
  "ので",
  "のに",
  "けど",
  "って",
  "について",
  "とは",
  "には",
  "では",
  "への",
  "での",
  "との",
  "たい",
  "たら",
  "ても",
  "ます",
  "です",
  "ください",
  "ほしい",
  "したい",
  "する",
  "して",
  "した",
  "しない",
  "できる",
  "できない",
  "いい",
  "ない",
  "どう",
  "どこ",
  "なに",
  "だれ",
  "いつ",
  "いくら",
  "とき",
  "こと",
  "ため",
  "など",
  "さん",
  "すれば",
  "すると",
  "したら",
  "られる",
  "れる",
  "ある",
  "いる",
  "なる",
  "おく",
];

/** Small kana and the long-vowel mark: they belong to the mora before them, so no word starts at one. */
const JOINS_PREVIOUS = /[ぁぃぅぇぉっゃゅょゎー]/u;

/** Morae in a kana word: しゃ is one, いえ two (small kana and ー join the mora before them). */
function morae(kana: string): number {
  return [...kana].filter((c) => !JOINS_PREVIOUS.test(c)).length;
}

/** Longest particle or ending, in characters. */
const LONGEST_FUNCTION = Math.max(...KANA_FUNCTION_WORDS.map((w) => w.length));

/** What a piece of the best split is. */
type PieceKind = "word" | "function" | "other";

interface Step {
  score: number;
  pieces: number;
  from: number;
  kind: PieceKind;
}

/**
 * A segmenter over the site's vocabulary.
 * @param vocabulary hiragana reading → the site's spellings with that reading (readings of two or more characters)
 * @returns a function that answers undefined unless the text is hiragana holding at least one site word and
 *   something else: a particle, an ending or other characters (a run of site words alone, like ほうもんかんご, is
 *   a compound that the index's readings already match whole)
 */
export function kanaSegmenter(vocabulary: ReadonlyMap<string, readonly string[]>): KanaSegmenter {
  const functionWords = new Set(KANA_FUNCTION_WORDS);
  // A site word of one mora (社 しゃ, 者 しゃ) or one that is also a particle or ending (隊 たい, 時 とき) would
  // split any phrase at random.
  const words = new Map([...vocabulary].filter(([kana]) => morae(kana) >= 2 && !functionWords.has(kana)));
  const longestWord = Math.max(0, ...[...words.keys()].map((k) => k.length));
  return (text) => {
    if (!/^[\u3041-\u309fー]+$/u.test(text) || words.has(text)) return undefined;
    const n = text.length;
    const best: (Step | undefined)[] = [{ score: 0, pieces: 0, from: -1, kind: "other" }];
    const offer = (at: number, step: Step) => {
      const current = best[at];
      if (!current || step.score > current.score || (step.score === current.score && step.pieces < current.pieces))
        best[at] = step;
    };
    for (let i = 0; i < n; i++) {
      const here = best[i];
      if (!here) continue;
      offer(i + 1, { score: here.score, pieces: here.pieces + 1, from: i, kind: "other" });
      // Pieces start and end between morae: いしゃ holds no しゃ.
      if (JOINS_PREVIOUS.test(text[i] ?? "")) continue;
      for (let length = 1; length <= Math.max(longestWord, LONGEST_FUNCTION) && i + length <= n; length++) {
        const piece = text.slice(i, i + length);
        if (JOINS_PREVIOUS.test(text[i + length] ?? "")) continue;
        if (words.has(piece))
          offer(i + length, { score: here.score + length * length, pieces: here.pieces + 1, from: i, kind: "word" });
        if (functionWords.has(piece))
          offer(i + length, { score: here.score + length, pieces: here.pieces + 1, from: i, kind: "function" });
      }
    }
    const pieces: { kind: PieceKind; text: string }[] = [];
    for (let at = n; at > 0; ) {
      const step = best[at] as Step;
      pieces.unshift({ kind: step.kind, text: text.slice(step.from, at) });
      at = step.from;
    }
    const found = pieces.filter((p) => p.kind === "word");
    if (found.length === 0 || found.length === pieces.length) return undefined;
    const seen = new Set<string>();
    return found
      .filter((w) => !seen.has(w.text) && seen.add(w.text))
      .map((w) => ({ kana: w.text, words: [...(words.get(w.text) ?? [])] }));
  };
}
