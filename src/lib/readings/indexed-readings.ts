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

/** A page's indexed text split into what it shows and what only helps to find it. */
export interface SplitContent {
  /** The page's own text (shown, excerpted). */
  text: string;
  /** Katakana readings of the page's words, joined by {@link READINGS_SEPARATOR}; empty without readings. */
  readings: string;
  /** Katakana readings of the page's title (its first h1), joined likewise; empty when unknown. */
  titleReadings: string;
}

const clean = (text: string) =>
  text
    .replace(ZERO_WIDTH, "")
    .replace(/[\s.]+$/u, "")
    .trim();

/**
 * Splits a page's indexed text (Pagefind's `content`) into the page's own text, its readings and its title's
 * readings. The build writes `〓〓 <title readings> 〓〓 <readings>` after the text; text without the marker is
 * returned as it is, without readings.
 */
export function splitSearchReadings(content: string): SplitContent {
  // Pagefind puts a zero-width space between the words it segments, the two marker characters included.
  const markers = [...content.matchAll(MARKER_IN_CONTENT)];
  const last = markers.at(-1);
  if (last === undefined) return { text: content, readings: "", titleReadings: "" };
  const readings = clean(content.slice(last.index + last[0].length));
  const first = markers.at(-2);
  if (first === undefined) return { text: content.slice(0, last.index).replace(TRAILING_SPACE, ""), readings, titleReadings: "" };
  const titleReadings = clean(content.slice(first.index + first[0].length, last.index));
  return { text: content.slice(0, first.index).replace(TRAILING_SPACE, ""), readings, titleReadings };
}
