/**
 * Normalisation for machine-read values (phone numbers, dates, times, codes). Display text is never normalised:
 * residents see what staff wrote. Rules from docs/dev/open-data-formats.md §10.3.
 */

/** Hyphen-like characters staff and Excel produce: U+2010–2015, U+2212 minus, U+FF0D, U+30FC ー, U+FF70 ｰ. */
const HYPHENS = /[\u2010-\u2015\u2212\uFF0D\u30FC\uFF70]/g;

/**
 * NFKC-normalises (full-width digits and letters become half-width), folds hyphen look-alikes to "-" and trims.
 * @param value raw text as written in the content
 */
export function normalizeMachineText(value: string): string {
  return value.normalize("NFKC").replace(HYPHENS, "-").trim();
}
