/**
 * 機種依存文字 (①, ㈱, ㍻, ㌔, 半角カナ …) with the replacement to type, and invisible characters (control
 * characters, zero-width spaces, bidirectional overrides) that change or break text without being seen.
 * Runs over every staff-written text in the model (YAML values, front matter, Markdown text, CSV cells).
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { codePointLabel, findInvisibleChars, findMachineDependentChars, isRadicalLookalike } from "../lib/text/text-rules.ts";
import { type ContentCheck, spanPosition } from "./model.ts";

export const machineDependentCharsCheck: ContentCheck = {
  id: "machine-dependent-chars",
  title: "機種依存文字（①、㈱、㍻、半角カナ、漢字に似た部首の文字など）",
  run(model) {
    const issues: ContentIssue[] = [];
    for (const span of model.texts) {
      if (span.role === "code") continue;
      for (const m of findMachineDependentChars(span.text)) {
        const halfWidthKana = /^[\uFF61-\uFF9F]/.test(m.text);
        // In a phone number the half-width long-vowel mark stands for a hyphen (0285ｰ52ｰ1010), not for ー.
        const replacement = span.role === "phone" && /^ｰ+$/u.test(m.text) ? "-".repeat(m.text.length) : m.replacement;
        issues.push({
          severity: "warning",
          file: span.file,
          ...spanPosition(span, m.index),
          field: span.field,
          value: m.text,
          message: halfWidthKana
            ? "半角カナが使われています（読み上げソフトや印刷、データの利用で正しく扱われないことがあります）"
            : isRadicalLookalike(m.text)
              ? `漢字に似た部首の文字「${m.text}」が使われています（見た目は漢字と同じでも別の文字で、読み上げや検索で正しく扱われません。PDF から写した文によくあります）`
              : `機種依存文字「${m.text}」が使われています（環境によって表示されない、読み上げられないことがあります）`,
          hint: replacement ? `「${replacement}」に置き換えてください` : "ふつうの文字で書き直してください",
        });
      }
    }
    return issues;
  },
};

export const invisibleCharsCheck: ContentCheck = {
  id: "invisible-chars",
  title: "見えない文字（制御文字、ゼロ幅スペース、文字の向きを変える記号）",
  run(model) {
    const issues: ContentIssue[] = [];
    for (const span of model.texts) {
      for (const m of findInvisibleChars(span.text)) {
        issues.push({
          severity: m.kind === "zero-width" ? "warning" : "error",
          file: span.file,
          ...spanPosition(span, m.index),
          field: span.field,
          value: codePointLabel(m.text),
          message:
            m.kind === "bidi"
              ? `文字の並び順を変える見えない記号（${codePointLabel(m.text)}）があります。電話番号などが実際と違う順に表示されるおそれがあります`
              : m.kind === "control"
                ? `見えない制御文字（${codePointLabel(m.text)}）があります。表示や印刷、データの書き出しが壊れるおそれがあります`
                : `見えない文字（${codePointLabel(m.text)}、ゼロ幅スペースなど）があります。検索や読み上げで言葉が分かれてしまいます`,
          hint: "ほかの文書からコピーしたときに紛れ込むことがあります。この位置の前後の文字を消して打ち直してください",
        });
      }
    }
    return issues;
  },
};
