/**
 * Town names in search queries: a resident types their town (桜が丘 相談, ほんちょう ほうかつ, 北町に住む母の…) and
 * wants the 地域包括支援センター that covers it. The build writes the town directory (site.yaml `towns` and each
 * centre's 担当地区, the same data as the town finder) into the search page's word file (src/lib/search/query-readings.ts);
 * this module finds the towns named in a query word and the pages of the windows covering them. Pure: shared by the
 * build (writing) and the browser (finding).
 *
 * Matching folds what differs between how a town is written and how it is typed (width, katakana/hiragana, the ヶ
 * of 桜ヶ丘/桜が丘, 丁目 in kanji or digits: see src/lib/windows/town.ts). A town's name is found anywhere in a word (北町に住む),
 * its reading only as a whole run of kana (ほんちょう, ほんちょう2ちょうめ), so that a reading never matches inside
 * another kana word.
 */

import { foldPlaceChars, kanjiToNumber, type TownAssignment, type TownDefinition, townUnits, unitKey } from "../windows/town.ts";
import { KANA_FUNCTION_WORDS } from "./kana-segment.ts";

/**
 * The town directory as written for queries: the windows' pages (site paths) and, per town,
 * [name, kana, number of 丁目 (0: none), page index per unit (丁目 1…N, or the town; -1: no window)].
 */
export interface SearchTownsFile {
  pages: string[];
  towns: [string, string, number, number[]][];
}

/** The town directory (src/lib/windows/town.ts townDirectory) in the word file's form; `pageOf` maps a window to its path. */
export function searchTownsFile(
  towns: readonly TownDefinition[],
  directory: readonly TownAssignment[],
  pageOf: (owner: string) => string,
): SearchTownsFile {
  const pages: string[] = [];
  const indexOf = (owner: string | undefined) => {
    if (owner === undefined) return -1;
    const page = pageOf(owner);
    if (!pages.includes(page)) pages.push(page);
    return pages.indexOf(page);
  };
  const owners = new Map(directory.map((d) => [unitKey(d.unit.town, d.unit.chome), d.owner]));
  return {
    pages,
    towns: towns.map((t) => [t.name, t.kana, t.chome, townUnits(t).map((u) => indexOf(owners.get(unitKey(u.town, u.chome))))]),
  };
}

/** A town named in a query word. */
export interface TownMatch {
  /** Where it is in the word (UTF-16 offsets; the 丁目 included). */
  start: number;
  end: number;
  /** The town as the site writes it (桜ヶ丘), without 丁目. */
  name: string;
  /** Its reading in hiragana. */
  kana: string;
  /** The 丁目 typed, when the town has it. */
  chome?: number;
  /** Site paths of the windows covering the town (or the 丁目 typed). */
  pages: string[];
}

/** Finds the towns named in a query word (none when the site has no town directory). */
export type TownFinder = (word: string) => TownMatch[];

interface Town {
  name: string;
  kana: string;
  chome: number;
  owners: number[];
}

/** The part after a town that names its 丁目: 3丁目, 三丁目, 3ちょうめ, 3 (digits alone: 本町2, 本町2-3-1). */
const CHOME = /^(?:(\d+)(?:丁目|ちょうめ|丁)?|([〇一二三四五六七八九十]+)(?:丁目|ちょうめ|丁))/u;
const HIRAGANA_RUN = /[\u3041-\u3096ー]+/gu;

/**
 * A finder over a parsed word file's `towns` (anything unexpected counts as no towns).
 * @param base the site's base path, put before the pages' paths (search results carry it: /zaitaku/windows/…/)
 */
