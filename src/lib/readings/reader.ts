/**
 * The reading step: text → words with hiragana readings. Dictionary words (site readings.yaml, town kana, the domain
 * dictionary) are matched first, longest first; the rest goes to kuromoji with its IPADIC dictionary. Each word says
 * whether its reading is known, guessed (person names, counters after numbers) or unknown, so `npm run check` can list
 * the words to add to readings.yaml, and ふりがな is only put where the reading is known.
 */
import type kuromoji from "kuromoji";
import { longestMatch, type ReadingSource, type WordDictionary } from "./dictionary.ts";
import { hasKanji, isKanjiChar, toHiragana } from "./kana.ts";
import { kuromojiDictPath, loadIpadicTokenizer } from "./kuromoji-dictionary.ts";

/** How sure the reading is. */
export type ReadingStatus = "known" | "guessed" | "unknown";

/** One word of the text. Concatenating every `surface` gives the text back. */
export interface ReadWord {
  /** The word as written. */
  surface: string;
  /** Hiragana reading; for words without kanji, the word itself folded to hiragana. Empty when unknown. */
  reading: string;
  /** Where the reading came from: a dictionary, the analyser, or "text" for words without kanji. */
  source: ReadingSource | "analyser" | "text";
  /** known: from a dictionary or the analyser's lexicon; guessed: likely but not sure; unknown: no reading. */
  status: ReadingStatus;
  /** True when the word holds kanji (candidate for ふりがな and for the unread-word check). */
  kanji: boolean;
  /** Part of speech from the analyser (名詞, 助詞 …); "名詞" for dictionary words. */
  pos: string;
  /** True for a counter right after digits (1日, 2人): its reading depends on the number. */
  counter?: boolean;
}

/** kuromoji's tokenizer, loaded once per process (the dictionary takes about 1 s of CPU to load). */
export type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

let tokenizerPromise: Promise<Tokenizer> | undefined;

/** Loads kuromoji with the IPADIC dictionary shipped in its npm package (src/lib/readings/kuromoji-dictionary.ts). */
export function loadTokenizer(): Promise<Tokenizer> {
  tokenizerPromise ??= (async () => loadIpadicTokenizer(kuromojiDictPath()))();
  return tokenizerPromise;
}

/** Counter suffixes whose reading after a number is fixed whatever the number (11月 → じゅういちがつ). */
const SAFE_COUNTERS: Readonly<Record<string, string>> = { 月: "がつ", 時: "じ", 分: "ふん", 円: "えん", 歳: "さい" };

function isNumberToken(token: kuromoji.IpadicFeatures | undefined): boolean {
  return token !== undefined && token.pos_detail_1 === "数" && /^[0-9０-９]+$/u.test(token.surface_form);
}

/** One analyser token → a word with a reading and a status. */
function wordOfToken(tokens: readonly kuromoji.IpadicFeatures[], i: number): ReadWord {
  const token = tokens[i] as kuromoji.IpadicFeatures;
  const surface = token.surface_form;
  const kanji = hasKanji(surface);
  if (!kanji) return { surface, reading: toHiragana(surface), source: "text", status: "known", kanji, pos: token.pos };
  const raw = token.reading && token.reading !== "*" ? toHiragana(token.reading) : "";
  let status: ReadingStatus = raw ? "known" : "unknown";
  let reading = raw;
  if (isNumberToken(tokens[i - 1]) && (token.pos_detail_2 === "助数詞" || surface.length === 1)) {
    // IPADIC tags some counters (月 in 11月) as plain nouns: a single kanji right after digits is read as a counter.
    // 1日 (ついたち), 2人 (ふたり), 3本 (さんぼん): the reading changes with the number; only fixed ones are sure.
    const safe = SAFE_COUNTERS[surface];
    reading = safe ?? raw;
    status = safe ? "known" : "guessed";
    return { surface, reading, source: "analyser", status, kanji, pos: token.pos, counter: true };
  } else if (raw && (token.word_type === "UNKNOWN" || token.pos_detail_2 === "人名")) {
    // Person names have many readings (IPADIC gives one); its place and organisation names are read as listed.
    status = "guessed";
  }
  return { surface, reading, source: "analyser", status, kanji, pos: token.pos };
}

function onlyKanji(text: string): boolean {
  return [...text].every(isKanjiChar);
}

/**
 * The longest stretch kuromoji is given at once, in UTF-16 units. It cuts sentences only at 、 and 。 and its work on a
 * sentence grows with the square of its length: one 50,000-character line with neither took over a minute of the
 * content check, so a contributor's file could stall every build. Words longer than this do not exist.
 */
export const LONGEST_STRETCH = 256;

const STRETCH_END = /[、。，．！？!?\s]/u;

/**
 * `safe` cut into pieces of at most {@link LONGEST_STRETCH} units, after the last 、。 or space of each window when
 * there is one, never between the halves of a character of `original` (same length) outside the BMP.
 */
