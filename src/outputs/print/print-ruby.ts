/**
 * ふりがな for the printed materials: the runs of a document's blocks get ruby parts that templates/blocks.typ prints
 * with its `ruby` function. The same parts as the web page's ふりがな (src/lib/readings/furigana.ts): ruby written as
 * `｜漢字《かんじ》` always, and, when print.furigana is on, the kanji whose reading the site's reading step knows.
 * Headings stay plain, as on the web (written ruby is reduced to its base there).
 */
import path from "node:path";
import type { TextRun } from "../../lib/markdown/markdown-blocks.ts";
import type { SiteReadings } from "../../lib/readings/dictionary.ts";
import { type RubyPart, rubyParts, withoutWrittenRuby } from "../../lib/readings/furigana.ts";
import type { ReadWord } from "../../lib/readings/reader.ts";
import { loadSiteReader, type SiteReader } from "../../lib/readings/site-reader.ts";
import { LINE_END_PROHIBITED, LINE_START_PROHIBITED } from "../../lib/text/kinsoku.ts";
import type { TypstBlock, TypstList } from "./doc-blocks.ts";

/**
 * A part of a run as blocks.typ prints it: plain text, or a word with its reading and the punctuation that must stay
 * on its line (`before`: an opening bracket; `after`: 、。・」 and the like), printed in one unbreakable box.
 */
export type PrintRubyPart = { text: string } | { base: string; reading: string; before?: string; after?: string };

/** A run as blocks.typ reads it: `ruby` (when present) replaces `text` with plain and ruby parts. */
export interface RubyRun extends TextRun {
  ruby?: PrintRubyPart[];
}

/**
 * Moves punctuation next to a ruby word into its box. Typst's line breaker sees the box as an object, not a
 * character, and would otherwise break before 「・」 or after 「（」 (行頭・行末禁則, JIS X 4051).
 */
export function gluePunctuation(parts: readonly RubyPart[]): PrintRubyPart[] {
  const out: PrintRubyPart[] = parts.map((p) => ({ ...p }));
  for (let i = 0; i < out.length; i++) {
    const part = out[i];
    if (!part || !("base" in part)) continue;
    const next = out[i + 1];
    if (next && "text" in next) {
      let n = 0;
      for (const char of next.text) {
        if (!LINE_START_PROHIBITED.has(char)) break;
        n += char.length;
      }
      if (n > 0) {
        part.after = next.text.slice(0, n);
        next.text = next.text.slice(n);
      }
    }
    const previous = out[i - 1];
    if (previous && "text" in previous) {
      const chars = [...previous.text];
      let n = 0;
      while (n < chars.length && LINE_END_PROHIBITED.has(chars[chars.length - 1 - n] ?? "")) n++;
      if (n > 0) {
        part.before = chars.slice(chars.length - n).join("");
        previous.text = chars.slice(0, chars.length - n).join("");
      }
    }
  }
  return out.filter((p) => !("text" in p) || p.text !== "");
}

/** Reads a text into words with readings (the site's reading step), or undefined for written ruby only. */
export type RubyReader = ((text: string) => ReadWord[]) | undefined;

function withRuby(runs: readonly TextRun[], read: RubyReader): RubyRun[] {
  return runs.map((run) => {
    const parts = rubyParts(run.text, read);
    return parts.some((p) => "base" in p) ? { ...run, ruby: gluePunctuation(parts) } : run;
  });
}

function listWithRuby(list: TypstList, read: RubyReader): TypstList {
  return {
    ...list,
    items: list.items.map((item) => ({
      ...item,
      runs: withRuby(item.runs, read),
      children: item.children.map((child) => listWithRuby(child, read)),
    })),
  };
}

/**
 * The blocks with ruby on their body text.
 * @param read the reading step when print.furigana is on; without it only the ruby written in the text is printed
 */
export function blocksWithRuby(blocks: readonly TypstBlock[], read: RubyReader): TypstBlock[] {
  return blocks.map((block): TypstBlock => {
    switch (block.kind) {
      case "heading":
        return { ...block, runs: block.runs.map((r) => ({ ...r, text: withoutWrittenRuby(r.text) })) };
      case "paragraph":
      case "quote":
        return { ...block, runs: withRuby(block.runs, read) };
      case "list":
        return listWithRuby(block, read);
      case "table":
        return {
          ...block,
          header: block.header.map((cell) => withRuby(cell, read)),
          rows: block.rows.map((row) => row.map((cell) => withRuby(cell, read))),
        };
      default:
        return block;
    }
  });
}

/** The project folder (the domain dictionary lives in src/data/). */
const PROJECT_ROOT = path.resolve(import.meta.dirname, "../../..");

const readers = new Map<string, Promise<SiteReader>>();

/**
 * The site's reading step (the one of the web page's ふりがな), loaded once per dictionary and thread.
 * @param siteWords the words of readings.yaml, from the content snapshot
 * @param towns site.yaml's towns (their kana are readings too)
 */
export async function printReader(
  siteWords: SiteReadings["words"],
  towns: readonly { name: string; kana: string }[],
): Promise<RubyReader> {
  const key = JSON.stringify([siteWords, towns]);
  let reader = readers.get(key);
  if (!reader) {
    reader = loadSiteReader(PROJECT_ROOT, siteWords, towns);
    readers.set(key, reader);
  }
  return (await reader).read;
}

/**
 * The dictionary file whose words change the printed readings (for the PDF cache key; the site's own words are in the
 * document's input, which keys it too).
 */
export function readingFiles(): string[] {
  return [path.join(PROJECT_ROOT, "src/data/domain-readings.json")];
}
