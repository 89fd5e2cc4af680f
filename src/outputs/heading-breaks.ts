/**
 * Break opportunities inside long Japanese names in headings. CSS breaks headings between phrases
 * (`word-break: auto-phrase`), but a name the phrase splitter keeps whole (青葉台ショートステイそよかぜ) and that is
 * longer than a phone's line is broken as an emergency, where `text-wrap: pretty` cannot move the break: one
 * character ends up alone on the last line. A `<wbr>` where the script changes (漢字 → カタカナ → ひらがな) gives
 * the browser real places to break — 青葉台|ショートステイ|そよかぜ — which `pretty` then balances. Browsers
 * without auto-phrase (Safari) break there too instead of anywhere.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type Script = "kanji" | "katakana" | "hiragana" | "other";

function scriptOf(char: string): Script {
  // 々 and ヶ (桜ヶ丘) belong to the kanji around them: tested before the katakana block that holds ヶ.
  if (/[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3005\u30F6]/u.test(char)) return "kanji";
  if (/[\u30A0-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u.test(char)) return "katakana";
  if (/[\u3041-\u309F]/u.test(char)) return "hiragana";
  return "other";
}

/**
 * Splits a text where the script changes, except 漢字 → ひらがな (送りがな: 行う stays whole), and never next to
 * anything else (spaces, punctuation, Latin letters, entities: they have their own breaking rules).
 * A run of one character at either end stays with its neighbour: a break before 西 in オレンジカフェ西 is the
 * very break that would leave 西 alone.
 * @returns the parts, joined they are the text
 */
export function scriptRuns(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let previous: Script = "other";
  for (const char of text) {
    const script = scriptOf(char);
    const boundary =
      current !== "" &&
      script !== previous &&
      script !== "other" &&
      previous !== "other" &&
      !(previous === "kanji" && script === "hiragana");
    if (boundary) {
      parts.push(current);
      current = "";
    }
    current += char;
    previous = script;
  }
  if (current) parts.push(current);
  return mergeEnds(parts.flatMap(kanjiWords));
}

/** Kanji in a row beyond which a run is split into words: more than a phone's line of an h1 can hold at 320px. */
const LONG_KANJI = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3005\u30F6]{7,}/u;
const words = new Intl.Segmenter("ja", { granularity: "word" });

/**
 * Splits a part holding a long run of kanji (架空市中央地域包括支援) between the words of that run. The browser's
 * phrase splitter takes such a run for one phrase, or cuts it badly (架|空市中央地域包括支援): wider than the line, it
 * then breaks anywhere, and once left 架 alone on the first line. Words of one character stay with the word before
 * them (架空|市 → 架空市), so no break leaves one alone; breaks are only between two kanji.
 */
function kanjiWords(part: string): string[] {
  if (!LONG_KANJI.test(part)) return [part];
  const out: string[] = [];
  for (const { segment } of words.segment(part)) {
    const previous = out.at(-1);
    const betweenKanji =
      previous !== undefined && scriptOf(previous.at(-1) ?? "") === "kanji" && scriptOf(segment[0] ?? "") === "kanji";
    if (previous !== undefined && (!betweenKanji || [...segment].length === 1 || [...previous].length === 1))
      out[out.length - 1] = previous + segment;
    else out.push(segment);
  }
  return out;
}

/** Joins a one-character first or last part to its neighbour. */
function mergeEnds(parts: string[]): string[] {
  const out = parts.filter((p) => p !== "");
  if (out.length > 1 && [...(out.at(-1) as string)].length === 1) out.splice(-2, 2, `${out.at(-2)}${out.at(-1)}`);
  if (out.length > 1 && [...(out[0] as string)].length === 1) out.splice(0, 2, `${out[0]}${out[1]}`);
  return out;
}

const HEADING = /<(h[1-4])\b([^>]*)>([\s\S]*?)<\/\1>/g;

/**
 * Adds `<wbr>` at script changes in the text of every h1–h4 of a page. Tags are kept as they are, and nothing is
 * added inside ruby (a reading over a word stays over the whole word).
 */
export function addHeadingBreaks(html: string): string {
  return html.replace(HEADING, (_all, tag: string, attrs: string, inner: string) => {
    let ruby = 0;
    const body = inner.replace(/(<[^>]+>)|([^<]+)/g, (_part, markup: string | undefined, text: string | undefined) => {
      if (markup) {
        if (/^<ruby\b/i.test(markup)) ruby++;
        else if (/^<\/ruby>/i.test(markup)) ruby = Math.max(0, ruby - 1);
        return markup;
      }
      return ruby > 0 ? (text as string) : scriptRuns(text as string).join("<wbr>");
    });
    return `<${tag}${attrs}>${body}</${tag}>`;
  });
}

/** Rewrites every HTML page of a built site with {@link addHeadingBreaks}. @returns the pages changed */
export function writeHeadingBreaks(dir: string): number {
  let changed = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".html")) continue;
    const full = path.join(dir, file);
    const html = readFileSync(full, "utf8");
    const next = addHeadingBreaks(html);
    if (next !== html) {
      writeFileSync(full, next);
      changed++;
    }
  }
  return changed;
}
