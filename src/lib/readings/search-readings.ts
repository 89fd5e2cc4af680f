/**
 * Readings for the search index: each indexed page gets, in the copy of its HTML handed to Pagefind (not in the
 * published page), a hidden last paragraph with the katakana readings of its kanji words, so that a query typed in
 * kana finds kanji text (ほうもんかんご → 訪問看護). The search page splits that paragraph off the indexed text
 * (splitSearchReadings in ./indexed-readings.ts, kept apart so that the browser does not load an HTML parser)
 * and uses it to check and rank, never to show.
 *
 * Readings are katakana because Pagefind's index segmenter and its query segmenter agree on katakana runs (they
 * disagree on long hiragana runs, and page text is full of hiragana particles and endings). One reading per run of
 * nouns (介護保険制度 → カイゴホケンセイド): a kana query for the whole compound or for its first part is found.
 */
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { PAGE_TYPES } from "../search/page-types.ts";
import { READINGS_MARKER, READINGS_SEPARATOR } from "./indexed-readings.ts";
import { hasKanji } from "./kana.ts";
import type { ReadWord } from "./reader.ts";

/** Most readings per page (a page listing hundreds of facilities keeps its first ones). */
export const MAX_PAGE_READINGS = 1500;

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose text is not indexed, or is no word of the page (ruby readings, scripts). */
const SKIP = new Set(["script", "style", "template", "noscript", "rt", "rp", "svg", "math"]);
/** Elements inside a line of text: no word boundary at their edges. */
const INLINE = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "em", "i", "kbd", "mark", "q", "ruby"]);
for (const tag of ["s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"]) INLINE.add(tag);

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name);

function findBody(node: Node): Element | undefined {
  if ("tagName" in node && attr(node, "data-pagefind-body")) return node;
  if (!("childNodes" in node)) return undefined;
  for (const child of node.childNodes) {
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

/** The lines of text Pagefind indexes in an element (ignored parts and ruby readings left out). */
function textLines(root: Element): string[] {
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    if (line.trim()) lines.push(line.trim());
    line = "";
  };
  const walk = (node: Node) => {
    if (node.nodeName === "#text") {
      line += (node as DefaultTreeAdapterTypes.TextNode).value;
      return;
    }
    if (!("tagName" in node)) return;
    if (SKIP.has(node.tagName) || attr(node, "data-pagefind-ignore") || attr(node, "data-search-exclude")) return;
    const inline = INLINE.has(node.tagName);
    if (!inline) flush();
    for (const child of node.childNodes) walk(child);
    if (!inline) flush();
  };
  walk(root);
  flush();
  return lines;
}

/** Katakana form of a hiragana reading (ー and other characters unchanged). */
function katakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/**
 * Nouns and prefixes make a run; numbers and the counters after them end it (1割負担, 8時30分: nobody types the
 * reading of a number, and every number would be a word of its own in the index).
 */
const isRunWord = (w: ReadWord) =>
  (w.pos === "名詞" || w.pos === "接頭詞") && !w.counter && !/[0-9０-９]/u.test(w.surface) && !/\s/u.test(w.surface);

/**
 * The readings of the runs of nouns (and prefixes) that hold kanji, in katakana, in order, without repeats.
 * A word whose reading is unknown ends the run (a reading with a hole would match nothing anyone types).
 * Readings of one kana (シ, ホ) are left out: they would match at random.
 */
export function readingRuns(words: readonly ReadWord[]): string[] {
  const out: string[] = [];
  let run: ReadWord[] = [];
  const flush = () => {
    const reading = katakana(run.map((w) => w.reading).join(""));
    if (run.some((w) => w.kanji) && reading.length >= 2) out.push(reading);
    run = [];
  };
  for (const word of words) {
    if (isRunWord(word) && word.reading) run.push(word);
    else flush();
  }
  flush();
  return [...new Set(out)];
}

/** Most nouns written for queries (src/lib/search/kana-segment.ts): about 30 KB gzip at most, whatever the size of the site. */
export const MAX_QUERY_NOUNS = 4000;

/** A kanji noun worth knowing in a kana query: read for sure, not a number or a counter. */
const isQueryNoun = (w: ReadWord) =>
  w.pos === "名詞" &&
  w.kanji &&
  w.status === "known" &&
  !w.counter &&
  !/[0-9０-９\s]/u.test(w.surface) &&
  /^[\u3041-\u309fー]{2,}$/u.test(w.reading);

/** The page kind a page declares for search (BaseLayout's page-type meta), or undefined. */
function pageTypeOf(html: string): string | undefined {
  return /<meta name="page-type" content="([^"]*)"/u.exec(html)?.[1];
}

