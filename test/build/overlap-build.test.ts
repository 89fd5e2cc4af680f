import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { BuildTimings } from "../../src/cli/phase-timings.ts";
import { copyContent, copyFixture, projectRoot, runBuild } from "../helpers/fixture-site.ts";
import { treeHash } from "../helpers/tree-hash.ts";

/** Forces rendering beside Astro on (a limit above any fixture) or off (0), see src/cli/overlap.ts. */
const BESIDE = { ZAITAKU_OVERLAP_MAX_ITEMS: "100000000" };
const AFTER = { ZAITAKU_OVERLAP_MAX_ITEMS: "0" };

/** A fresh, empty output cache and a timings file, so that each build renders every PDF and image itself. */
function freshRun(label: string): { env: Record<string, string>; timings: () => BuildTimings } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `zaitaku-overlap-${label}-`));
  const file = path.join(dir, "timings.json");
  return {
    env: { ZAITAKU_CACHE_DIR: path.join(dir, "cache"), ZAITAKU_TIMINGS: file },
    timings: () => JSON.parse(readFileSync(file, "utf8")) as BuildTimings,
  };
}

describe("rendering PDFs and OG images while Astro renders the pages", () => {
  it("builds the demo municipality byte for byte as the steps in sequence do", () => {
    const dir = copyContent(path.join(projectRoot, "content"), "overlap");
    const beside = freshRun("beside");
    const first = runBuild(dir, { ...beside.env, ...BESIDE });
    expect(first.status, first.stderr).toBe(0);
    expect(beside.timings().overlapped).toBe(true);
    const site = treeHash(path.join(dir, "dist"));
    const staff = treeHash(path.join(dir, "dist-staff"));

    const after = freshRun("after");
    const second = runBuild(dir, { ...after.env, ...AFTER }, "src/cli/build.ts", ["--force"]);
    expect(second.status, second.stderr).toBe(0);
    expect(after.timings().overlapped).toBe(false);
    // In sequence, the pages were read ahead for the search step while Astro wrote them: the same site still.
    expect(second.stdout).toMatch(/検索用の読みを、ページを作る間に \d+ ページ分先に作りました/);
    expect(treeHash(path.join(dir, "dist"))).toBe(site);
    expect(treeHash(path.join(dir, "dist-staff"))).toBe(staff);
    expect(readdirSync(dir).filter((n) => n.includes("staging"))).toEqual([]);
  }, 300_000);

  it("a rendering failure stops Astro, leaves the previous dist/ untouched and no staging folder behind", () => {
    const dir = copyFixture("minimal");
    // More pages, so that Astro is still at work when the first PDF fails.
    for (let i = 0; i < 40; i++) {
      writeFileSync(
        path.join(dir, "content/pamphlets", `extra-${i}.md`),
        `---\ntitle: 追加のパンフレット ${i}\ndescription: 失敗のテスト用です。\nupdated: 2026-10-01\n---\n\n## 見出し\n\n${"本文です。".repeat(100)}\n`,
      );
    }
    const ok = runBuild(dir, { ...freshRun("ok").env, ...BESIDE });
    expect(ok.status, ok.stderr).toBe(0);
    const before = treeHash(path.join(dir, "dist"));
    const staffBefore = treeHash(path.join(dir, "dist-staff"));

    // The output cache's folder is a file: the first PDF rendered cannot be cached, and the rendering fails.
    const failing = freshRun("failing");
    const notAFolder = path.join(mkdtempSync(path.join(os.tmpdir(), "zaitaku-overlap-file-")), "cache");
    writeFileSync(notAFolder, "not a folder");
    const run = runBuild(dir, { ...failing.env, ZAITAKU_CACHE_DIR: notAFolder, ...BESIDE }, "src/cli/build.ts", ["--force"]);
    expect(run.status).toBe(1);
    expect(failing.timings().overlapped).toBe(true);
    // The rendering's own error, in Japanese, not the stopped Astro child's.
    expect(run.stderr).toContain("ビルドに失敗しました。");
    expect(run.stderr).toContain("フォルダのはずの場所がファイルになっています");
    expect(run.stderr).not.toContain("処理が途中で終わりました");
    expect(run.stdout).not.toContain("[search]");
    expect(treeHash(path.join(dir, "dist"))).toBe(before);
    expect(treeHash(path.join(dir, "dist-staff"))).toBe(staffBefore);
    expect(readdirSync(dir).filter((n) => n.includes("staging") || n.includes(".old-"))).toEqual([]);
  }, 300_000);
});
