/**
 * Images need alt text that says what the image shows (WCAG 1.1.1). The pamphlet loader already reports
 * `![](…)`, reference-style images and one-line `<img>` without alt; this check covers the rest (multi-line tags,
 * alt given as `{…}`) and warns about alt text that describes nothing (a file name, 「画像」).
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { findImageReferences } from "../loaders/markdown-images.ts";
import { documentParts } from "./document-parts.ts";
import type { ContentCheck } from "./model.ts";

const MEANINGLESS_ALT = /^(画像|写真|イラスト|図|絵|アイコン|image|img|photo|picture|icon|figure|illustration)[\s0-9０-９_-]*$/i;

export const imageAltCheck: ContentCheck = {
  id: "image-alt",
  title: "画像の代替テキスト（説明文）",
  run(model) {
    const issues: ContentIssue[] = [];
    for (const doc of model.documents) {
      // What the loader (src/loaders/markdown-images.ts) reports already, so staff do not see it twice.
      const reported = new Set(
        findImageReferences(doc.body, doc.bodyFirstLine)
          .filter((r) => !r.alt)
          .map((r) => `${r.line}\u0000${r.src}`),
      );
      for (const image of documentParts(doc).images) {
        const alt = image.alt?.trim() ?? "";
        const fileName = image.src.split(/[/?#]/).filter(Boolean).at(-1) ?? "";
        if (!alt) {
          if (reported.has(`${image.line}\u0000${image.src}`)) continue;
          issues.push({
            severity: "error",
            file: doc.file,
            line: image.line,
            column: image.column,
            field: "画像",
            value: image.src,
            message: "画像に代替テキスト（説明文）がありません。目の不自由な方や画像が表示されない環境のために必要です",
            hint:
              image.source === "markdown"
                ? "![ここに画像の内容を書く](../images/ファイル名) のように、[ ] の中に説明を書いてください"
                : 'alt="画像の内容" を書いてください',
          });
        } else if (MEANINGLESS_ALT.test(alt) || alt === fileName || /\.(png|jpe?g|gif|svg|webp|avif)$/i.test(alt)) {
          issues.push({
            severity: "warning",
            file: doc.file,
            line: image.line,
            column: image.column,
            field: "画像",
            value: alt,
            message: "代替テキストが画像の内容を説明していません（ファイル名や「画像」「写真」だけでは伝わりません）",
            hint: "「看護師が家を訪ねて血圧を測っている様子」のように、見えている内容を文で書いてください",
          });
        }
      }
    }
    return issues;
  },
};
