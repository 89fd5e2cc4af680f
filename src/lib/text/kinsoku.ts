/**
 * 禁則処理 (Japanese line-breaking rules, after JIS X 4051): characters that must not start a line (closing
 * brackets, 、。, small kana, ー, 々 …) and characters that must not end one (opening brackets). The PDF engine
 * (Typst, Japanese line breaking) applies them; these functions state the rules and check laid-out lines against them
 * (the tests), and keep punctuation with a ruby box, where Typst's breaker sees an object, not a character
 * (src/outputs/print/print-ruby.ts).
 */

/** 行頭禁則: characters that may not begin a line. */
export const LINE_START_PROHIBITED = new Set([
  // 終わり括弧類
  ..."）)］]｝}〕〉》」』】〙〗〟’”｠»",
  // 句読点・区切り約物・中点類
  ..."、。，．,.？！?!‼⁇⁈⁉・：；:;",
  // 繰返し記号・長音記号
  ..."ゝゞヽヾ々〻ー",
  // 小書きの仮名
  ..."ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ",
  // ハイフン類・波ダッシュ
  ..."‐゠–〜～",
]);

/** 行末禁則: characters that may not end a line. */
export const LINE_END_PROHIBITED = new Set([..."（(［[｛{〔〈《「『【〘〖〝‘“｟«"]);

/** A 禁則 violation in laid-out text. */
export interface KinsokuViolation {
  /** 0-based index of the offending line. */
  line: number;
  /** The offending character. */
  char: string;
  /** `start`: a line begins with a character that may not begin one; `end`: a line ends with an opening bracket. */
  rule: "start" | "end";
}

/**
 * Checks laid-out lines of one paragraph against the 禁則 rules. The first line may begin with anything (the
 * author chose it) and the last may end with anything.
 * @param lines the paragraph's lines in order, as laid out
 */
export function kinsokuViolations(lines: readonly string[]): KinsokuViolation[] {
  const violations: KinsokuViolation[] = [];
  lines.forEach((text, i) => {
    const chars = [...text.trim()];
    const first = chars[0];
    const last = chars[chars.length - 1];
    if (i > 0 && first && LINE_START_PROHIBITED.has(first)) violations.push({ line: i, char: first, rule: "start" });
    if (i < lines.length - 1 && last && LINE_END_PROHIBITED.has(last)) violations.push({ line: i, char: last, rule: "end" });
  });
  return violations;
}
