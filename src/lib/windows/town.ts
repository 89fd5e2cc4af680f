/**
 * Town names (町名, optionally with 丁目) as residents type them, and the lookup "which 地域包括支援センター is mine?".
 * Pure and dependency-free: the same code runs at build time (coverage checks, static lists) and in the browser.
 *
 * Matching folds what differs between how a town is written and how a resident types it: full/half width (NFKC),
 * katakana/hiragana, spaces, 丁目 in kanji or arabic numerals (中央町三丁目 = 中央町3丁目 = 中央町3 = ちゅうおうちょう3ちょうめ).
 */

/** A town of the municipality as listed in site.yaml. */
export interface TownDefinition {
  /** 町名 in kanji, without 丁目: 中央町. */
  name: string;
  /** Reading in hiragana or katakana: ちゅうおうちょう. */
  kana: string;
  /** Number of 丁目 (一丁目 … N丁目); 0 when the town has none. */
  chome: number;
}

/** One lookup unit: a town, or one 丁目 of it. */
export interface TownUnit {
  /** 中央町 */
  town: string;
  /** Reading in hiragana. */
  kana: string;
  /** 丁目 number, or 0 for a town without 丁目. */
  chome: number;
  /** How the unit is written for residents: 中央町三丁目. */
  label: string;
}

const KANJI_DIGITS = "〇一二三四五六七八九";

/** Kanji numerals up to 99 (三, 十二, 二十三) → number; null when the text is not one. */
export function kanjiToNumber(text: string): number | null {
  if (!/^[〇一二三四五六七八九十]+$/.test(text)) return null;
  if (!text.includes("十")) {
    return text.length === 1 ? KANJI_DIGITS.indexOf(text) : Number([...text].map((c) => KANJI_DIGITS.indexOf(c)).join(""));
  }
  const [tens, ones] = text.split("十");
  if (text.split("十").length > 2 || (tens && tens.length > 1) || (ones && ones.length > 1)) return null;
  return (tens ? KANJI_DIGITS.indexOf(tens) : 1) * 10 + (ones ? KANJI_DIGITS.indexOf(ones) : 0);
}

/** Number → kanji numerals as written in 町字 (三, 十二, 二十三). */
export function numberToKanji(n: number): string {
  if (n < 10) return KANJI_DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : (KANJI_DIGITS[tens] ?? "")}十${ones ? (KANJI_DIGITS[ones] ?? "") : ""}`;
}

/** Katakana → hiragana (ァ–ヶ), other characters unchanged. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * The ヶ of place names as residents type it (桜ヶ丘, 桜ケ丘, 桜が丘, 桜ヵ丘): between two kanji these are one
 * character, folded to が. Only between kanji, so kana words keep their け and が.
 */
const PLACE_KE = /(?<=[\p{Script=Han}々])[ゖけがヵゕ](?=[\p{Script=Han}々])/gu;

/**
 * Hiragana with the ヶ of place names folded (桜ヶ丘 → 桜が丘), one character for one: positions in the result are
 * positions in `text`. `text` should be NFKC already (a query is, see normalizeQuery).
 */
export function foldPlaceChars(text: string): string {
  return toHiragana(text).replace(PLACE_KE, "が");
}

/** NFKC, hiragana, ヶ of place names folded, no spaces or punctuation: the form every comparison uses. */
export function foldTownText(text: string): string {
  return foldPlaceChars(text.normalize("NFKC"))
    .replace(/[\s・,、.。()（）「」]/g, "")
    .replace(/[\u2010-\u2015\u2212\uFF0D\u30FC\uFF70-]+$/, "");
}

/** The units a town is divided into: its 丁目, or the town itself. */
export function townUnits(town: TownDefinition): TownUnit[] {
  const kana = foldTownText(town.kana);
  if (town.chome <= 0) return [{ town: town.name, kana, chome: 0, label: town.name }];
  return Array.from({ length: town.chome }, (_, i) => ({
    town: town.name,
    kana,
    chome: i + 1,
    label: `${town.name}${numberToKanji(i + 1)}丁目`,
  }));
}

/** The key that identifies a unit: 中央町#3. */
export function unitKey(town: string, chome: number): string {
  return `${foldTownText(town)}#${chome}`;
}

/** Input split into the town part and an optional 丁目 number. */
export interface ParsedTownInput {
  /** Folded town text (may be partial while the resident is typing). */
  town: string;
  /** 丁目 when given. */
  chome?: number;
}

