import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ActivityReport } from "../../src/lib/report/activity-report.ts";
import { copyContent, projectRoot } from "../helpers/fixture-site.ts";

/** `npm run report` on a content folder (the demo municipality unless told otherwise). */
function runReport(args: string[], content = path.join(projectRoot, "content"), today = "2026-11-28") {
  return spawnSync(process.execPath, ["src/cli/report.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: content, SITE_TODAY: today },
    encoding: "utf8",
  });
}

describe("npm run report", () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "report-"));

  it("writes JSON with fiscalYears, a CSV for Excel and a Markdown summary", () => {
    const json = path.join(out, "r.json");
    const csv = path.join(out, "r.csv");
    const run = runReport(["--year", "all", "--json", json, "--csv", csv]);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8")) as ActivityReport;
    expect(report.fiscalYears.map((y) => y.fiscalYear).slice(0, 2)).toEqual([2026, 2025]);
    for (const y of report.fiscalYears) {
      expect(y.events).toBe(Object.values(y.byKind).reduce((a, b) => a + b, 0));
      expect(run.stdout).toContain(`## ${y.label.wareki}（${y.label.western}）`);
      expect(run.stdout).toContain(`開催した催し: **${y.events} 回**`);
    }
    const text = readFileSync(csv, "utf8");
    expect(text.startsWith("\uFEFF年度,区分,項目,値\r\n")).toBe(true);
    expect(text).toContain(`令和8年度,合計,開催回数,${report.fiscalYears[0]?.events}\r\n`);
  });

  it("defaults to the current fiscal year by SITE_TODAY", () => {
    const json = path.join(out, "current.json");
    expect(runReport(["--json", json], undefined, "2027-04-01").status).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8")) as ActivityReport;
    expect(report.fiscalYears.map((y) => y.fiscalYear)).toEqual([2027]);
  });

  it("explains a bad --year in Japanese", () => {
    const run = runReport(["--year", "令和八"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--year の値「令和八」");
  });

  it("stops with located errors when the content is invalid", () => {
    const dir = copyContent(path.join(projectRoot, "test/fixtures/sites/minimal"), "report-bad");
    const file = path.join(dir, "content/pamphlets/first-guide.mdx");
    writeFileSync(file, readFileSync(file, "utf8").replace("updated: 2026-10-01", "updated: 2026-13-01"));
    const run = runReport([], path.join(dir, "content"));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/pamphlets\/first-guide\.mdx:4 項目「updated」/);
  });
});