/** A page's query nouns [noun, reading], each once (its first reading), in the order of the text. */
export function queryNouns(words: readonly ReadWord[]): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const w of words) {
    if (!isQueryNoun(w) || seen.has(w.surface)) continue;
    seen.add(w.surface);
    out.push([w.surface, w.reading]);
  }
  return out;
}

/**
 * The site's kanji nouns with their readings: the vocabulary that splits a query typed in kana into words
 * (いえでさいご → 家, 最期). Kept in the order residents need them: the nouns of pamphlets first, then of events,
 * windows and facilities (PAGE_TYPES order), each by the number of pages that use them, so that a prefecture's
 * thousands of facility names and addresses never push the pamphlets' words out.
 */
export class SiteNouns {
  private readonly counts = new Map<string, { reading: string; pages: number; rank: number }>();

  /**
   * Counts one page's query nouns as {@link queryNouns} lists them (each noun once per page; the form the search step
   * caches per page).
   * @param rank the page kind's place in PAGE_TYPES (lower comes first); pages of no kind come last
   */
  addNouns(nouns: readonly (readonly [string, string])[], rank: number): void {
    for (const [surface, reading] of nouns) {
      const entry = this.counts.get(surface);
      if (!entry) this.counts.set(surface, { reading, pages: 1, rank });
      else {
        entry.pages += 1;
        entry.rank = Math.min(entry.rank, rank);
      }
    }
  }

  /** [noun, reading] of the nouns kept (ties by noun, so that builds are identical). */
  top(limit = MAX_QUERY_NOUNS): [string, string][] {
    return [...this.counts]
      .sort(([a, x], [b, y]) => x.rank - y.rank || y.pages - x.pages || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit)
      .map(([surface, { reading }]) => [surface, reading]);
  }
}

/** What the search step takes from one indexed page: cached per page by its HTML (src/outputs/search-readings-worker.ts). */
export interface PageSearchReadings {
  /** The readings of its runs of nouns ({@link readingRuns}), at most {@link MAX_PAGE_READINGS}. */
  readings: string[];
  /** Its query nouns ({@link queryNouns}), for {@link SiteNouns.addNouns}. */
  nouns: [string, string][];
  /** Its kind's place in PAGE_TYPES; PAGE_TYPES.length for pages of no kind. */
  rank: number;
}

/**
 * The readings and query nouns of an indexed page's text (its `data-pagefind-body` element); none when the page is
 * not indexed or has no kanji.
 * @param read the site's reading step (SiteReader.read)
 */
export function pageSearchReadings(html: string, read: (text: string) => ReadWord[]): PageSearchReadings {
  const type = pageTypeOf(html);
  const found = (PAGE_TYPES as readonly (string | undefined)[]).indexOf(type);
  const rank = found === -1 ? PAGE_TYPES.length : found;
  const body = findBody(parse(html));
  if (!body) return { readings: [], nouns: [], rank };
  // One call per page (one cache entry, one analyser run): the line breaks end every run of nouns.
  const text = textLines(body).filter(hasKanji).join("\n");
  if (!text) return { readings: [], nouns: [], rank };
  const words = read(text);
  return { readings: readingRuns(words).slice(0, MAX_PAGE_READINGS), nouns: queryNouns(words), rank };
}

/**
 * The readings of an indexed page's text (its `data-pagefind-body` element), or none when the page is not indexed.
 * @param read the site's reading step (SiteReader.read)
 * @param nouns when given, the page's nouns are counted into it
 */
export function pageReadings(html: string, read: (text: string) => ReadWord[], nouns?: SiteNouns): string[] {
  const page = pageSearchReadings(html, read);
  nouns?.addNouns(page.nouns, page.rank);
  return page.readings;
}

/**
 * The page's HTML with its readings paragraph added at the end of `<main>` (the element that carries
 * `data-pagefind-body` in BaseLayout); unchanged without readings or without `</main>`.
 */
export function withReadingsParagraph(html: string, readings: readonly string[]): string {
  const end = html.lastIndexOf("</main>");
  if (readings.length === 0 || end === -1) return html;
  const paragraph = `<p hidden data-search-readings>${READINGS_MARKER} ${readings.join(READINGS_SEPARATOR)}</p>`;
  return `${html.slice(0, end)}${paragraph}${html.slice(end)}`;
}

/**
 * The page's HTML as Pagefind should index it: the readings paragraph added at the end of `<main>`. Pages without an
 * indexed element, or without kanji words, are returned unchanged.
 */
export function withSearchReadings(html: string, read: (text: string) => ReadWord[], nouns?: SiteNouns): string {
  return withReadingsParagraph(html, pageReadings(html, read, nouns));
}

export { READINGS_MARKER, READINGS_SEPARATOR, splitSearchReadings } from "./indexed-readings.ts";
