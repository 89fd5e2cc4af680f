/**
 * Character-level rules for staff text, the way public-sector CMSs check pages before publishing:
 * 機種依存文字 (①, ㈱, ㍻, 半角カナ …), invisible characters, phone numbers and dates written with full-width digits,
 * and phone numbers that are not Japanese numbers. Pure functions: each finds matches with their index in the text,
 * checks in src/checks/ turn them into located issues.
 */
import { normalizeMachineText } from "../values/normalize-text.ts";
import { normalizeJapanesePhone } from "../values/phone.ts";

/** A match in a text: where it starts (UTF-16 index), what was found and the suggested replacement. */
export interface TextMatch {
  index: number;
  text: string;
  /** What to write instead; undefined when there is no single good replacement. */
  replacement?: string | undefined;
}

/** 1-based line and column of `index` in `text` (columns count code points, as editors show them). */
export function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lines = before.split("\n");
  return { line: lines.length, column: [...(lines.at(-1) ?? "")].length + 1 };
}

// Circled and parenthesised numbers/letters, Roman numerals, squared words (㍻ ㌔ ㎡), ㈱, №, ℡, dingbat digits;
// CJK radicals (U+2E80–U+2EFF, U+2F00–U+2FDF), see RADICAL.
const MACHINE_DEPENDENT =
  /[\u2116\u2121\u2160-\u2188\u2460-\u24FF\u2776-\u2793\u2E80-\u2EFF\u2F00-\u2FDF\u3200-\u32FF\u3300-\u33FF]|[\uFF61-\uFF9F]+/gu;

/**
 * Radicals that look like kanji (⽇ 日, ⼟ 土, ⺠ 民) but are other characters: text copied out of PDFs carries them
 * (MHLW's 介護サービス情報公表 file 120 writes 定休⽇：⼟曜⽇). Screen readers read them as radical names and search
 * does not find the word.
 */
const RADICAL = /^[\u2E80-\u2EFF\u2F00-\u2FDF]/u;

/**
 * The kanji of the supplement's radicals seen in Japanese text, which NFKC leaves as they are (the Kangxi radicals of
 * U+2F00–U+2FDF all become their kanji under NFKC). From their Unicode names (CJK RADICAL CIVILIAN → 民 …).
 */
const SUPPLEMENT_RADICAL_KANJI: Readonly<Record<string, string>> = {
  "\u2EA0": "民",
  "\u2EC4": "西",
  "\u2ED1": "長",
  "\u2ED8": "青",
  "\u2EDD": "食",
  "\u2EE4": "鬼",
  "\u2EE8": "麦",
  "\u2EE9": "黄",
  "\u2EEB": "斉",
  "\u2EED": "歯",
  "\u2EEF": "竜",
  "\u2EF2": "亀",
};

/** Whether a 機種依存文字 found by {@link findMachineDependentChars} is a radical that looks like a kanji. */
export function isRadicalLookalike(found: string): boolean {
  return RADICAL.test(found);
}

/** Circled forms that read best as "(n)" (NFKC alone gives a bare "1"). */
function isCircled(code: number): boolean {
  return (
    (code >= 0x2460 && code <= 0x2473) ||
    (code >= 0x24b6 && code <= 0x24ea) ||
    (code >= 0x3251 && code <= 0x325f) ||
    (code >= 0x3280 && code <= 0x32bf)
  );
}

/** Dingbat and negative circled digits have no compatibility decomposition: map them by position. */
function dingbatNumber(code: number): number | undefined {
  if (code >= 0x2776 && code <= 0x277f) return code - 0x2776 + 1;
  if (code >= 0x2780 && code <= 0x2789) return code - 0x2780 + 1;
  if (code >= 0x278a && code <= 0x2793) return code - 0x278a + 1;
  if (code >= 0x24eb && code <= 0x24f4) return code - 0x24eb + 11;
  if (code >= 0x24f5 && code <= 0x24fe) return code - 0x24f5 + 1;
  if (code === 0x24ff) return 0;
  return undefined;
}