/**
 * Splits typed text into town and 丁目: 中央町3丁目, 中央町三丁目, ちゅうおうちょう３ちょうめ, 中央町3-2-1 (a full address:
 * the first number is the 丁目). Leading prefecture and municipality names are removed when given.
 * @param prefixes names to strip from the start, e.g. ["東京都", "架空市"]
 */
export function parseTownInput(raw: string, prefixes: readonly string[] = []): ParsedTownInput {
  let text = foldTownText(raw);
  for (const prefix of prefixes) {
    const folded = foldTownText(prefix);
    if (folded && text.startsWith(folded)) text = text.slice(folded.length);
  }
  const m = /^(.*?)(\d+|[〇一二三四五六七八九十]+)(丁目|ちょうめ|丁|-|番|$)/.exec(text);
  if (m?.[1]) {
    const n = /^\d+$/.test(m[2] ?? "") ? Number(m[2]) : kanjiToNumber(m[2] ?? "");
    // A kanji numeral that is part of the name (九段, 三田) is only taken when 丁目 or a hyphen follows.
    const isChome = /^\d+$/.test(m[2] ?? "") || (m[3] ?? "") !== "";
    if (n !== null && n > 0 && isChome) return { town: m[1], chome: n };
  }
  return { town: text.replace(/(丁目|ちょうめ)$/, "") };
}

/**
 * Finds the units matching what a resident typed. An exact town with a 丁目 gives that unit; a town without 丁目 gives
 * all its units; a partial name (ちゅう) gives every unit whose name or reading starts with it.
 * @param units every unit of the municipality
 */
export function findTownUnits(raw: string, units: readonly TownUnit[], prefixes: readonly string[] = []): TownUnit[] {
  const input = parseTownInput(raw, prefixes);
  if (input.town === "") return [];
  const nameOf = (u: TownUnit) => foldTownText(u.town);
  const exactTown = units.filter((u) => nameOf(u) === input.town || u.kana === input.town);
  if (exactTown.length > 0) {
    // A number after a town without 丁目 is a 番地 (山の手3番地): the whole town.
    if (input.chome === undefined || exactTown.every((u) => u.chome === 0)) return exactTown;
    return exactTown.filter((u) => u.chome === input.chome);
  }
  // The resident typed more than the town name (中央町1-2-3 without a 丁目 split, or a building): longest prefix.
  const prefixed = units.filter((u) => input.town.startsWith(nameOf(u)) || input.town.startsWith(u.kana));
  if (prefixed.length > 0) return prefixed;
  return units.filter((u) => nameOf(u).startsWith(input.town) || u.kana.startsWith(input.town));
}

/** The kana row (あ行 … わ行) a reading starts with, for the static list grouped by あかさたな. */
export function kanaRow(kana: string): string {
  const first = foldTownText(kana).charAt(0);
  const rows: [string, string][] = [
    ["あ", "ぁあぃいぅうぇえぉおゔ"],
    ["か", "かがきぎくぐけげこご"],
    ["さ", "さざしじすずせぜそぞ"],
    ["た", "ただちぢっつづてでとど"],
    ["な", "なにぬねの"],
    ["は", "はばぱひびぴふぶぷへべぺほぼぽ"],
    ["ま", "まみむめも"],
    ["や", "ゃやゅゆょよ"],
    ["ら", "らりるれろ"],
    ["わ", "ゎわゐゑをん"],
  ];
  return rows.find(([, chars]) => chars.includes(first))?.[0] ?? "その他";
}

