/**
 * The address parts of a resource record: the site.yaml town an address is in, and the 方書 worth printing.
 */
import { foldTownText, type TownDefinition } from "../lib/windows/town.ts";

/** A leading 大字 or 字 (the 町字 prefix that real addresses write or leave out). */
const AZA = /^(?:大字|字)/u;

/** The 町名 of site.yaml `towns` an address is in (longest name after the prefecture and municipality). */
export function townOfAddress(
  address: string,
  towns: readonly TownDefinition[],
  prefixes: readonly string[],
): string | undefined {
  let text = foldTownText(address);
  for (const p of foldedOnce(prefixes)) {
    if (text.startsWith(p.folded)) text = text.slice(p.folded.length);
  }
  // 「大字北町」「字北町」 and 「北町」 name the same town: real files write either, in the address or in towns
  text = text.replace(AZA, "");
  // Longest name first, so 青葉台 is not taken for 青葉.
  return foldedTowns(towns).find((t) => text.startsWith(t.folded))?.name;
}

/** Folded town names per town list, longest first: folding once per list, not once per row (25,000 rows at L). */
const foldedTownCache = new WeakMap<readonly TownDefinition[], { name: string; folded: string }[]>();
function foldedTowns(towns: readonly TownDefinition[]): { name: string; folded: string }[] {
  let list = foldedTownCache.get(towns);
  if (!list) {
    list = towns
      .map((t) => ({ name: t.name, folded: foldTownText(t.name).replace(AZA, "") }))
      .sort((a, b) => b.folded.length - a.folded.length);
    foldedTownCache.set(towns, list);
  }
  return list;
}

const foldedPrefixCache = new WeakMap<readonly string[], { folded: string }[]>();
function foldedOnce(prefixes: readonly string[]): { folded: string }[] {
  let list = foldedPrefixCache.get(prefixes);
  if (!list) {
    list = prefixes.map((p) => ({ folded: foldTownText(p) }));
    foldedPrefixCache.set(prefixes, list);
  }
  return list;
}

/** 方書 unless 所在地_連結表記 already ends with it (current-layout files repeat it there; it would print twice). */
export function buildingNotIn(building: string | undefined, address: string): string | undefined {
  if (!building) return undefined;
  const squash = (t: string) => t.normalize("NFKC").replace(/[\s\u3000]+/g, "");
  return squash(address).includes(squash(building)) ? undefined : building;
}
