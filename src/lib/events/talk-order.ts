/** Sorts 出前講座 menu items by `order`, then title (Japanese collation). Returns a new array. */
export function sortTalks<T extends { data: { order: number; title: string } }>(items: readonly T[]): T[] {
  const collator = new Intl.Collator("ja");
  return [...items].sort((a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title));
}

/** "60分" / "1時間30分" for a duration in minutes. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes}分`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h}時間${m}分` : `${h}時間`;
}
