/**
 * ふりがな as a rehype step: kanji in text become `<ruby>漢字<rt aria-hidden="true">かんじ</rt></ruby>`, kanji only
 * (okurigana, kana, numbers and Latin stay outside), only where the reading is known, and never inside headings, tel:
 * links, code, scripts or URLs written in the text. The rt is aria-hidden so a screen reader reads 漢字 once, not 漢字かんじ.
 * Whether rt is shown is the reader's choice (src/components/FuriganaToggle.astro). Ruby that staff write as
 * `｜漢字《かんじ》` is honoured everywhere, headings included (there only the base is kept); the printed materials
 * share {@link rubyParts} (src/outputs/print/print-ruby.ts).
 */
import type { Element, ElementContent, Root, Text } from "hast";
import { hasKanji, isKanjiChar, toHiragana } from "./kana.ts";
import type { ReadWord } from "./reader.ts";

/**
 * Elements whose text never gets ruby. Headings keep plain text: Astro derives their ids and the table of contents
 * from their text after this step, and an rt would enter both (「相談そうだん先さき」).
 */
const SKIP_TAGS = new Set([
  ...["code", "pre", "kbd", "samp", "script", "style", "ruby", "rt", "rp", "svg", "math", "textarea"],
  ...["h1", "h2", "h3", "h4", "h5", "h6"],
]);

/** URLs (up to a space or Japanese punctuation, host and path may be Japanese) and e-mail addresses: left as written. */
const URL_LIKE = /(?:https?:\/\/|www\.)[^\s\u3000、。「」（）()<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/** A kanji part with its reading, or text shown as it is. */
export type RubyPart = { base: string; reading: string } | { text: string };

/**
 * Splits one word into kanji runs with their readings and kana left bare (取り組み/とりくみ → 取[と]り組[く]み).
 * Returns one plain text part when the reading does not fit the word's kana (then no ruby is better than wrong ruby).
 */
export function alignReading(surface: string, reading: string): RubyPart[] {
  const runs = surface.match(
    /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3FFFF}々〆ヶ]+|[^\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3FFFF}々〆ヶ]+/gu,
  );
  if (!runs || !reading) return [{ text: surface }];
  const hira = toHiragana;
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const pattern = runs.map((run) => (isKanjiChar([...run][0] ?? "") ? "(.+?)" : escapeRegExp(hira(run)))).join("");
  const match = new RegExp(`^${pattern}$`, "u").exec(hira(reading));
  if (!match) return [{ text: surface }];
  let group = 1;
  return runs.map((run) => (isKanjiChar([...run][0] ?? "") ? { base: run, reading: match[group++] ?? "" } : { text: run }));
}

/**
 * Ruby written in content: `｜` (full-width bar), the base, then the reading in `《》` (the notation of Japanese
 * e-texts). The bar is required, so 《》 used as ordinary brackets stays text.
 */
const WRITTEN_RUBY = /｜([^｜《》\n]+)《([^《》\n]+)》/gu;

/** Splits text into plain parts and the ruby written as `｜漢字《かんじ》`; no reading step runs. */
export function writtenRuby(text: string): RubyPart[] {
  const parts: RubyPart[] = [];
  let at = 0;
  for (const m of text.matchAll(WRITTEN_RUBY)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ base: m[1] as string, reading: m[2] as string });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** The text with written ruby reduced to its base (headings: plain text, as they are read and linked). */
export function withoutWrittenRuby(text: string): string {
  return text.replace(WRITTEN_RUBY, "$1");
}

/**
 * Text → plain parts and kanji with their readings: the ruby written in the text always, and, when `read` is given,
 * the kanji of the other words whose reading is known (URLs and e-mail addresses left as written). Adjacent plain
 * parts are joined.
 */
export function rubyParts(text: string, read?: (text: string) => ReadWord[]): RubyPart[] {
  const out: RubyPart[] = [];
  const pushText = (value: string) => {
    const last = out.at(-1);
    if (last && "text" in last) last.text += value;
    else if (value) out.push({ text: value });
  };
  const readPart = (part: string) => {
    if (!read || !hasKanji(part)) return pushText(part);
    for (const word of read(part)) {
      if (!word.kanji || word.status !== "known") {
        pushText(word.surface);
        continue;
      }
      for (const piece of alignReading(word.surface, word.reading)) {
        if ("text" in piece) pushText(piece.text);
        else out.push(piece);
      }
    }
  };
  for (const part of writtenRuby(text)) {
    if (!("text" in part)) {
      out.push(part);
      continue;
    }
    let at = 0;
    for (const m of part.text.matchAll(URL_LIKE)) {
      readPart(part.text.slice(at, m.index));
      pushText(m[0]);
      at = m.index + m[0].length;
    }
    readPart(part.text.slice(at));
  }
  return out;
}

