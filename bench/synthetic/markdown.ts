/**
 * Markdown blocks drawn from the word pools, shared by pamphlets, talks and events: a paragraph of sentences, a
 * bulleted list, a two-column table.
 */
import type { Random } from "./random.ts";
import { LIST_ITEMS, TABLE_HEADERS, TABLE_ROWS } from "./vocabulary-pamphlets.ts";

/** Between `min` and `max` distinct sentences of `pool`, run together as one paragraph (Japanese needs no spaces). */
export function paragraph(r: Random, pool: readonly string[], min: number, max: number): string {
  return r.sample(pool, r.int(min, max)).join("");
}

/** A bulleted list of `min` to `max` distinct items. */
export function list(r: Random, min: number, max: number): string {
  return r
    .sample(LIST_ITEMS, r.int(min, max))
    .map((item) => `- ${item}`)
    .join("\n");
}

/** A two-column table of 3 to 6 rows under a header pair that fits them. */
export function table(r: Random): string {
  const [a, b] = r.pick(TABLE_HEADERS);
  const rows = r.sample(TABLE_ROWS, r.int(3, 6));
  return [`| ${a} | ${b} |`, "| --- | --- |", ...rows.map(([x, y]) => `| ${x} | ${y} |`)].join("\n");
}
