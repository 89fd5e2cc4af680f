import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSite } from "../../bench/synthetic/generate.ts";
import type { BuildTimings } from "../../src/cli/phase-timings.ts";
import { editFile, runBuild } from "../helpers/fixture-site.ts";
import { treeHash } from "../helpers/tree-hash.ts";

/**
 * Checking the content while Astro starts (src/cli/check-beside-astro.ts), the road of a small content folder: the
 * site is the same as when the check runs first, and a refused check stops Astro, reports the located issues, leaves
 * dist/ as it was and no staging folder behind.
 */

/** The check runs first, before Astro starts (src/cli/overlap.ts, `CHECK_BESIDE_LIMIT`). */
const CHECK_FIRST = { ZAITAKU_CHECK_BESIDE_MAX_BYTES: "0" };

/** A fresh, empty output cache and a timings file for one build. */
function freshRun(label: string): { env: Record<string, string>; timings: () => BuildTimings } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `zaitaku-check-beside-${label}-`));
  const file = path.join(dir, "timings.json");
  return {
    env: { ZAITAKU_CACHE_DIR: path.join(dir, "cache"), ZAITAKU_TIMINGS: file },
    timings: () => JSON.parse(readFileSync(file, "utf8")) as BuildTimings,
  };
}

/** Staging folders and swapped-out folders a build may have left beside dist/. */
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.includes("staging") || n.includes(".old-"));

describe("checking the content while Astro starts", () => {
  let dir: string;
  let site: string;
  let staff: string;
  let pamphlet: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-check-beside-"));
    generateSite(path.join(dir, "content"), "XS", "check-beside-astro");
    pamphlet = readdirSync(path.join(dir, "content", "pamphlets")).sort()[0] ?? "";
  });

  it("builds the same site as when the check runs first", () => {
    const first = freshRun("first");
    const checkFirst = runBuild(dir, { ...first.env, ...CHECK_FIRST });
    expect(checkFirst.status, checkFirst.stderr).toBe(0);
    expect(first.timings().checkedBesideAstro).toBe(false);
    site = treeHash(path.join(dir, "dist"));
    staff = treeHash(path.join(dir, "dist-staff"));

    const beside = freshRun("beside");
    const run = runBuild(dir, beside.env, "src/cli/build.ts", ["--force"]);
    expect(run.status, run.stderr).toBe(0);
    expect(beside.timings().checkedBesideAstro).toBe(true);
    expect(run.stdout).toContain("確認と同時に、ページを作り始めます（Astro）");
    expect(treeHash(path.join(dir, "dist"))).toBe(site);
    expect(treeHash(path.join(dir, "dist-staff"))).toBe(staff);
    expect(leftovers(dir)).toEqual([]);
  }, 300_000);

  it("a content error stops Astro, is reported located, and leaves dist/ and no staging folder", () => {
    editFile(dir, `pamphlets/${pamphlet}`, (t) => t.replace(/^updated: .*$/m, "updated: 2025-04-31"));
    const located = new RegExp(`pamphlets/${pamphlet.replace(".", "\\.")}:\\d+ 項目「updated」.*2025-04-31`);

    const beside = freshRun("refused");
    const run = runBuild(dir, beside.env);
    expect(run.status).toBe(1);
    // Astro was started before the check ended.
    expect(beside.timings().checkedBesideAstro).toBe(true);
    expect(run.stdout).toContain("確認と同時に、ページを作り始めます（Astro）");
    expect(run.stderr).toMatch(located);
    expect(run.stderr).toMatch(/エラーがあるためビルドを中止しました（エラー 1 件.*）。\S*dist は変更していません。/);
    expect(run.stderr).not.toContain("処理が途中で終わりました");
    expect(run.stderr).not.toContain("ビルドに失敗しました");
    expect(`${run.stdout}${run.stderr}`).not.toContain("完成しました");
    expect(treeHash(path.join(dir, "dist"))).toBe(site);
    expect(treeHash(path.join(dir, "dist-staff"))).toBe(staff);
    expect(leftovers(dir)).toEqual([]);

    // The same refusal as when the check runs first, where Astro never starts.
    const first = freshRun("refused-first");
    const sequential = runBuild(dir, { ...first.env, ...CHECK_FIRST });
    expect(sequential.status).toBe(1);
    expect(first.timings().checkedBesideAstro).toBe(false);
    expect(sequential.stdout).not.toContain("確認と同時に");
    const refusal = (text: string) => text.split("\n").find((line) => line.includes("ビルドを中止しました"));
    expect(refusal(run.stderr)).toBeDefined();
    expect(refusal(run.stderr)).toBe(refusal(sequential.stderr));
  }, 300_000);
});
