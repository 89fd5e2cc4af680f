/**
 * Problems found in the content folder, located for staff: file, line (or CSV row/column), field, value and
 * what was expected, in Japanese. Errors stop the build; warnings do not.
 */

/** How serious a problem is: `error` (エラー) stops the build, `warning` (警告) is only reported. */
export type Severity = "error" | "warning";

/** One located problem in the content. */
export interface ContentIssue {
  /** エラー or 警告. */
  severity: Severity;
  /** Path of the file, relative to the content folder when possible. */
  file: string;
  /** 1-based line in the file (YAML/MDX), or the CSV row number (header = row 1). */
  line?: number | undefined;
  /** 1-based character column in that line, when known (e.g. where a 機種依存文字 sits). */
  column?: number | undefined;
  /** CSV column name or the frontmatter/YAML field path ("department.phone"). */
  field?: string | undefined;
  /** The offending value as written (shortened for display). */
  value?: string | undefined;
  /** What is wrong, in Japanese. */
  message: string;
  /** How to fix it, in Japanese. */
  hint?: string | undefined;
}

/** Thrown when content is invalid; carries every issue found so staff can fix them all at once. */
export class ContentError extends Error {
  /** The located problems (at least one of severity `error`). */
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[]) {
    super(formatIssues(issues));
    this.name = "ContentError";
    this.issues = issues;
  }
}

// C0 and C1 controls (ESC starts terminal commands, a newline starts a fake log line), zero-width characters and
// bidirectional controls (they reorder what is shown after them), line and paragraph separators, BOM.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this replaces.
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/gu;

/**
 * Content text as it may be written into the log and the check report: one line, nothing a terminal acts on.
 * File names, values and messages quote what contributors wrote, so a name such as `x\n[build] ✔ 完成しました.mdx`
 * or one with an escape sequence could otherwise forge report lines or rewrite the screen. A line break becomes ⏎,
 * every other such character its code point (`<U+202E>`), so staff can still see and remove it.
 */
export function printableText(text: string): string {
  return text
    .replace(/\r?\n/g, "⏎")
    .replace(UNPRINTABLE, (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`);
}

/** Shortens a value for messages (long cells, multi-line text). */
export function displayValue(value: unknown): string {
  const text =
    value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "string" ? value : JSON.stringify(value);
  const flat = printableText(text ?? String(value));
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** One issue as a single readable line: 「pamphlets/a.mdx:3 [updated] エラー: …（値: …）」. */
export function formatIssue(issue: ContentIssue): string {
  const where = `${printableText(issue.file)}${issue.line ? `:${issue.line}${issue.column ? `:${issue.column}` : ""}` : ""}`;
  const field = issue.field ? ` 項目「${printableText(issue.field)}」` : "";
  const value = issue.value !== undefined ? `（値: 「${printableText(issue.value)}」）` : "";
  const label = issue.severity === "error" ? "エラー" : "警告";
  const hint = issue.hint ? `\n    → ${printableText(issue.hint)}` : "";
  return `${label}: ${where}${field}: ${printableText(issue.message)}${value}${hint}`;
}

/** All issues, grouped by file, errors first. */
export function formatIssues(issues: ContentIssue[]): string {
  const sorted = [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
  return sorted.map(formatIssue).join("\n");
}
