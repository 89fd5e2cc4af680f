import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonIssueReport } from "../../src/lib/content/issue-report.ts";
import { copyFixture, editFile, projectRoot } from "../helpers/fixture-site.ts";

/** Runs `npm run check`'s script on a content folder. */
function runCheck(content: string, args: string[] = []) {
  const result = spawnSync(process.execPath, ["src/cli/check.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: content, SITE_TODAY: "2026-11-28" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The minimal fixture with one problem in each of three files. */
function brokenFixture(): string {
  const dir = copyFixture("minimal");
  editFile(dir, "site.yaml", (t) => t.replace("phone: 03-0000-9999", "phone: ０３－００００－９９９９"));
  editFile(dir, "pamphlets/first-guide.mdx", (t) =>
    t.replace("/pamphlets/second-guide/", "/pamphlets/secnd-guide/").replace("地域包括支援センター", "地域包括支援センター㈱"),
  );
  editFile(dir, "pamphlets/second-guide.mdx", (t) => t.replace("updated: 2025-04-30", "updated: 2025-04-31"));
  return path.join(dir, "content");
}

describe("npm run check", () => {
  it("prints every problem at once, grouped by file, located, and exits 1 on an error", () => {
    const run = runCheck(brokenFixture());
    expect(run.status).toBe(1);
    const blocks = run.stdout.split("\n\n").filter((b) => b.startsWith("■ "));
    expect(blocks.map((b) => b.split("\n")[0])).toEqual([
      "■ pamphlets/first-guide.mdx（エラー 1 件、警告 1 件）",
      "■ pamphlets/second-guide.mdx（エラー 1 件、警告 0 件）",
      "■ site.yaml（エラー 0 件、警告 1 件）",
    ]);
    expect(run.stdout).toMatch(/^ {2}エラー: pamphlets\/first-guide\.mdx:10:\d+ 項目「リンク」: リンク先のページがありません/m);
    expect(run.stdout).toContain("→ もしかして: /pamphlets/second-guide/");
    expect(run.stdout).toMatch(/^ {2}警告: pamphlets\/first-guide\.mdx:22:13: 機種依存文字「㈱」/m);
    expect(run.stdout).toMatch(/^ {2}エラー: pamphlets\/second-guide\.mdx:4 項目「updated」/m);
    expect(run.stdout).toMatch(/^ {2}警告: site\.yaml:\d+ 項目「department\.phone」: 電話番号に全角/m);
    expect(run.stdout).toContain("→ 「03-0000-9999」のように半角で書いてください");
    expect(run.stdout.trim().split("\n").at(-1)).toBe("エラー 2 件、警告 2 件（3 ファイル）");
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  });

  it("writes a JSON report for CI bots", () => {
    const run = runCheck(brokenFixture(), ["--json"]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonIssueReport;
    expect(report).toMatchObject({ version: 1, ok: false, errors: 2, warnings: 2, today: "2026-11-28" });
    expect(report.issues.map((i) => [i.file, i.rule, i.severityLabel])).toEqual([
      ["pamphlets/first-guide.mdx", "internal-links", "エラー"],
      ["pamphlets/first-guide.mdx", "machine-dependent-chars", "警告"],
      ["pamphlets/second-guide.mdx", "schema", "エラー"],
      ["site.yaml", "full-width-digits", "警告"],
    ]);
    for (const issue of report.issues) expect(issue.line).toBeGreaterThan(0);
  });

  it("exits 0 when there are only warnings", () => {
    const run = runCheck(path.join(copyFixture("minimal"), "content"));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("エラー 0 件、警告 1 件（1 ファイル）");
  });

  it("finds no error in the demo municipality", () => {
    const run = runCheck(path.join(projectRoot, "content"), ["--json"]);
    const report = JSON.parse(run.stdout) as JsonIssueReport;
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(run.status).toBe(0);
  });

  it("says what is wrong with SITE_TODAY instead of crashing", () => {
    const result = spawnSync(process.execPath, ["src/cli/check.ts"], {
      cwd: projectRoot,
      env: { ...process.env, SITE_TODAY: "2026-13-01" },
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("SITE_TODAY の値「2026-13-01」は日付ではありません");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