/** The replacement staff should type for a 機種依存文字 (or a run of half-width kana). */
export function machineDependentReplacement(found: string): string | undefined {
  const code = found.codePointAt(0) ?? 0;
  if (code >= 0xff61 && code <= 0xff9f) return found.normalize("NFKC");
  const dingbat = dingbatNumber(code);
  if (dingbat !== undefined) return `(${dingbat})`;
  const kanji = SUPPLEMENT_RADICAL_KANJI[found];
  if (kanji) return kanji;
  const nfkc = found.normalize("NFKC");
  if (nfkc === found) return undefined;
  return isCircled(code) ? `(${nfkc})` : nfkc;
}

/**
 * Finds 機種依存文字: characters that older systems, Shift_JIS exports, printers or screen readers handle badly,
 * with the replacement (① → (1), ㈱ → (株), ㍻ → 平成, ㌔ → キロ, ｶﾞｲﾄﾞ → ガイド, ⽇ → 日).
 */
export function findMachineDependentChars(text: string): TextMatch[] {
  return [...text.matchAll(MACHINE_DEPENDENT)].map((m) => ({
    index: m.index,
    text: m[0],
    replacement: machineDependentReplacement(m[0]),
  }));
}

/** Kinds of invisible characters. */
export type InvisibleKind = "control" | "bidi" | "zero-width";

