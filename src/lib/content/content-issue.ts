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

/** Shortens a value for messages (long cells, multi-line text). */
export function displayValue(value: unknown): string {
  const text =
    value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "string" ? value : JSON.stringify(value);
  const flat = (text ?? String(value)).replace(/\r?\n/g, "⏎");
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** One issue as a single readable line: 「pamphlets/a.mdx:3 [updated] エラー: …（値: …）」. */
export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}${issue.line ? `:${issue.line}${issue.column ? `:${issue.column}` : ""}` : ""}`;
  const field = issue.field ? ` 項目「${issue.field}」` : "";
  const value = issue.value !== undefined ? `（値: 「${issue.value}」）` : "";
  const label = issue.severity === "error" ? "エラー" : "警告";
  const hint = issue.hint ? `\n    → ${issue.hint}` : "";
  return `${label}: ${where}${field}: ${issue.message}${value}${hint}`;
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
