import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BenchResult } from "../../bench/run.ts";
import { projectRoot } from "../helpers/fixture-site.ts";

/** `npm run bench` on the tiny test size: it runs end to end and reports every figure the budgets of docs/performance.md need. */
describe("the benchmark harness (bench/run.ts --size XS)", () => {
  let run: ReturnType<typeof spawnSync>;
  let result: BenchResult;
  let stdout: string;

  let second: BenchResult;

  /** One `bench/run.ts --size XS` run, as a user would start it. */
  function benchOnce(extra: string[] = []): { run: ReturnType<typeof spawnSync>; result: BenchResult } {
    const json = path.join(mkdtempSync(path.join(os.tmpdir(), "zaitaku-bench-test-")), "bench.json");
    const run = spawnSync(process.execPath, ["bench/run.ts", "--size", "XS", "--json", json, ...extra], {
      cwd: projectRoot,
      encoding: "utf8",
      timeout: 480_000,
    });
    return { run, result: JSON.parse(readFileSync(json, "utf8")) as BenchResult };
  }

  beforeAll(() => {
    ({ run, result } = benchOnce(["--warm"]));
    stdout = String(run.stdout);
    // Same seed, same content: only a cache left behind by the first run could make the second one's cold build cheap.
    second = benchOnce().result;
  }, 960_000);

  it("finishes", () => {
    expect(run.status, String(run.stderr)).toBe(0);
  });

  it("reports the budgeted figures with the machine's core count", () => {
    expect(result.cores).toBe(os.availableParallelism());
    expect(result.size).toBe("XS");
    // 3 pamphlets + home, pamphlet list and 404 at least.
    expect(result.pages).toBeGreaterThanOrEqual(6);
    for (const key of ["ratioVsBareAstro", "cpuRatioVsBareAstro", "bareAstroMs"] as const) {
      expect(result.html[key], key).toBeGreaterThan(0);
    }
    expect(result.html.bareAstroPages).toBe(result.pages);
    // The whole build does more than its HTML phase, so it cannot be cheaper against the same bare Astro build.
    expect(result.build.ratioVsBareAstro).toBeGreaterThan(0);
    expect(result.build.coldCpuMs).toBeGreaterThan(result.html.cpuMs ?? 0);
    expect(result.build.bareAstroCpuMs).toBeGreaterThan(0);
    // Each staff edit was made and rebuilt: a pamphlet, an event row, a window.
    expect(result.edit.edits.map((e) => e.kind)).toEqual(["pamphlet", "eventRow", "window"]);
    for (const e of result.edit.edits) {
      expect(e.file, e.kind).toBeTruthy();
      expect(e.wallMs, e.kind).toBeGreaterThan(0);
    }
    expect(result.edit.ratioVsCold).toBe(Math.max(...result.edit.edits.map((e) => e.ratioVsCold ?? 0)));
    expect(stdout).toMatch(/^\| Rebuild after one edit \(eventRow\) \| events\/.*\*\*[\d.]+×\*\*/m);
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
    // XS has 3 pamphlets: the first is each engine's cold start, the other 2 are timed
    expect(result.pdf.chromiumDocuments).toBe(3 - 1);
    if (result.pdf.pages === 0) {
      expect(result.pdf.ratioVsChromium).toBeNull();
      expect(result.pdf.note).toBeTruthy();
    } else {
      expect(result.pdf.ratioVsChromium).toBeGreaterThan(0);
      // the pair: warm Typst ÷ warm Chromium on the same pamphlets, both cold starts reported apart
      expect(result.pdf.ratioVsChromium).toBeCloseTo((result.pdf.msPerPage ?? 0) / (result.pdf.chromiumMsPerPage ?? 1), 1);
      expect(result.pdf.coldStartMs?.typst).toBeGreaterThan(0);
      expect(result.pdf.coldStartMs?.chromium).toBeGreaterThan(0);
      expect(result.pdf.phaseMsPerPage).toBeGreaterThan(0);
    }
    expect(result.search.indexMiB === null).toBe(result.phases.search.ms === null);
  });

  it("reports the warm build (--warm) apart from the cold one, and nothing warm without the flag", () => {
    const warm = result.warm;
    expect(warm).not.toBeNull();
    if (!warm) return;
    expect(Object.keys(warm).sort()).toEqual(
      ["cpuMs", "cpuRatioVsBareAstro", "phases", "ratioVsBareAstro", "ratioVsCold", "wallMs"].sort(),
    );
    expect(warm.wallMs).toBeGreaterThan(0);
    expect(warm.cpuMs).toBeGreaterThan(0);
    // Its ratios are its own figures over the same run's cold build and bare Astro build.
    expect(warm.ratioVsCold).toBeCloseTo(warm.wallMs / result.build.coldWallMs, 1);
    expect(warm.ratioVsBareAstro).toBeCloseTo(warm.wallMs / result.build.bareAstroWallMs, 1);
    expect(warm.cpuRatioVsBareAstro).toBeCloseTo((warm.cpuMs ?? 0) / (result.build.bareAstroCpuMs ?? 1), 1);
    // --force into another folder: every step ran (an unchanged-build shortcut would have measured no phase).
    for (const name of ["load", "html", "pdf", "og", "search", "verify"] as const) {
      expect(warm.phases[name].ms, name).not.toBeNull();
    }
    expect(stdout).toMatch(/^\| Warm build \(caches filled, other output folder, --force\) \| .*\*\*[\d.]+×\*\* cold/m);
    expect(second.warm).toBeNull();
  });

  it("skips the unchanged rebuild", () => {
    expect(result.rebuild.skipped).toBe(true);
  });

  it("prints a Markdown table with the ratios and budgets", () => {
    expect(stdout).toMatch(/^\| Phase \/ metric \| Value \|$/m);
    expect(stdout).toMatch(/^\| HTML vs bare Astro .*\*\*[\d.]+×\*\*/m);
    expect(stdout).toMatch(/^\| Whole build vs bare Astro .*\*\*[\d.]+×\*\*/m);
    expect(stdout).toMatch(/^\| Budget \| Target \| Measured \| Met \|$/m);
  });

  it("starts every run with a fresh cache: a second run's cold PDFs and OG images are not served from the first's", () => {
    for (const run of [result, second]) {
      // The cache lives in the run's own temporary folder, did not exist before its cold build, and that build filled it.
      expect(path.relative(run.workDir, run.cache.dir).startsWith("..")).toBe(false);
      expect(run.cache.existedBeforeColdBuild).toBe(false);
      expect(run.cache.entriesAfterColdBuild).toBeGreaterThan(0);
    }
    expect(second.workDir).not.toBe(result.workDir);
    expect(result.phases.pdf.ms ?? result.phases.og.ms).not.toBeNull();
  });

  it("removes its temporary folder and the content-layer cache it caused", () => {
    expect(existsSync(result.workDir)).toBe(false);
    const key = Buffer.from(path.join(result.workDir, "content")).toString("base64url").slice(-40);
    expect(existsSync(path.join(projectRoot, "node_modules", ".astro-cache", key))).toBe(false);
  });
});
