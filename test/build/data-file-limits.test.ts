import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeLargeEventCsv } from "../../bench/synthetic/large-csv.ts";
import type { JsonIssueReport } from "../../src/lib/content/issue-report.ts";
import { DEFAULT_DATA_FILE_LIMITS, PROGRESS_FROM_BYTES } from "../../src/loaders/csv/data-file-limits.ts";
import { copyFixture, projectRoot, runBuild } from "../helpers/fixture-site.ts";
import { treeHash } from "../helpers/tree-hash.ts";

/**
 * Very large data files: `npm run check` and `npm run build` stream each CSV against the size limits before
 * reading anything whole, show a progress line for a big file and stop with one Japanese error naming the file.
 * The file here is a few MB and the limits are lowered through the environment, so the test stays quick.
 */
let dir: string;
let rows: number;

beforeAll(async () => {
  dir = copyFixture("minimal");
  mkdirSync(path.join(dir, "content", "events"));
  ({ rows } = await writeLargeEventCsv(path.join(dir, "content", "events", "big.csv"), PROGRESS_FROM_BYTES + 256 * 1024));
});

function runCheck(env: Record<string, string>) {
  return spawnSync(process.execPath, ["src/cli/check.ts"], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: path.join(dir, "content"), SITE_TODAY: "2026-11-28", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
}

describe("data files over the size limits", () => {
  it("npm run check: progress on stderr, then one located error naming the file, exit 1", () => {
    const limit = rows - 1;
    const run = runCheck({ ZAITAKU_CSV_MAX_ROWS: String(limit) });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/データファイルを読んでいます: events\/big\.csv .*（100%、/);
    expect(run.stdout).toContain(`events/big.csv:${limit + 2}: ファイルが大きすぎます`);
    expect(run.stdout).toContain(`${limit.toLocaleString("ja-JP")} 行（見出しを除く）まで`);
    expect(run.stdout).toMatch(/エラー 1 件、警告 0 件（1 ファイル）/);
  }, 120_000);

  it("npm run check --json: the error in the report, with its rule, and nothing else checked", () => {
    const run = spawnSync(process.execPath, ["src/cli/check.ts", "--json"], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: path.join(dir, "content"), SITE_TODAY: "2026-11-28", ZAITAKU_CSV_MAX_ROWS: "10" },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as JsonIssueReport;
    expect(report.ok).toBe(false);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ rule: "data-file-size", file: "events/big.csv", line: 12, severity: "error" });
  }, 120_000);

  it("npm run build: stops before Astro with the error, and leaves the previous output byte-identical", () => {
    const out = path.join(dir, "dist");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "index.html"), "<p>前回のサイト</p>");
    const before = treeHash(out);
    const run = runBuild(dir, { ZAITAKU_CSV_MAX_MB: "1" });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain("events/big.csv");
    expect(run.stderr).toContain("ファイルが大きすぎます");
    expect(run.stderr).toContain(
      `1.0 MB、${DEFAULT_DATA_FILE_LIMITS.maxRows.toLocaleString("ja-JP")} 行（見出しを除く）までです`,
    );
    expect(run.stdout).not.toContain("ページを作っています");
    expect(treeHash(out)).toBe(before);
  }, 120_000);
});