const ROMAJI: Record<string, string> = {
  あ: "a",
  い: "i",
  う: "u",
  え: "e",
  お: "o",
  か: "ka",
  き: "ki",
  く: "ku",
  け: "ke",
  こ: "ko",
  さ: "sa",
  し: "shi",
  す: "su",
  せ: "se",
  そ: "so",
  た: "ta",
  ち: "chi",
  つ: "tsu",
  て: "te",
  と: "to",
  な: "na",
  に: "ni",
  ぬ: "nu",
  ね: "ne",
  の: "no",
  は: "ha",
  ひ: "hi",
  ふ: "fu",
  へ: "he",
  ほ: "ho",
  ま: "ma",
  み: "mi",
  む: "mu",
  め: "me",
  も: "mo",
  や: "ya",
  ゆ: "yu",
  よ: "yo",
  ら: "ra",
  り: "ri",
  る: "ru",
  れ: "re",
  ろ: "ro",
  わ: "wa",
  を: "o",
  ん: "n",
  が: "ga",
  ぎ: "gi",
  ぐ: "gu",
  げ: "ge",
  ご: "go",
  ざ: "za",
  じ: "ji",
  ず: "zu",
  ぜ: "ze",
  ぞ: "zo",
  だ: "da",
  ぢ: "ji",
  づ: "zu",
  で: "de",
  ど: "do",
  ば: "ba",
  び: "bi",
  ぶ: "bu",
  べ: "be",
  ぼ: "bo",
  ぱ: "pa",
  ぴ: "pi",
  ぷ: "pu",
  ぺ: "pe",
  ぽ: "po",
  ゔ: "vu",
  ぁ: "a",
  ぃ: "i",
  ぅ: "u",
  ぇ: "e",
  ぉ: "o",
};

/**
 * Simple Hepburn romanisation of a reading, for URL slugs: long vowels are spelt out (ちゅうおうちょう → chuuouchou),
 * small ゃゅょ join the previous syllable (きょ → kyo, しゃ → sha) and っ doubles the next consonant.
 */
export function kanaToRomaji(kana: string): string {
  const chars = [...foldTownText(kana)];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? "";
    const next = chars[i + 1] ?? "";
    if (c === "っ") {
      const following = ROMAJI[next] ?? "";
      out += following.startsWith("ch") ? "t" : (following[0] ?? "");
      continue;
    }
    const base = ROMAJI[c];
    if (base === undefined) {
      out += /[a-z0-9]/i.test(c) ? c.toLowerCase() : "";
      continue;
    }
    if ("ゃゅょ".includes(next) && next !== "") {
      const vowel = { ゃ: "a", ゅ: "u", ょ: "o" }[next] ?? "";
      out += /^(sh|ch|j)/.test(base) ? base.replace(/i$/, vowel) : base.replace(/i$/, `y${vowel}`);
      i++;
      continue;
    }
    out += base;
  }
  return out;
}

/**
 * Resolves one 担当地区 entry (中央町, 中央町一丁目, ちゅうおうちょう2) to the units it covers.
 * @returns the units, or a Japanese message when the entry names no town of the list or a 丁目 it does not have
 */
export function resolveArea(
  area: string,
  towns: readonly TownDefinition[],
  prefixes: readonly string[] = [],
): TownUnit[] | string {
  const input = parseTownInput(area, prefixes);
  const town = towns.find((t) => foldTownText(t.name) === input.town || foldTownText(t.kana) === input.town);
  if (!town) {
    const near = towns.filter((t) => foldTownText(t.name).startsWith(input.town.slice(0, 1))).map((t) => t.name);
    return `町名の一覧（site.yaml の towns）にない町名です${near.length ? `（似た町名: ${near.slice(0, 5).join("、")}）` : ""}`;
  }
  const units = townUnits(town);
  if (input.chome === undefined) return units;
  if (town.chome === 0) return `${town.name}には丁目がありません（site.yaml の towns で chome が指定されていません）`;
  const unit = units.find((u) => u.chome === input.chome);
  return unit ? [unit] : `${town.name}は${numberToKanji(town.chome)}丁目までです`;
}

/** One row of the town directory: a unit and the slug of the window that serves it (undefined when none). */
export interface TownAssignment {
  unit: TownUnit;
  owner?: string | undefined;
}

/**
 * The town directory: every unit of the municipality with the window that serves it, in list order.
 * Invalid or doubly claimed areas are the loader's concern (build errors); here the first claim wins.
 * @param claims windows with their 担当地区 entries
 */
export function townDirectory(
  towns: readonly TownDefinition[],
  claims: readonly { slug: string; areas: readonly string[] }[],
  prefixes: readonly string[] = [],
): TownAssignment[] {
  const owners = new Map<string, string>();
  for (const claim of claims) {
    for (const area of claim.areas) {
      const units = resolveArea(area, towns, prefixes);
      if (typeof units === "string") continue;
      for (const u of units) if (!owners.has(unitKey(u.town, u.chome))) owners.set(unitKey(u.town, u.chome), claim.slug);
    }
  }
  return towns.flatMap(townUnits).map((unit) => ({ unit, owner: owners.get(unitKey(unit.town, unit.chome)) }));
}