export function townFinder(json: unknown, base = "/"): TownFinder {
  const file = (json as { towns?: Partial<SearchTownsFile> } | null)?.towns;
  const pages = Array.isArray(file?.pages) ? file.pages.map((p) => `${base.replace(/\/$/u, "")}${String(p)}`) : [];
  const towns: Town[] = (Array.isArray(file?.towns) ? file.towns : [])
    .filter((t) => Array.isArray(t) && typeof t[0] === "string" && typeof t[1] === "string" && Array.isArray(t[3]))
    .map(([name, kana, chome, owners]) => ({ name, kana, chome: Number(chome) || 0, owners: owners.map(Number) }));
  if (towns.length === 0) return () => [];
  const named = towns.map((t) => ({ key: foldPlaceChars(t.name.normalize("NFKC")), town: t }));
  // A name of one character (栄, 旭) is found as the whole word only: inside a word it is any word (栄養).
  const byName = named.filter((e) => [...e.key].length >= 2).sort((a, b) => b.key.length - a.key.length);
  const byShortName = named.filter((e) => [...e.key].length < 2).map((e): [string, Town] => [e.key, e.town]);
  const byKana = new Map(towns.map((t) => [foldPlaceChars(t.kana.normalize("NFKC")), t]));

  const match = (town: Town, start: number, end: number, rest: string): TownMatch => {
    const m = CHOME.exec(rest);
    const n = m?.[1] ? Number(m[1]) : m?.[2] ? kanjiToNumber(m[2]) : null;
    const chome = n !== null && n >= 1 && n <= town.chome ? n : undefined;
    const owners = chome === undefined ? town.owners : [town.owners[chome - 1] ?? -1];
    const covering = [...new Set(owners)].flatMap((i) => pages[i] ?? []);
    const found = { start, end: end + (chome !== undefined && m ? m[0].length : 0), name: town.name, kana: town.kana };
    return { ...found, ...(chome !== undefined ? { chome } : {}), pages: covering };
  };

  return (word) => {
    const folded = foldPlaceChars(word.normalize("NFKC"));
    if (folded.length !== word.length) return [];
    const found: TownMatch[] = [];
    const free = (start: number, end: number) => found.every((f) => end <= f.start || start >= f.end);
    for (const { key, town } of byName) {
      for (let at = folded.indexOf(key); at !== -1; at = folded.indexOf(key, at + 1)) {
        if (free(at, at + key.length)) found.push(match(town, at, at + key.length, folded.slice(at + key.length)));
      }
    }
    for (const [key, town] of byShortName) {
      const rest = folded.slice(key.length);
      const whole = rest === "" || CHOME.exec(rest)?.[0] === rest;
      if (folded.startsWith(key) && whole) found.push(match(town, 0, key.length, rest));
    }
    for (const run of folded.matchAll(HIRAGANA_RUN)) {
      const town = byKana.get(run[0]);
      const end = run.index + run[0].length;
      if (town && free(run.index, end)) found.push(match(town, run.index, end, folded.slice(end)));
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

/** One piece of a query word split around the towns it names. */
export interface TownPiece {
  text: string;
  town?: TownMatch;
}

/** Particles and endings that stay behind when a town is cut out of a word (北町に住む → に住む): dropped. */
const LEADING_FUNCTION_WORD = new RegExp(`^(?:${[...KANA_FUNCTION_WORDS].sort((a, b) => b.length - a.length).join("|")})+`, "u");

/**
 * A query word split around the towns it names: 北町に住む母 → 北町 (the town), 住む母; 桜が丘 → 桜が丘 (the town).
 * Particles left at the start of a piece are dropped, and pieces of them only (北町の → 北町).
 */
export function splitTownWords(text: string, findTowns: TownFinder): TownPiece[] {
  const towns = findTowns(text);
  if (towns.length === 0) return [{ text }];
  const pieces: TownPiece[] = [];
  const rest = (from: number, to: number) => {
    const piece = text.slice(from, to).replace(LEADING_FUNCTION_WORD, "");
    if (piece) pieces.push({ text: piece });
  };
  let at = 0;
  for (const town of towns) {
    rest(at, town.start);
    pieces.push({ text: text.slice(town.start, town.end), town });
    at = town.end;
  }
  rest(at, text.length);
  return pieces;
}
