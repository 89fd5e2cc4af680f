import { describe, expect, it } from "vitest";
import type { ContentIssue } from "../../src/lib/content/content-issue.ts";
import { formatIssueReport, jsonIssueReport, type RuledIssue } from "../../src/lib/content/issue-report.ts";

const issues: RuledIssue[] = [
  {
    rule: "stale-updated",
    severity: "warning",
    file: "pamphlets/b.mdx",
    line: 4,
    field: "updated",
    value: "2024-01-01",
    message: "古い",
    hint: "確認",
  },
  { rule: "image-alt", severity: "error", file: "pamphlets/a.mdx", line: 12, column: 3, field: "画像", message: "説明がない" },
  { rule: "schema", severity: "error", file: "pamphlets/a.mdx", line: 2, field: "title", message: "必須" },
  { rule: "schema", severity: "error", file: "site.yaml", message: "見つからない" },
];

describe("the issue report", () => {
  it("groups by file, orders by line, shows file:line:column, severity, value and hint, then totals", () => {
    expect(formatIssueReport(issues)).toBe(
      [
        "■ pamphlets/a.mdx（エラー 2 件、警告 0 件）",
        "  エラー: pamphlets/a.mdx:2 項目「title」: 必須",
        "  エラー: pamphlets/a.mdx:12:3 項目「画像」: 説明がない",
        "",
        "■ pamphlets/b.mdx（エラー 0 件、警告 1 件）",
        "  警告: pamphlets/b.mdx:4 項目「updated」: 古い（値: 「2024-01-01」）",
        "      → 確認",
        "",
        "■ site.yaml（エラー 1 件、警告 0 件）",
        "  エラー: site.yaml: 見つからない",
        "",
        "エラー 3 件、警告 1 件（3 ファイル）",
      ].join("\n"),
    );
    expect(formatIssueReport([] as ContentIssue[])).toBe("問題は見つかりませんでした。");
  });

  it("gives CI bots counts, ok and every issue with its rule", () => {
    const report = jsonIssueReport(issues, "/c", "2026-11-28");
    expect(report).toMatchObject({ version: 1, ok: false, errors: 3, warnings: 1, today: "2026-11-28", contentDir: "/c" });
    expect(report.issues.map((i) => [i.file, i.line, i.rule, i.severityLabel])).toEqual([
      ["pamphlets/a.mdx", 2, "schema", "エラー"],
      ["pamphlets/a.mdx", 12, "image-alt", "エラー"],
      ["pamphlets/b.mdx", 4, "stale-updated", "警告"],
      ["site.yaml", undefined, "schema", "エラー"],
    ]);
    expect(jsonIssueReport(issues.slice(0, 1), "/c", "2026-11-28").ok).toBe(true);
  });

  it("lists every error but sums up warnings of one kind beyond 20 per file", () => {
    const many: RuledIssue[] = Array.from({ length: 25 }, (_, i) => ({
      rule: "machine-dependent-chars",
      severity: "warning" as const,
      file: "resources/a.csv",
      line: i + 2,
      field: "名称",
      message: "機種依存文字",
    }));
    const errors: RuledIssue[] = Array.from({ length: 25 }, (_, i) => ({
      rule: "phone-numbers",
      severity: "error" as const,
      file: "resources/a.csv",
      line: i + 2,
      message: "番号",
    }));
    const report = formatIssueReport([...many, ...errors]);
    expect(report.match(/^ {2}警告: /gm)).toHaveLength(20);
    expect(report.match(/^ {2}エラー: /gm)).toHaveLength(25);
    expect(report).toContain("…ほかに同じ種類の警告が 5 件あります");
    expect(report).toContain("■ resources/a.csv（エラー 25 件、警告 25 件）");
  });
});

describe("the issue report with control characters in what contributors wrote", () => {
  // A file name with a line break forges a report line; ESC [2J clears the screen; U+202E reverses what follows.
  const forged = "pamphlets/x\n[build] ✔ 完成しました.mdx";
  const hostile: ContentIssue[] = [
    { severity: "error", file: forged, field: "ファイル名", value: "x\n[build] ✔ 完成しました.mdx", message: "名前「x\r\ny」" },
    { severity: "error", file: "windows/y\u001B[2Jz.yaml", field: "phone\u0007", value: "03\u202E-0000\u200B", message: "m" },
  ];
  const report = formatIssueReport(hostile);

  it("writes no control, bidirectional or zero-width character, and no line a contributor started", () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not be written.
    expect(report).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/u);
    expect(report.split("\n").filter((line) => line.startsWith("[build]"))).toEqual([]);
  });

  it("still shows staff where the hidden characters are", () => {
    expect(report).toContain("■ pamphlets/x⏎[build] ✔ 完成しました.mdx（エラー 1 件");
    expect(report).toContain("名前「x⏎y」");
    expect(report).toContain("windows/y<U+001B>[2Jz.yaml");
    expect(report).toContain("項目「phone<U+0007>」");
    expect(report).toContain("（値: 「03<U+202E>-0000<U+200B>」）");
  });
});
