/**
 * Explains why a header row was not recognised: which required columns of the nearest layout are missing, and which of
 * the file's own columns come closest to each (so that staff see 「所在地」 was read, but 「医療機関の種類」 is absent).
 */
import { normalizeHeader } from "./headers.ts";

/** One layout to compare a header against. */
export interface LayoutRequirement<F extends string> {
  /** Name shown to staff, e.g. 医療機関一覧. */
  label: string;
  /** Fields a file of this layout must have. */
  required: readonly F[];
}

/** The nearest layout and what it lacks. */
export interface ClosestLayout<F extends string> {
  /** Label of the layout with the fewest missing columns. */
  label: string;
  /** Each missing field with its usual header name and the file's closest header, when any is similar. */
  missing: { field: F; expected: string; closest?: string | undefined }[];
}

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Dice coefficient over character bigrams (0 = nothing shared, 1 = same). */
export function headerSimilarity(a: string, b: string): number {
  const na = normalizeHeader(a);
  const nb = normalizeHeader(b);
  if (!na || !nb) return 0;
  if (na === nb) return 1;
  // 「施設正式名称」 holds 「名称」: one name inside the other is a strong hint, whatever the bigram count
  if (na.includes(nb) || nb.includes(na)) return Math.max(0.5, diceOf(na, nb));
  return diceOf(na, nb);
}

function diceOf(na: string, nb: string): number {
  const x = bigrams(na);
  const y = bigrams(nb);
  if (!x.length || !y.length) return 0;
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * Finds the layout a header row comes closest to.
 * @param headers the header cells as written
 * @param present fields the alias table recognised
 * @param aliases field → accepted header names (the first is the one shown to staff)
 * @param layouts the layouts, in the order to prefer on a tie
 */
export function closestLayout<F extends string>(
  headers: readonly string[],
  present: ReadonlySet<F>,
  aliases: Record<F, readonly string[]>,
  layouts: readonly LayoutRequirement<F>[],
): ClosestLayout<F> | undefined {
  let best: ClosestLayout<F> | undefined;
  for (const layout of layouts) {
    const missing = layout.required
      .filter((f) => !present.has(f))
      .map((field) => {
        let closest: string | undefined;
        let score = 0.34; // below this, nothing is worth naming
        for (const header of headers) {
          for (const name of aliases[field]) {
            const s = headerSimilarity(header, name);
            if (s > score) {
              score = s;
              closest = header.replace(/^\uFEFF/, "").trim();
            }
          }
        }
        return { field, expected: aliases[field][0] ?? field, closest };
      });
    if (!best || missing.length < best.missing.length) best = { label: layout.label, missing };
  }
  return best;
}