function stretches(safe: string, original: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (safe.length - start > LONGEST_STRETCH) {
    let end = start + LONGEST_STRETCH;
    for (let i = end - 1; i > start + LONGEST_STRETCH / 2; i--) {
      if (STRETCH_END.test(safe[i] ?? "")) {
        end = i + 1;
        break;
      }
    }
    if (/[\uD800-\uDBFF]/.test(original[end - 1] ?? "")) end -= 1;
    out.push(safe.slice(start, end));
    start = end;
  }
  out.push(safe.slice(start));
  return out;
}

/**
 * kuromoji loses text after characters outside the BMP (𬵪, 𠮷): tokenize a copy where each is two placeholder kanji
 * of the same UTF-16 length, then take every surface back from the original text by offset.
 */
function tokenize(tokenizer: Tokenizer, text: string): kuromoji.IpadicFeatures[] {
  const safe = text.replace(/[\u{10000}-\u{10FFFF}]/gu, "\u3400\u3400");
  const tokens = stretches(safe, text).flatMap((piece) => tokenizer.tokenize(piece));
  let offset = 0;
  const out: kuromoji.IpadicFeatures[] = [];
  for (const token of tokens) {
    const length = token.surface_form.length;
    const surface = text.slice(offset, offset + length);
    offset += length;
    const last = out.at(-1);
    if (last && /[\uD800-\uDBFF]$/u.test(last.surface_form)) {
      // The placeholder pair was split in two tokens: join the halves of the character again.
      last.surface_form += surface;
      continue;
    }
    if (surface === token.surface_form) out.push(token);
    else out.push({ ...token, surface_form: surface, reading: undefined, word_type: "UNKNOWN" } as kuromoji.IpadicFeatures);
  }
  if (offset < text.length) {
    const rest = { ...(tokens.at(-1) ?? {}), surface_form: text.slice(offset), reading: undefined, word_type: "UNKNOWN" };
    out.push(rest as kuromoji.IpadicFeatures);
  }
  return joinUnknownKanji(out);
}

/** Unknown kanji come one token each: join a run into one word, as staff would add it to readings.yaml. */
function joinUnknownKanji(tokens: kuromoji.IpadicFeatures[]): kuromoji.IpadicFeatures[] {
  const out: kuromoji.IpadicFeatures[] = [];
  for (const token of tokens) {
    const last = out.at(-1);
    const unknown = (t: kuromoji.IpadicFeatures) => t.word_type === "UNKNOWN" && onlyKanji(t.surface_form);
    if (last && unknown(last) && unknown(token)) last.surface_form += token.surface_form;
    else out.push(token);
  }
  return out;
}

/** Script runs: kanji, hiragana, katakana, other. */
const SCRIPT_RUN =
  /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3FFFF}々〆ヶ]+|[\u3041-\u309F]+|[\u30A0-\u30FF]+|[^\u3041-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3FFFF}々〆]+/gu;

/**
 * An unknown token can swallow a whole phrase (𬵪𬵪の会 comes back as one token): split it where the script changes, so
 * dictionary words and particles inside it get their own boundaries.
 */
function splitUnknown(token: kuromoji.IpadicFeatures): kuromoji.IpadicFeatures[] {
  if (token.word_type !== "UNKNOWN") return [token];
  const pieces = token.surface_form.match(SCRIPT_RUN) ?? [token.surface_form];
  if (pieces.length < 2) return [token];
  return pieces.map((piece) => ({ ...token, surface_form: piece, reading: undefined }) as kuromoji.IpadicFeatures);
}

/**
 * Splits text into words with readings. Dictionary words win (longest first) but only where they start and end on
 * the analyser's word boundaries, so 末期 is not read inside 週末・期間.
 */
export function readText(tokenizer: Tokenizer, dict: WordDictionary, text: string): ReadWord[] {
  const tokens = tokenize(tokenizer, text).flatMap(splitUnknown);
  const starts: number[] = [];
  const boundaries = new Set<number>([text.length]);
  let offset = 0;
  for (const token of tokens) {
    starts.push(offset);
    boundaries.add(offset);
    offset += token.surface_form.length;
  }
  const out: ReadWord[] = [];
  let t = 0;
  while (t < tokens.length) {
    const at = starts[t] as number;
    const match = longestMatch(dict, text, at, (end) => boundaries.has(end));
    if (match) {
      const { word, entry } = match;
      out.push({ surface: word, reading: entry.reading, source: entry.source, status: "known", kanji: true, pos: "名詞" });
      const end = at + word.length;
      while (t < tokens.length && (starts[t] as number) < end) t++;
      continue;
    }
    out.push(wordOfToken(tokens, t));
    t++;
  }
  return out;
}

/** The reading of a whole text (words joined), e.g. for a word list or a search index. */
export function readingOf(words: readonly ReadWord[]): string {
  return words.map((w) => w.reading || w.surface).join("");
}
