/**
 * The fictional places every content type shares: the prefecture, its municipalities and towns, street addresses, and
 * the codes and numbers written with them (団体コード and 法人番号 with valid check digits, 03-0000-xxxx phones).
 */
import { localGovernmentCheckDigit } from "../../src/lib/values/local-government-code.ts";
import type { Random } from "./random.ts";
import type { SizeName, SizeSpec } from "./sizes.ts";
import { CHOME, MUNICIPALITY_PARTS, TOWNS } from "./vocabulary-places.ts";

/** A town (町名) of site.yaml `towns`, the unit of 地域包括支援センター areas and of the resources' area filter. */
export interface Town {
  /** The name in site.yaml: unique across the site (prefixed with the municipality on a prefecture-wide site). */
  name: string;
  /** Reading of `name` in katakana. */
  kana: string;
  /** The town as written inside its municipality (中央), for venue and facility names. */
  short: string;
  shortKana: string;
  /** Number of 丁目; 0 for a town without (addresses then use 番地). */
  chome: number;
}

/** A fictional municipality: its name, 全国地方公共団体コード, towns and the corner its coordinates start from. */
export interface Municipality {
  name: string;
  kana: string;
  code: string;
  towns: Town[];
  lat: number;
  lon: number;
}

/** Where a facility, venue or window stands: a street address in one town, with coordinates near its municipality. */
export interface Place {
  municipality: Municipality;
  town: Town;
  address: string;
  lat: string;
  lon: string;
}

/** The one prefecture every synthetic municipality belongs to (fictional, so no real address can match). */
export const PREFECTURE = "架空県";

/** A 6-digit 全国地方公共団体コード with its check digit. */
export function localCode(fiveDigits: string): string {
  return `${fiveDigits}${localGovernmentCheckDigit(fiveDigits)}`;
}

/** A 13-digit 法人番号 with its check digit (国税庁: 9 − (Σ Pn×Qn mod 9), Qn = 1 for odd n, 2 for even n from the right). */
export function corporateNumber(twelveDigits: string): string {
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(twelveDigits[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return `${9 - (sum % 9)}${twelveDigits}`;
}

/** A fictional phone number: 03-0000-xxxx only. */
export function phone(n: number): string {
  return `03-0000-${String(n % 10000).padStart(4, "0")}`;
}

/**
 * The municipalities of a size, with their towns: one 町 (S, XS) or 市 (M), or several 市・町・村 (L). Draws only
 * the number of 丁目 of each town from `r`.
 */
export function municipalities(r: Random, spec: SizeSpec, size: SizeName): Municipality[] {
  const kind = spec.municipalities > 1 ? ["市", "町", "村"] : [size === "S" || size === "XS" ? "町" : "市"];
  const townsEach = size === "XS" ? 4 : size === "S" ? 8 : TOWNS.length;
  const prefixed = spec.municipalities > 1;
  const list: Municipality[] = [];
  for (let i = 0; i < spec.municipalities; i++) {
    const [part, kana] = MUNICIPALITY_PARTS[i % MUNICIPALITY_PARTS.length] ?? ["", "カクウ"];
    const suffix = kind[i % kind.length] ?? "市";
    const suffixKana = { 市: "シ", 町: "マチ", 村: "ムラ" }[suffix] ?? "シ";
    const name = `架空${part}${suffix}`;
    const nameKana = `${kana}${suffixKana}`;
    list.push({
      name,
      kana: nameKana,
      // 999xx: outside every real prefecture (real codes start 01–47).
      code: localCode(`99${spec.municipalities > 1 ? 1 : 9}${String(10 + i).padStart(2, "0")}`),
      // A prefecture-wide site lists the towns of every municipality in one site.yaml, so each name carries its
      // municipality (架空北町中央), which is also how the address reads after the prefecture.
      towns: TOWNS.slice(0, townsEach).map(([short, shortKana]) => ({
        name: prefixed ? `${name}${short}` : short,
        kana: prefixed ? `${nameKana}${shortKana}` : shortKana,
        short,
        shortKana,
        chome: r.pick([0, 0, 2, 3, 3, 4, 5]),
      })),
      lat: 35.3 + (i % 4) * 0.1,
      lon: 139.3 + Math.floor(i / 4) * 0.1,
    });
  }
  return list;
}

/** A street address in a town: 一丁目12番3号 where the town has 丁目, 123番地 where it has none. */
export function streetAddress(r: Random, muni: Municipality, town: Town): string {
  const rest =
    town.chome > 0 ? `${CHOME[r.int(0, town.chome - 1)]}丁目${r.int(1, 30)}番${r.int(1, 20)}号` : `${r.int(1, 999)}番地`;
  return `${PREFECTURE}${muni.name}${town.short}${rest}`;
}

/** A random town of `muni`, a street address in it and coordinates near the municipality. */
export function place(r: Random, muni: Municipality): Place {
  const town = r.pick(muni.towns);
  return {
    municipality: muni,
    town,
    address: streetAddress(r, muni, town),
    lat: (muni.lat + r.next() * 0.08).toFixed(6),
    lon: (muni.lon + r.next() * 0.08).toFixed(6),
  };
}
