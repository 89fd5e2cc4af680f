/**
 * Characters the print typeface cannot draw (emoji, rare kanji outside JIS X 0213 …) would print as empty boxes
 * (tofu). They are found before rendering and reported with file and line, never silently dropped.
 */
import { type ContentIssue, displayValue } from "../../lib/content/content-issue.ts";
import type { PrintFonts } from "./fonts.ts";

/** Characters that draw nothing and need no glyph: whitespace, zero-width joiners, variation selectors. */
function isInvisible(char: string, codePoint: number): boolean {
  return (
    /^\s$/u.test(char) ||
    (codePoint >= 0x200b && codePoint <= 0x200d) ||
    codePoint === 0x2060 ||
    codePoint === 0xfeff ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

/** The distinct characters of `text` the font has no glyph for, in order of appearance. */
export function missingGlyphs(text: string, fonts: Pick<PrintFonts, "hasGlyph">): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    if (!isInvisible(char, codePoint) && !fonts.hasGlyph(codePoint)) missing.add(char);
  }
  return [...missing];
}

/** A text to check, located in its file. */
export interface LocatedText {
  text: string;
  file: string;
  line?: number | undefined;
  field?: string | undefined;
}

/** One located error per text that contains characters the print typeface lacks. */
export function glyphIssues(texts: readonly LocatedText[], fonts: Pick<PrintFonts, "hasGlyph">): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const item of texts) {
    const missing = missingGlyphs(item.text, fonts);
    if (!missing.length) continue;
    const list = missing
      .map((c) => `${c}（U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}）`)
      .join("、");
    issues.push({
      severity: "error",
      file: item.file,
      line: item.line,
      field: item.field,
      value: displayValue(item.text),
      message: `印刷用PDFの書体にない文字があります。このままでは印刷物で「□」になってしまいます: ${list}`,
      hint: "別の文字や言葉に置き換えてください（絵文字は使えません。例: ✔ → ・、😊 → 削除）。旧字体などは、よく使われる字体に置き換えてください",
    });
  }
  return issues;
}
