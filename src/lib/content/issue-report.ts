/**
 * The report staff read after `npm run check` (and before every build): every problem at once, grouped by file,
 * each with file:line(:column), severity (エラー / 警告), what is wrong and how to fix it. Also a JSON form for CI bots.
 */
import { type ContentIssue, formatIssue, printableText } from "./content-issue.ts";

/** A content issue with the id of the check that found it ("schema" for loader/schema problems). */
export interface RuledIssue extends ContentIssue {
  /** Check id, e.g. "image-alt", "machine-dependent-chars"; "schema" for validation by the loaders. */
  rule: string;
}

/** Counts of an issue list. */
export interface IssueCounts {
  errors: number;
  warnings: number;
  files: number;
}

/** How many errors, warnings and files with problems there are. */
export function countIssues(issues: readonly ContentIssue[]): IssueCounts {
  const errors = issues.filter((i) => i.severity === "error").length;
  return { errors, warnings: issues.length - errors, files: new Set(issues.map((i) => i.file)).size };
}

/** Issues in reading order: by file, then line and column (issues of the whole file first), errors before warnings. */
export function sortIssues<T extends ContentIssue>(issues: readonly T[]): T[] {
  return [...issues].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1),
  );
}

/** Warnings of one kind shown per file before the rest are summed up (errors are always all shown). */
export const WARNINGS_SHOWN_PER_KIND = 20;

/**
 * The human report: one block per file (「■ pamphlets/a.mdx（エラー 1 件、警告 2 件）」), one line per problem in
 * `file:line:column` form so editors can jump to it, then the fix hint, then the totals. Every error is listed; of
 * warnings of one kind (rule) in one file — an imported open-data CSV may have hundreds of ㈱ — the first
 * {@link WARNINGS_SHOWN_PER_KIND} are listed and the rest counted (`--json` lists all).
 */
export function formatIssueReport(issues: readonly (ContentIssue & { rule?: string })[]): string {
  if (issues.length === 0) return "問題は見つかりませんでした。";
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of sortIssues(issues)) {
    const list = byFile.get(issue.file) ?? [];
    list.push(issue);
    byFile.set(issue.file, list);
  }
  const blocks = [...byFile].map(([file, list]) => {
    const c = countIssues(list);
    const shown = new Map<string, number>();
    const lines: string[] = [];
    for (const issue of list) {
      if (issue.severity === "warning") {
        const kind = (issue as { rule?: string }).rule ?? issue.message;
        const count = (shown.get(kind) ?? 0) + 1;
        shown.set(kind, count);
        if (count > WARNINGS_SHOWN_PER_KIND) continue;
      }
      lines.push(`  ${formatIssue(issue).replace(/\n {4}→/g, "\n      →")}`);
    }
    const hidden = [...shown.values()].reduce((sum, n) => sum + Math.max(0, n - WARNINGS_SHOWN_PER_KIND), 0);
    if (hidden > 0) {
      lines.push(`  …ほかに同じ種類の警告が ${hidden} 件あります（npm run check -- --json ですべて見られます）`);
    }
    return `■ ${printableText(file)}（エラー ${c.errors} 件、警告 ${c.warnings} 件）\n${lines.join("\n")}`;
  });
  return `${blocks.join("\n\n")}\n\n${summaryLine(issues)}`;
}

/** 「エラー 2 件、警告 3 件（2 ファイル）」. */
export function summaryLine(issues: readonly ContentIssue[]): string {
  const c = countIssues(issues);
  return `エラー ${c.errors} 件、警告 ${c.warnings} 件（${c.files} ファイル）`;
}

/** The JSON report for CI bots (`npm run check -- --json`): stable field names, issues in reading order. */
export interface JsonIssueReport {
  /** Format version of this report. */
  version: 1;
  /** True when there is no error (warnings allowed). */
  ok: boolean;
  /** The content folder that was checked. */
  contentDir: string;
  /** "Today" used by date checks (SITE_TODAY or the JST date). */
  today: string;
  errors: number;
  warnings: number;
  /** Every issue, with `severityLabel` (エラー / 警告) for display. */
  issues: (RuledIssue & { severityLabel: "エラー" | "警告" })[];
}

/** Builds the JSON report. */
export function jsonIssueReport(issues: readonly RuledIssue[], contentDir: string, today: string): JsonIssueReport {
  const c = countIssues(issues);
  return {
    version: 1,
    ok: c.errors === 0,
    contentDir,
    today,
    errors: c.errors,
    warnings: c.warnings,
    issues: sortIssues(issues).map((i) => ({ ...i, severityLabel: i.severity === "error" ? "エラー" : "警告" })),
  };
}
