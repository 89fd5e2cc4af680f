import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readA11yResults } from "../../src/loaders/a11y-results.ts";
import { projectRoot } from "../helpers/fixture-site.ts";

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-a11y-"));
  mkdirSync(path.join(dir, "accessibility"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "accessibility", name), text);
  return dir;
}

describe("readA11yResults", () => {
  it("is fine without results (the page says none are published yet)", () => {
    expect(readA11yResults(mkdtempSync(path.join(os.tmpdir(), "zaitaku-a11y-")))).toEqual({ issues: [] });
    expect(readA11yResults(contentWith({ "memo.txt": "x" }))).toEqual({ issues: [] });
  });

  it("reads the newest dated file only", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-a11y-"));
    cpSync(path.join(projectRoot, "test/fixtures/a11y-results"), path.join(dir, "accessibility"), { recursive: true });
    writeFileSync(path.join(dir, "accessibility", "test-results-2025-01-01.yaml"), "broken: [");
    const read = readA11yResults(dir);
    expect(read.issues).toEqual([]);
    expect(read.file).toBe("accessibility/test-results-2026-11-20.yaml");
    expect(read.results?.date).toBe("2026-11-20");
    expect(read.results?.criteria.find((c) => c.id === "1.2.1")).toEqual({
      id: "1.2.1",
      result: "na",
      rules: [],
      failedPages: 0,
      note: "音声や動画は掲載していません",
    });
  });

  it("reports a wrong result value with file, line, field and value", () => {
    const dir = contentWith({
      "test-results-2026-12-01.yaml": [
        "date: 2026-12-01",
        "targetLevel: AA",
        "tool: { name: axe-core, version: 4.0.0 }",
        "browser: Chromium",
        "totalPages: 1",
        "pages:",
        "  - { path: /, violations: 0 }",
        "criteria:",
        "  - id: 1.1.1",
        "    result: ok",
      ].join("\n"),
    });
    const [issue, ...rest] = readA11yResults(dir).issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      severity: "error",
      file: "accessibility/test-results-2026-12-01.yaml",
      line: 10,
      field: "criteria.0.result",
      value: "ok",
    });
  });

  it("reports YAML syntax errors, located", () => {
    const [issue] = readA11yResults(contentWith({ "test-results-2026-12-01.yaml": "date: 2026-12-01\npages: [\n" })).issues;
    expect(issue).toMatchObject({ severity: "error", file: "accessibility/test-results-2026-12-01.yaml" });
    expect(issue?.line).toBeGreaterThan(0);
  });
});
