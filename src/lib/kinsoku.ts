/**
 * 禁則処理 (Japanese line-breaking rules, after JIS X 4051): characters that must not start a line (closing
 * brackets, 、。, small kana, ー, 々 …) and characters that must not end one (opening brackets). The PDF layout
 * (satori, which follows UAX #14 with conditional Japanese starters treated as non-starters) applies them; these
 * functions state the rules and check laid-out lines against them.
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

/**
 * The text lines of an SVG laid out by satori with `embedFont: false`: its `<text>` elements grouped by baseline
 * (y), in reading order.
 */
export function svgTextLines(svg: string): string[] {
  const lines = new Map<number, { x: number; text: string }[]>();
  for (const m of svg.matchAll(/<text\b[^>]*?\bx="([-\d.]+)"[^>]*?\by="([-\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
    const y = Math.round(Number(m[2]) * 10) / 10;
    const row = lines.get(y) ?? [];
    row.push({ x: Number(m[1]), text: decodeXml(m[3] ?? "") });
    lines.set(y, row);
  }
  return [...lines.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, row]) =>
      row
        .sort((a, b) => a.x - b.x)
        .map((part) => part.text)
        .join(""),
    );
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
