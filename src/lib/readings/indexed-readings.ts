/**
 * The readings paragraph as it comes back from Pagefind (pure, no dependencies: loaded by the search page). The build
 * adds it to each page it indexes (src/lib/readings/search-readings.ts); the search page splits it off the indexed
 * text, to check and rank with it and never show it.
 */

/** Starts the readings paragraph in the indexed text; what follows it is readings, not page text. */
export const READINGS_MARKER = "〓〓";

/** Separates readings (a character kept by text folding, so two readings never run into one). */
export const READINGS_SEPARATOR = "、";

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/gu;
const TRAILING_SPACE = /[\s\u200b-\u200d\u2060\ufeff]+$/u;
/** {@link READINGS_MARKER} as it comes back in Pagefind's indexed text (zero-width spaces between its characters). */
const MARKER_IN_CONTENT = new RegExp([...READINGS_MARKER].join("[\\u200b-\\u200d\\u2060\\ufeff]*"), "gu");

/**
 * Splits a page's indexed text (Pagefind's `content`) into the page's own text and its readings (empty when the
 * page has none). The readings are the words joined by {@link READINGS_SEPARATOR}, in katakana.
 */
export function splitSearchReadings(content: string): { text: string; readings: string } {
  // Pagefind puts a zero-width space between the words it segments, the two marker characters included.
  const markers = [...content.matchAll(MARKER_IN_CONTENT)];
  const last = markers.at(-1);
  if (last === undefined) return { text: content, readings: "" };
  const text = content.slice(0, last.index).replace(TRAILING_SPACE, "");
  const readings = content
    .slice(last.index + last[0].length)
    .replace(ZERO_WIDTH, "")
    .replace(/[\s.]+$/u, "")
    .trim();
  return { text, readings };
}
