/** The fields that decide a pamphlet's position in lists. */
export interface Orderable {
  data: { order: number; title: string };
}

/** Sorts pamphlets by `order`, then by title in Japanese collation. Returns a new array. */
export function sortPamphlets<T extends Orderable>(items: readonly T[]): T[] {
  const collator = new Intl.Collator("ja");
  return [...items].sort((a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title));
}
