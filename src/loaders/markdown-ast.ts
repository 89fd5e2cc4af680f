import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { gfm } from "micromark-extension-gfm";
import { mdxjs } from "micromark-extension-mdxjs";
import type { ContentIssue } from "../lib/content/content-issue.ts";

/** How a body is read: `.md` is plain Markdown (`{` and `<` in text are text), `.mdx` is MDX (they are code). */
export type BodyFormat = "md" | "mdx";

/** A parsed Markdown/MDX body, positions relative to the body (add `bodyFirstLine - 1` for file lines). */
export interface ParsedBody {
  /** The syntax tree; undefined when the MDX could not be parsed (the issue says where and why). */
  tree?: Root;
  issues: ContentIssue[];
}

/**
 * Parses a body the way Astro will (GFM on; MDX syntax for `.mdx`), so checks see exactly the headings, links,
 * images, tables and HTML/JSX that will be rendered. An MDX syntax error becomes a located Japanese issue here,
 * before Astro's compiler would stop the build with an English stack trace.
 * @param body the Markdown body (front matter removed)
 * @param format md or mdx
 * @param file file name for messages
 * @param bodyFirstLine line of the body's first line in the file
 */
export function parseMarkdownBody(body: string, format: BodyFormat, file: string, bodyFirstLine: number): ParsedBody {
  try {
    const tree =
      format === "mdx"
        ? fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] })
        : fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    return { tree, issues: [] };
  } catch (error) {
    return { issues: [mdxSyntaxIssue(error, file, bodyFirstLine)] };
  }
}

/** The parts of a micromark/MDX VFileMessage we read. */
interface SyntaxMessage {
  reason?: string;
  line?: number;
  column?: number;
  ruleId?: string;
  source?: string;
}

/** MDX syntax errors in Japanese, with what staff most likely meant. */
function mdxSyntaxIssue(error: unknown, file: string, bodyFirstLine: number): ContentIssue {
  const m = (typeof error === "object" && error !== null ? error : {}) as SyntaxMessage;
  const reason = m.reason ?? String(error);
  const line = typeof m.line === "number" ? m.line + bodyFirstLine - 1 : undefined;
  const column = typeof m.column === "number" ? m.column : undefined;
  const hint =
    "MDX ファイル（.mdx）では { } と < はプログラムやタグの記号です。文章に書くときは \\{ \\} や &lt; と書くか、" +
    "ファイルの拡張子を .md にしてください（.md では文章としてそのまま表示されます）";
  let message: string;
  if (m.source === "micromark-extension-mdx-expression" || /expression/i.test(reason)) {
    message = /closing brace|end of file/i.test(reason)
      ? "「{」に対応する「}」がありません（MDX では { から } まではプログラムとして扱われます）"
      : "{ } の中をプログラムとして読めません（MDX では { から } まではプログラムとして扱われます）";
  } else if (/to create a comment in MDX/.test(reason)) {
    message = "MDX では <!-- --> のコメントは使えません";
  } else if (/closing tag|end-tag|Unexpected closing/i.test(m.ruleId ?? "") || /closing tag/i.test(reason)) {
    const tag = /`<\/?([^`>\s]*)>?`/.exec(reason)?.[1];
    message = `タグ${tag ? ` <${tag}>` : ""} の始まりと終わりが対応していません（閉じ忘れか、閉じる順番の誤り）`;
  } else if (m.source === "micromark-extension-mdx-jsx" || /before name|character/i.test(reason)) {
    message = "「<」の後がタグとして読めません（MDX では < はタグの始まりとして扱われます）";
  } else if (/import|export/i.test(reason)) {
    message = "import / export の書き方に誤りがあります（パンフレットでは import / export は使えません）";
  } else {
    message = "MDX として読めない書き方があります";
  }
  return { severity: "error", file, line, column, field: "本文", message: `${message}（詳細: ${reason}）`, hint };
}
