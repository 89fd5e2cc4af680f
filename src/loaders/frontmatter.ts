import type { ContentIssue } from "../lib/content/content-issue.ts";
import { type LocatedYaml, parseLocatedYaml } from "./located-yaml.ts";

/** An MDX/Markdown file split into located front matter and body. */
export interface SplitMarkdown {
  /** The front matter, located in the file (its first line is line 2). */
  frontmatter?: LocatedYaml;
  /** The Markdown body. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyFirstLine: number;
  /** Problems with the front matter fences themselves. */
  issues: ContentIssue[];
}

/**
 * Splits `---` front matter from a Markdown/MDX file and parses it with positions.
 * @param source the file's text
 * @param file file name for messages
 */
export function splitFrontmatter(source: string, file: string): SplitMarkdown {
  const text = source.replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== "---") {
    return {
      body: text,
      bodyFirstLine: 1,
      issues: [
        {
          severity: "error",
          file,
          line: 1,
          message: "ファイルの先頭に「---」で囲んだフロントマター（title など）がありません",
          hint: "1 行目に --- を書き、title: や updated: などを並べ、最後にもう一度 --- を書いてください",
        },
      ],
    };
  }
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (end < 0) {
    return {
      body: "",
      bodyFirstLine: lines.length + 1,
      issues: [
        {
          severity: "error",
          file,
          line: 1,
          message: "フロントマターの終わりの「---」がありません",
          hint: "title: などを並べた後の行に --- を書いてください",
        },
      ],
    };
  }
  const frontmatter = parseLocatedYaml(lines.slice(1, end).join("\n"), file, 2);
  return {
    frontmatter,
    body: lines.slice(end + 1).join("\n"),
    bodyFirstLine: end + 2,
    issues: frontmatter.syntaxIssues,
  };
}