function rubyElement(base: string, reading: string): Element {
  return {
    type: "element",
    tagName: "ruby",
    properties: {},
    children: [
      { type: "text", value: base },
      {
        type: "element",
        tagName: "rt",
        properties: { ariaHidden: "true", dataPagefindIgnore: true },
        children: [{ type: "text", value: reading }],
      },
    ],
  };
}

/** Text → text and ruby nodes. `read` gives the words of a text (their surfaces join back to the text). */
export function rubyNodes(text: string, read: (text: string) => ReadWord[]): ElementContent[] {
  return rubyParts(text, read).map((part) =>
    "text" in part ? { type: "text", value: part.text } : rubyElement(part.base, part.reading),
  );
}

function skipped(node: Element): boolean {
  if (SKIP_TAGS.has(node.tagName)) return true;
  const href = node.properties?.["href"];
  return node.tagName === "a" && typeof href === "string" && /^tel:/iu.test(href);
}

/** A heading keeps plain text: written ruby is reduced to its base (its id and the table of contents read it). */
function plainHeading(node: Element): void {
  for (const child of node.children) {
    if (child.type === "text") child.value = withoutWrittenRuby(child.value);
    else if (child.type === "element") plainHeading(child);
  }
}

/** Whether a text node can get ruby: it holds kanji or written ruby. */
function wantsRuby(value: string): boolean {
  return hasKanji(value) || value.includes("《");
}

/**
 * Visits the texts that can get ruby, outside the skipped elements. `replace` gives the nodes that take a text's
 * place; `headings` is called on each heading (skipped, but its written ruby is reduced to the base).
 */
function eachRubyText(
  parent: Root | Element,
  replace: (value: string) => ElementContent[] | undefined,
  headings?: (heading: Element) => void,
): void {
  let children: Root["children"][number][] | undefined;
  parent.children.forEach((child, i) => {
    let replacement: ElementContent[] | undefined;
    if (child.type === "element") {
      if (!skipped(child)) eachRubyText(child, replace, headings);
      else if (/^h[1-6]$/.test(child.tagName)) headings?.(child);
    } else if (child.type === "text" && wantsRuby((child as Text).value)) {
      replacement = replace((child as Text).value);
    }
    if (replacement && !children) children = parent.children.slice(0, i);
    if (children) children.push(...(replacement ?? [child]));
  });
  if (children) parent.children = children as typeof parent.children;
}

/** Adds ruby to every text of a tree outside the skipped elements. */
export function addFurigana(tree: Root | Element, read: (text: string) => ReadWord[]): void {
  eachRubyText(tree, (value) => rubyNodes(value, read), plainHeading);
}

/**
 * The texts {@link addFurigana} will ask `read` about, in order (duplicates kept): a document's readings can then be
 * looked up together, in one cache entry, before the tree is changed.
 */
export function furiganaTexts(tree: Root | Element): string[] {
  const texts: string[] = [];
  eachRubyText(tree, (value) => {
    rubyParts(value, (text) => {
      texts.push(text);
      return [];
    });
    return undefined;
  });
  return texts;
}

/** Reads many texts at once: the words of each text, in the order given. */
export type ReadTexts = (texts: readonly string[]) => ReadWord[][];

/**
 * The rehype plugin: loads the site's reading step once (async) and adds ruby to each document. The document's
 * texts are read in one call, so a cache behind `loadRead` stores one entry per document rather than one per text.
 * `loadRead` is given by the config so that this file stays free of file-system paths.
 */
export function rehypeFurigana(options: { loadRead: () => Promise<ReadTexts> }) {
  let readPromise: Promise<ReadTexts> | undefined;
  return async (tree: Root) => {
    readPromise ??= options.loadRead();
    const readAll = await readPromise;
    const texts = [...new Set(furiganaTexts(tree))];
    const words = readAll(texts);
    const byText = new Map(texts.map((text, i) => [text, words[i] ?? []]));
    addFurigana(tree, (text) => {
      const found = byText.get(text);
      if (!found) throw new Error(`ふりがなの読みが見つかりません: ${text}`);
      return found;
    });
  };
}
