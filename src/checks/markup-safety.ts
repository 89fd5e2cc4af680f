/**
 * HTML (in `.md`) and JSX / `{…}` (in `.mdx`) that the site will not publish: script-like tags, event handlers,
 * style attributes, unsafe URLs, components, expressions, import/export, and `<img>` tags that would not show.
 * The verdicts come from the sanitizer that renders bodies (src/lib/markdown/safe-html.ts); here staff learn them before building.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { attributeProblem, attributeProblemMessage, elementVerdict } from "../lib/markdown/safe-html.ts";
import { documentParts } from "./document-parts.ts";
import type { ContentCheck } from "./model.ts";

const BRACE_HINT =
  "文章に { } を書くときは \\{ \\} と書くか、ファイルの拡張子を .md にしてください（.md では { } も < もそのまま文章として表示されます）";

/** `{/* … *\/}` is an MDX comment: it renders nothing and runs nothing. */
function isCommentOnly(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

export const markupSafetyCheck: ContentCheck = {
  id: "unsafe-markup",
  title: "使えない HTML・JSX（script、onclick、style、javascript: の URL、{ } の式、import）",
  run(model) {
    const issues: ContentIssue[] = [];
    const base = model.site?.site.base ?? "/";
    for (const doc of model.documents) {
      const parts = documentParts(doc);
      const at = (p: { line?: number | undefined; column?: number | undefined }) => ({
        file: doc.file,
        line: p.line,
        column: p.column,
      });
      for (const code of parts.code) {
        if (code.kind === "expression" && isCommentOnly(code.value)) continue;
        issues.push(
          code.kind === "esm"
            ? {
                severity: "error",
                ...at(code),
                field: "本文",
                value: code.value,
                message: "import / export は使えません（プログラムの書き方で、公開時に取り除かれます）",
                hint: "この行を削除してください。文章として import と書きたいときは、行の先頭に書かないでください",
              }
            : {
                severity: "error",
                ...at(code),
                field: "本文",
                value: `{${code.value}}`,
                message: "MDX ファイルでは { } の中はプログラムとして扱われるため使えません（公開時に取り除かれます）",
                hint: BRACE_HINT,
              },
        );
      }
      for (const link of parts.links) {
        // HTML/JSX links are judged with their attributes below; Markdown links ([文](URL)) here.
        if (link.source !== "markdown" || attributeProblem("a", "href", link.href, base) === undefined) continue;
        issues.push({
          severity: "error",
          ...at(link),
          field: "リンク",
          value: link.href,
          ...attributeProblemMessage("url", "リンク先"),
        });
      }
      for (const element of parts.elements) {
        const type = element.attributes.find((a) => a.name === "type")?.value;
        const verdict = elementVerdict(element.name, typeof type === "string" ? type : null);
        const tag = `<${element.name ?? ""}>`;
        if (verdict === "drop") {
          issues.push({
            severity: "error",
            ...at(element),
            field: "本文",
            value: tag,
            message: `タグ ${tag} は使えません（プログラムや外部のページを埋め込むタグのため、公開時に中身ごと取り除かれます）`,
            hint: "このタグを削除してください。動画や地図、申し込みフォームは、リンク（[説明](https://…)）で案内してください",
          });
          continue;
        }
        if (verdict === "unwrap") {
          const component = element.name !== null && /^[A-Z]|[.:]/.test(element.name);
          issues.push({
            severity: component ? "error" : "warning",
            ...at(element),
            field: "本文",
            value: element.name === null ? "<>" : tag,
            message: component
              ? `部品（コンポーネント）${tag} は使えません（公開時にタグが取り除かれ、中の文章だけが残ります）`
              : `タグ ${element.name === null ? "<>" : tag} は使えません（公開時にタグが取り除かれ、中の文章だけが残ります）`,
            hint: "Markdown の書き方（## 見出し、**太字**、- 箇条書き、| 表 |）で書いてください",
          });
          continue;
        }
        const name = element.name ?? "";
        for (const attribute of element.attributes) {
          const problem = attributeProblem(name, attribute.name, attribute.value, base);
          if (problem === undefined) continue;
          const text = attributeProblemMessage(problem, attribute.name);
          issues.push({
            severity: problem === "not-allowed" ? "warning" : "error",
            file: doc.file,
            line: attribute.line ?? element.line,
            column: attribute.column ?? element.column,
            field: "本文",
            value: attribute.value === undefined ? `${attribute.name}={…}` : `${attribute.name}="${attribute.value ?? ""}"`,
            ...text,
          });
        }
        const src = element.attributes.find((a) => a.name === "src")?.value;
        if (name === "img" && typeof src === "string" && !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src.trim())) {
          issues.push({
            severity: "error",
            ...at(element),
            field: "画像",
            value: src,
            message: "<img> タグで書いた画像は、公開したページで表示されません（画像の変換と配置が行われないため）",
            hint: "![画像の説明](../images/ファイル名) と Markdown の書き方で書いてください",
          });
        }
      }
    }
    return issues;
  },
};