// C0/C1 controls except tab and newlines; zero-width space/joiners, word joiner, BOM; line/paragraph separators;
// bidirectional embeddings, overrides and isolates (they reorder what readers see: "Trojan source").
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this finds.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u200C\u2060\uFEFF\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** Finds characters that cannot be seen but change or break the text. */
export function findInvisibleChars(text: string): (TextMatch & { kind: InvisibleKind })[] {
  return [...text.matchAll(INVISIBLE)].map((m) => {
    const code = m[0].codePointAt(0) ?? 0;
    const kind: InvisibleKind =
      (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
        ? "bidi"
        : code === 0x200b || code === 0x200c || code === 0x2060 || code === 0xfeff
          ? "zero-width"
          : "control";
    return { index: m.index, text: m[0], kind, replacement: "" };
  });
}

/** U+XXXX notation for messages about characters staff cannot see. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;

/** True when the text has full-width digits or letters (０-９, Ａ-Ｚ, ａ-ｚ). */
export function hasFullWidthAlnum(text: string): boolean {
  return FULL_WIDTH_ALNUM.test(text);
}

/** A phone-number-like sequence found in prose. */
export interface PhoneMatch extends TextMatch {
  /** "03-0000-1234" when it is a Japanese domestic number, else null. */
  normalized: string | null;
  /** Written with full-width digits or full-width hyphens/brackets. */
  fullWidth: boolean;
  /** Written in international form (+81 …). */
  international: boolean;
}

const DIGIT = "[0-9０-９]";
// Hyphen look-alikes and brackets; a space only after a closing bracket ("(03) 0000-1234"), so that a number
// followed by another number ("03-0000-1234 2026年") is not read as one.
const SEPARATOR = "(?:[-－‐‑‒–—―−ーｰ(（]|[)）]\\s?)";
/** The words written before a FAX number (a regular-expression alternation). */
export const FAX_WORDS = "ＦＡＸ|FAX|Fax|ファクス|ファックス";
// A number after a phone keyword (電話 03…, TEL：…, FAX …), whatever its first digit.
const KEYWORD_NUMBER = new RegExp(
  `(?:電話(?:番号)?|ＴＥＬ|TEL|Tel|tel|℡|${FAX_WORDS})\\s*(?:番号)?\\s*[:：]?\\s*((?:[+＋]\\s?)?${DIGIT}(?:${DIGIT}|${SEPARATOR}){5,}${DIGIT})`,
  "gu",
);
// A number starting with 0 (or (0 / +) that has the shape of a phone number: digits with separators.
const SHAPED_NUMBER = new RegExp(
  `(?<![0-9０-９.,／/〒\\-－])((?:[+＋]\\s?${DIGIT}{1,3}\\s?|[(（]?[0０])(?:${DIGIT}|${SEPARATOR}){6,}${DIGIT})(?![0-9０-９])`,
  "gu",
);

/**
 * Finds phone-number-like sequences in prose (after 電話/TEL/FAX, or shaped like 0X-XXXX-XXXX) and says whether
 * each is a valid Japanese domestic number, written with full-width characters or in international form.
 */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  const found = new Map<number, string>();
  for (const m of text.matchAll(KEYWORD_NUMBER)) {
    const number = m[1] ?? "";
    found.set(m.index + m[0].length - number.length, number);
  }
  for (const m of text.matchAll(SHAPED_NUMBER)) {
    const number = m[1] ?? "";
    if ([...found].some(([index, t]) => m.index >= index && m.index < index + t.length)) continue;
    const digits = normalizeMachineText(number).replace(/[^\d]/g, "");
    // A shaped number needs at least two separators' worth of structure and a phone's length to count.
    if (digits.length < 9 || !/[^\d０-９]/.test(number.replace(/^[(（+＋]/, ""))) continue;
    found.set(m.index, number);
  }
  return [...found]
    .sort((a, b) => a[0] - b[0])
    .map(([index, raw]) => {
      const number = raw.replace(/[\s(（]+$/u, "").trim();
      const international = /^[+＋]/.test(number);
      const domestic = international ? internationalToDomestic(number) : number;
      const normalized = domestic === null ? null : normalizeJapanesePhone(domestic);
      return {
        index,
        text: number,
        normalized,
        fullWidth: /[０-９－‐‑‒–—―−ーｰ（）＋]/u.test(number),
        international,
        replacement: normalized ?? undefined,
      };
    });
}

/** "+81 3-0000-1234" → "03-0000-1234"; null for other countries. */
function internationalToDomestic(number: string): string | null {
  const text = normalizeMachineText(number).replace(/\s/g, "");
  const m = /^\+81-?\(?0?\)?-?(.*)$/.exec(text);
  return m ? `0${m[1]}` : null;
}

/** Short service numbers that are valid without an area code (警察 110, 消防・救急 119, 救急安心センター #7119 …). */
export function isShortServiceNumber(digits: string): boolean {
  return /^(1\d{2}|#\d{4}|%23\d{4}|188|189)$/.test(digits);
}

// Dates and times written with digits: 2026年10月1日, 2026/10/1, 10月1日, 令和8年度, 8時30分, 17:15.
const DATE_OR_TIME = new RegExp(
  `(?:(?:令和|平成|昭和)?${DIGIT}{1,4}\\s*(?:年度|年)\\s*(?:${DIGIT}{1,2}\\s*月\\s*(?:${DIGIT}{1,2}\\s*日)?)?|${DIGIT}{1,2}\\s*月\\s*${DIGIT}{1,2}\\s*日|${DIGIT}{4}[/／\\-－.．]${DIGIT}{1,2}[/／\\-－.．]${DIGIT}{1,2}|${DIGIT}{1,2}\\s*時(?:\\s*${DIGIT}{1,2}\\s*分)?|${DIGIT}{1,2}[:：]${DIGIT}{2})`,
  "gu",
);

/** Finds dates and times written with full-width digits, with the half-width replacement (２０２６年 → 2026年). */
export function findFullWidthDates(text: string): TextMatch[] {
  return [...text.matchAll(DATE_OR_TIME)]
    .filter((m) => hasFullWidthAlnum(m[0]) || /[：／－．]/.test(m[0]))
    .map((m) => ({ index: m.index, text: m[0], replacement: m[0].normalize("NFKC").replace(/－/g, "-") }));
}
