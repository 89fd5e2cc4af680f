import { isNode, LineCounter, parseDocument, visit } from "yaml";
import type { ContentIssue } from "../lib/content/content-issue.ts";

/** Parsed YAML plus a way to find the line of any field, so schema errors can name it. */
export interface LocatedYaml {
  /** The plain JavaScript value (dates stay strings: YAML 1.2 core schema). */
  data: unknown;
  /** 1-based line of the node at `path` (or its nearest existing parent), offset by `firstLine - 1`. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Syntax errors found while parsing, already located. */
  syntaxIssues: ContentIssue[];
}

/**
 * Parses YAML text keeping positions.
 * @param text the YAML source (a leading BOM is left out)
 * @param file file name for messages (relative to the content folder)
 * @param firstLine line number of the text's first line in the file (2 for MDX front matter after `---`)
 */
export function parseLocatedYaml(text: string, file: string, firstLine = 1): LocatedYaml {
  const lineCounter = new LineCounter();
  // logLevel "error": a hostile key such as `{x}: 1` must become a located schema error, not a Node warning on stderr.
  // A leading BOM (Excel and Notepad save UTF-8 with one) is not content: every file's YAML is read without it.
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: "error",
  });
  const offset = firstLine - 1;
  const syntaxIssues: ContentIssue[] = doc.errors.map((err) => ({
    severity: "error",
    file,
    line: lineCounter.linePos(err.pos[0]).line + offset,
    message: `YAML の書き方に誤りがあります（${yamlErrorInJapanese(err.code)}）`,
    hint: "コロン「:」の後の半角スペース、字下げ（半角スペース）、引用符の閉じ忘れを確認してください",
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const parentPath = path.slice(0, n);
      const node = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath as unknown[], true);
      if (isNode(node) && node.range) {
        // For a mapping value, point at its key's line (where staff look).
        if (n > 0) {
          const parent = n > 1 ? doc.getIn(parentPath.slice(0, -1) as unknown[], true) : doc.contents;
          const pair = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] })?.items?.find(
            (item) => item.key?.value === parentPath.at(-1),
          );
          if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]).line + offset;
        }
        return lineCounter.linePos(node.range[0]).line + offset;
      }
    }
    return undefined;
  };
  let data: unknown;
  if (!doc.errors.length) {
    try {
      data = doc.toJS();
    } catch (error) {
      // Aliases are resolved only here: `title: *x` without an anchor `&x`, or too many aliases (a "billion laughs").
      syntaxIssues.push(...aliasIssues(doc, lineCounter, file, offset, error));
    }
  }
  return { data, lineOf, syntaxIssues };
}

/** Located issues for aliases that cannot be resolved (the value starts with `*`). */
function aliasIssues(
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  file: string,
  offset: number,
  error: unknown,
): ContentIssue[] {
  const hint = '値が * や & で始まるときは、値全体を引用符（"…"）で囲んでください';
  const issues: ContentIssue[] = [];
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== undefined) return;
      issues.push({
        severity: "error",
        file,
        line: node.range ? lineCounter.linePos(node.range[0]).line + offset : undefined,
        value: `*${node.source}`,
        message: `YAML の書き方に誤りがあります（「*${node.source}」は別名（エイリアス）の書き方ですが、対応する「&${node.source}」がありません）`,
        hint,
      });
    },
  });
  if (issues.length) return issues;
  // The parser's own message is English; the one it throws for a "billion laughs" is the one staff could meet.
  const excessive = error instanceof Error && /excessive alias count/i.test(error.message);
  return [
    {
      severity: "error",
      file,
      line: 1 + offset,
      message: excessive
        ? "YAML の別名（* と &）で同じ値を何重にも繰り返しているため、読むと非常に大きくなります。このファイルは読みません"
        : "YAML の別名（* と &）の使い方に誤りがあります",
      hint: excessive ? "同じ値を何度も使うときは、別名を使わずにそれぞれ書いてください" : hint,
    },
  ];
}

function yamlErrorInJapanese(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "同じ項目名が 2 回あります";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "字下げか記号が正しくありません";
    case "MULTILINE_IMPLICIT_KEY":
      return "項目名の後の「:」がないか、値が複数行にまたがっています";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "UNEXPECTED_TOKEN":
      return "予期しない記号があります";
    default:
      return code;
  }
}
