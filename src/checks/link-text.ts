/**
 * Link text must say where the link goes (WCAG 2.4.4): 「こちら」「ここをクリック」 read alone (screen readers list
 * links out of context) say nothing; a bare URL is read out letter by letter; an empty link has no name at all.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { documentParts } from "./document-parts.ts";
import type { ContentCheck } from "./model.ts";

/** Link texts that do not describe the target (after removing spaces and punctuation). */
export const VAGUE_LINK_TEXT =
  /^(?:詳しく(?:は)?|詳細(?:は)?)?(?:こちら|ここ|コチラ|ココ|此方|この(?:ページ|リンク))(?:を|から|へ|に|で|の|です)?(?:クリック|タップ|押す|押して|ご覧|参照)?(?:して|ください|下さい)*$|^(?:クリック|タップ|リンク|詳細|詳しく|もっと見る|続き|続きを読む|more|click|clickhere|here|link|readmore)$/i;

export const linkTextCheck: ContentCheck = {
  id: "link-text",
  title: "リンクの文言（「こちら」「ここ」「クリック」、URL だけ、空のリンク）",
  run(model) {
    const issues: ContentIssue[] = [];
    for (const doc of model.documents) {
      for (const link of documentParts(doc).links) {
        if (link.text === undefined) continue;
        const text = link.text.trim();
        const where = { file: doc.file, line: link.line, column: link.column, field: "リンク", value: text || link.href };
        const compact = text.replace(/[\s。、．，.,!！?？:：→＞>»「」『』()（）[\]]/g, "");
        if (!text) {
          issues.push({
            ...where,
            severity: "error",
            message: "リンクに文字がありません（音声読み上げでは、どこへのリンクか分かりません）",
            hint: "[リンク先の名前](URL) のように、[ ] の中にリンク先を表す文を書いてください",
          });
        } else if (VAGUE_LINK_TEXT.test(compact)) {
          issues.push({
            ...where,
            severity: "warning",
            message: `リンクの文言「${text}」では、どこへのリンクか分かりません（音声読み上げではリンクだけを続けて読むことがあります）`,
            hint: "「訪問看護のパンフレット」「申込書（PDF）」のように、リンク先の名前をリンクの文言にしてください",
          });
        } else if (/^(https?:\/\/|www\.)\S+$/i.test(text)) {
          issues.push({
            ...where,
            severity: "warning",
            message: "リンクの文言が URL のままです（音声読み上げでは 1 文字ずつ読まれます）",
            hint: "[リンク先の名前](URL) のように、ページの名前をリンクの文言にしてください",
          });
        }
      }
    }
    return issues;
  },
};
