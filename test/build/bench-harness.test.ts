import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BenchResult } from "../../bench/run.ts";
import { projectRoot } from "../helpers/fixture-site.ts";

/** `npm run bench` on the tiny test size: it runs end to end and reports every figure issue 8 asks for. */
describe("the benchmark harness (bench/run.ts --size XS)", () => {
  let run: ReturnType<typeof spawnSync>;
  let result: BenchResult;
  let stdout: string;

  beforeAll(() => {
    const json = path.join(mkdtempSync(path.join(os.tmpdir(), "zaitaku-bench-test-")), "bench.json");
    run = spawnSync(process.execPath, ["bench/run.ts", "--size", "XS", "--json", json], {
      cwd: projectRoot,
      encoding: "utf8",
      timeout: 240_000,
    });
    stdout = String(run.stdout);
    result = JSON.parse(readFileSync(json, "utf8")) as BenchResult;
  });

  it("finishes", () => {
    expect(run.status, String(run.stderr)).toBe(0);
  });

  it("reports the keys of issue 8 with the machine's core count", () => {
    expect(result.cores).toBe(os.availableParallelism());
    expect(result.size).toBe("XS");
    // 3 pamphlets + home, pamphlet list and 404 at least.
    expect(result.pages).toBeGreaterThanOrEqual(6);
    for (const key of ["ratioVsBareAstro", "cpuRatioVsBareAstro", "bareAstroMs"] as const) {
      expect(result.html[key], key).toBeGreaterThan(0);
    }
    expect(result.html.bareAstroPages).toBe(result.pages);
    expect(result.rebuild.ratioVsCold).toBeGreaterThan(0);
    expect(result.peakRssMiB).toBeGreaterThan(0);
    expect(result.html.perPageGzipKB?.max).toBeGreaterThan(0);
    for (const key of ["ratioVsChromium", "msPerPage"] as const) expect(result.pdf).toHaveProperty(key);
    expect(result.search).toHaveProperty("indexMiB");
  });

  it("reports phases that do not exist yet as null with a reason, and measured ones as numbers", () => {
    expect(result.phases.load.ms).toBeGreaterThanOrEqual(0);
    expect(result.phases.html.ms).toBeGreaterThan(0);
    for (const [name, phase] of Object.entries(result.phases)) {
      if (phase.ms === null) expect(phase.note, name).toBe("not built yet");
      else expect(phase.note, name).toBeUndefined();
    }
    // Our PDF figures exist exactly when the build printed PDFs; Chromium's side is always measured.
    expect(result.pdf.chromiumMsPerPage).toBeGreaterThan(0);
    expect(result.pdf.chromiumDocuments).toBe(3);
    if (result.pdf.pages === 0) {
      expect(result.pdf.ratioVsChromium).toBeNull();
      expect(result.pdf.note).toBeTruthy();
    } else {
      expect(result.pdf.ratioVsChromium).toBeGreaterThan(0);
    }
    expect(result.search.indexMiB === null).toBe(result.phases.search.ms === null);
  });

  it("skips the unchanged rebuild", () => {
    expect(result.rebuild.skipped).toBe(true);
  });

  it("prints a Markdown table with the ratios and budgets", () => {
    expect(stdout).toMatch(/^\| Phase \/ metric \| Value \|$/m);
    expect(stdout).toMatch(/^\| HTML vs bare Astro .*\*\*[\d.]+×\*\*/m);
    expect(stdout).toMatch(/^\| Budget \| Target \| Measured \| Met \|$/m);
  });

  it("removes its temporary folder and the content-layer cache it caused", () => {
    expect(existsSync(result.workDir)).toBe(false);
    const key = Buffer.from(path.join(result.workDir, "content")).toString("base64url").slice(-40);
    expect(existsSync(path.join(projectRoot, "node_modules", ".astro-cache", key))).toBe(false);
  });
});
