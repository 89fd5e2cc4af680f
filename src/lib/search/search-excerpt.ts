/**
 * Excerpts of search results (pure): the page's text cut around the first matched word, with the matches marked and
 * Pagefind's block joins turned back into Japanese punctuation. Re-exported by site-search.ts.
 */
import { foldWithMap } from "./search-text.ts";

/** A piece of an excerpt; `mark` pieces are the matched words. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Pagefind's ". " between blocks after Japanese text; the group is the character before it. */
const BLOCK_JOIN_AFTER_JAPANESE = /([\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff9f])\. /g;
/** Characters that already end a sentence or a quotation: nothing is added after them. */
const SENTENCE_END = /[。！？」』）】〉》．.!?]/;

/**
 * Rejoins the blocks of a page's text as Japanese is written: Pagefind joins headings, paragraphs and list items
 * with a half-width ". " (「往診のちがい. 医師が…」), which reads as a stray English full stop. After Japanese text it
 * becomes 「。」, or nothing after a character that already ends a sentence (「。」「」」「？」).
 */
export function joinBlocksJapanese(text: string): string {
  return text.replace(BLOCK_JOIN_AFTER_JAPANESE, (_, last: string) => (SENTENCE_END.test(last) ? last : `${last}。`));
}

/**
 * Cuts an excerpt of `content` around the first match of any of `keys` (folded strings), marking every match
 * inside it. Without a match, the start of the text. Zero-width spaces (Pagefind's word marks) are removed, and
 * Pagefind's ". " block joins become Japanese punctuation (joinBlocksJapanese).
 * @param length about how many characters to show
 */
export function makeExcerpt(content: string, keys: string[], length = 110): ExcerptPart[] {
  const text = joinBlocksJapanese(
    content
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
      .replace(/\s+/g, " ")
      .trim(),
  );
  const { folded, map } = foldWithMap(text);
  const spans: [number, number][] = [];
  for (const key of keys.filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (let at = folded.indexOf(key); at !== -1; at = folded.indexOf(key, at + key.length)) {
      const start = map[at] ?? 0;
      const lastFolded = at + key.length - 1;
      const lastStart = map[lastFolded] ?? start;
      // End after the original character that the last folded character came from (2 units for astral characters).
      const end = lastStart + ((text.codePointAt(lastStart) ?? 0) > 0xffff ? 2 : 1);
      if (!spans.some(([s, e]) => start < e && end > s)) spans.push([start, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const first = spans[0];
  let from = 0;
  if (first) from = Math.max(0, Math.min(first[0] - Math.floor(length / 3), text.length - length));
  const to = Math.min(text.length, from + length);
  const parts: ExcerptPart[] = [];
  if (from > 0) parts.push({ text: "…", mark: false });
  let cursor = from;
  for (const [s, e] of spans) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (start > cursor) parts.push({ text: text.slice(cursor, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    cursor = end;
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), mark: false });
  if (to < text.length) parts.push({ text: "…", mark: false });
  return parts;
}
