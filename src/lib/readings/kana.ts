/** Character classes for readings: kanji, kana, and katakana → hiragana folding. */

/** CJK unified ideographs (extensions A to H and compatibility ideographs) and 々 〆 ヶ used inside kanji words. */
const KANJI = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3FFFF}々〆]/u;

/** True when the text holds at least one kanji. */
export function hasKanji(text: string): boolean {
  return KANJI.test(text);
}

/** True for a single kanji character (or 々). */
export function isKanjiChar(char: string): boolean {
  return KANJI.test(char);
}

/** Katakana (ァ–ヶ) → hiragana; ー and everything else unchanged. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** True when the text is hiragana/katakana only (with ー and the middle dot), i.e. a usable reading. */
export function isKana(text: string): boolean {
  return /^[\u3041-\u3096\u30A1-\u30FAー・]+$/u.test(text);
}
