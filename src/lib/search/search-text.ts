/**
 * Text normalisation for site search (pure functions, shared by the browser script and the tests).
 *
 * Residents type in many ways: full-width letters (ＡＣＰ), half-width katakana (ｹｱﾏﾈ), hiragana for words the pages
 * write in katakana or kanji (けあまね, みとり), with or without spaces and ・. Queries are normalised once
 * (`normalizeQuery`); page text and queries are compared after folding (`foldForMatch`): NFKC, lower case,
 * katakana → hiragana, spaces and punctuation removed.
 */

/** Longest query we look at (characters); the rest is ignored. */
export const MAX_QUERY_LENGTH = 100;

/** Quotes residents put around words: 「」『』"" “” ‘’ ''. */
const QUOTES = /[「」『』"“”‘’'〝〟]/g;

/**
 * Normalises what a resident typed: NFKC (full-width letters and digits, half-width katakana, ideographic space),
 * quotes removed, 、。, and ; read as spaces, whitespace collapsed, trimmed, at most MAX_QUERY_LENGTH characters. Letters keep their case
 * (Pagefind folds case itself); display uses this form.
 */
export function normalizeQuery(input: string): string {
  return input
    .normalize("NFKC")
    .replace(QUOTES, " ")
    .replace(QUERY_SEPARATORS, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/**
 * Characters dropped when comparing: whitespace, zero-width spaces (Pagefind puts one between the words it
 * segmented: 訪問\u200b看護) and the middle dot, so 人生 会議 = 人生会議 and
 * アドバンス・ケア・プランニング = アドバンスケアプランニング. Punctuation is kept: dropping 、 would join the end of
 * one clause to the start of the next (…のみ、とり… would contain みとり).
 */
const IGNORED = /[\s・･\u200b-\u200d\u2060\ufeff]/u;

/** Punctuation that separates words in a query: treated as a space. */
const QUERY_SEPARATORS = /[、。，．,;；]/g;

/** Katakana ァ–ヶ (U+30A1–U+30F6) are hiragana + 0x60; ヽヾ likewise. */
function foldKana(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if ((code >= 0x30a1 && code <= 0x30f6) || code === 0x30fd || code === 0x30fe) return String.fromCodePoint(code - 0x60);
  return ch;
}

/** Folded text plus, for each folded character, the index of the original character it came from. */
export interface FoldedText {
  folded: string;
  /** map[i] = index (UTF-16) in the original text of folded character i; map has folded.length entries. */
  map: number[];
}

/**
 * Folds text for comparison and keeps the way back to the original (to cut excerpts around a match).
 * Per character: NFKC, lower case, katakana → hiragana; ignored characters dropped; a combining (half-width)
 * voiced mark joins the character before it (ﾊﾞ → ば).
 */
export function foldWithMap(text: string): FoldedText {
  let folded = "";
  const map: number[] = [];
  let index = 0;
  for (const ch of text) {
    const start = index;
    index += ch.length;
    for (const part of ch.normalize("NFKC").toLowerCase()) {
      if (IGNORED.test(part)) continue;
      if ((part === "\u3099" || part === "\u309a") && folded.length > 0) {
        const previous = folded.slice(-1);
        const composed = foldKana(`${previous}${part}`.normalize("NFC"));
        if (composed.length === 1) {
          folded = folded.slice(0, -1) + composed;
          continue;
        }
      }
      const out = part === "ヶ" || part === "ヵ" ? smallKe(folded) : foldKana(part);
      for (let i = 0; i < out.length; i++) map.push(start);
      folded += out;
    }
  }
  return { folded, map };
}

/**
 * The small ヶ/ヵ as it is read: か after a number (3ヶ月 = 3か月), が in place names (桜ヶ丘 = 桜が丘); never a 送り仮名
 * (ゖ between two kanji would be dropped as one).
 */
function smallKe(before: string): string {
  return /[0-9〇一二三四五六七八九十何数]$/u.test(before) ? "か" : "が";
}

/** Kanji for the 送り仮名 rule (々 repeats one). */
const HAN = /[\p{Script=Han}々〆]/u;
/** Hiragana that are particles, not 送り仮名, when they stand between two kanji (介護の相談, 家族が介護). */
const PARTICLES = new Set([..."のをがにはへとでもやか"]);

/**
 * Folded text without the 送り仮名 that stand alone between two kanji (申し込み → 申込み, 取り組み → 取組み,
 * 問い合わせ → 問合わせ, 受け付け → 受付け), so that the spellings with and without them meet: 申込み finds 申し込み.
 * Particles between kanji stay (介護の相談 is not 介護相談). Used beside the plain fold, never instead of it: a query
 * that ends on a 送り仮名 (使い) must still find the plain text (使い方, which this makes 使方).
 * @param folded text folded by foldForMatch
 */
export function foldOkurigana(folded: string): string {
  const chars = [...folded];
  return chars
    .filter(
      (ch, i) =>
        !(/[\u3041-\u3096]/u.test(ch) && !PARTICLES.has(ch) && HAN.test(chars[i - 1] ?? "") && HAN.test(chars[i + 1] ?? "")),
    )
    .join("");
}

/** Folds text for comparison: foldForMatch("ケアマネ") === foldForMatch("けあまね") === foldForMatch("ｹｱﾏﾈ"). */
export function foldForMatch(text: string): string {
  return foldWithMap(text).folded;
}

/** Hiragana → katakana (ぁ–ゖ, ゝゞ); other characters unchanged. "けあぷらん" → "ケアプラン". */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096\u309d\u309e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/** True when the text is only hiragana (and the long-vowel mark ー), e.g. みとり, けあまね. */
export function isHiraganaOnly(text: string): boolean {
  return /^[\u3041-\u309fー]+$/.test(text);
}

/** True when the text is only katakana (with ー and ・), e.g. ケアマネ, デイサービス. */
export function isKatakanaOnly(text: string): boolean {
  return /^[\u30a1-\u30ffー・]+$/.test(text);
}

const KANJI_RUN = /^[\p{Script=Han}々〆ヶ]+$/u;
const segmenter = new Intl.Segmenter("ja", { granularity: "word" });

/**
 * Splits a compound or a short phrase into the parts worth searching for, for when the whole gets no hits:
 * 相談窓口 → [相談, 窓口]; 家で看取りをしたい → [看取り]. Uses the platform's Japanese word segmenter
 * (Intl.Segmenter, as Pagefind does for queries), then cuts kanji runs of four or more characters that the
 * segmenter kept whole into two-character words (the usual shape of 漢語: 介護支援専門員 → 介護 + 支援 + 専門員),
 * because Pagefind's index splits such compounds. Drops one-character parts and pure-hiragana parts (particles,
 * endings) unless nothing else is left; katakana words keep only parts of three or more letters, and hiragana
 * words are not split (their pieces match at random).
 * @returns two or more parts, without duplicates; empty when the term cannot be split
 */
export function splitCompound(term: string): string[] {
  if (isHiraganaOnly(term)) return [];
  const words = [...segmenter.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
  const parts: string[] = [];
  for (const word of words) {
    if (word.length >= 4 && KANJI_RUN.test(word)) parts.push(...kanjiPairs(word));
    else parts.push(word);
  }
  // Loanwords split into two-letter katakana pieces (ケアマネ → ケア + マネ) match nearly anything.
  const minLength = isKatakanaOnly(term) ? 3 : 2;
  const meaningful = parts.filter((p) => p.length >= minLength && !isHiraganaOnly(p));
  const chosen = meaningful.length > 0 ? meaningful : parts.filter((p) => p.length >= minLength);
  const unique = [...new Set(chosen)];
  // One part is not a split: 看取り → [取り] would match every 受け取り.
  return unique.length >= 2 ? unique : [];
}

/** 在宅医療 → [在宅, 医療]; an odd last character joins the pair before it (介護支援専門員 → 介護, 支援, 専門員). */
function kanjiPairs(word: string): string[] {
  const chars = [...word];
  const pairs: string[] = [];
  for (let i = 0; i < chars.length; i += 2) pairs.push(chars.slice(i, i + 2).join(""));
  const last = pairs.at(-1);
  if (last && last.length === 1 && pairs.length > 1) {
    pairs.pop();
    pairs[pairs.length - 1] += last;
  }
  return pairs;
}

/**
 * A query word without its last 送り仮名, for a word that ends in one after two kanji (申込み → 申込, 取組み → 取組,
 * 看取り → 看取): the stem also finds the spellings that leave it out (申込書, 申込フォーム). Folded like
 * foldOkurigana; undefined when the word does not end so (介護, 住む, 相談したい, 介護の).
 */
export function okuriganaStem(word: string): string | undefined {
  const folded = foldOkurigana(foldForMatch(word));
  const m = /[\p{Script=Han}々]{2}([\u3041-\u3096])$/u.exec(folded);
  if (!m?.[1] || PARTICLES.has(m[1])) return undefined;
  return folded.slice(0, -1);
}

/**
 * The longest run of characters that both strings hold (longestCommonRun("介護保険課の電話番号", "架空市役所介護保険課")
 * = "介護保険課"; the first such run of `a` when several are as long): how much of a word typed as one piece a title
 * keeps whole. Compare folded strings.
 */
export function longestCommonRun(a: string, b: string): string {
  const x = [...a];
  const y = [...b];
  let best = 0;
  let end = 0;
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1]) continue;
      const length = (previous[j - 1] ?? 0) + 1;
      row[j] = length;
      if (length > best) {
        best = length;
        end = i;
      }
    }
    previous = row;
  }
  return x.slice(end - best, end).join("");
}
