import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { deviceOf, PROJECT_STAGING_FOLDER } from "../../src/cli/atomic-dir.ts";
import { copyFixture, projectRoot, runBuild } from "../helpers/fixture-site.ts";
import { treeHash } from "../helpers/tree-hash.ts";

/**
 * `--out` on another file system: /dev/shm is a tmpfs, another device than the temp folder and the project
 * (checked here, as `stat -c %d` would). Astro moves its assets into an output outside the project with a rename, so
 * the build assembles the site inside the project and the swap copies it onto the output's device and renames it
 * there (EXDEV fallback of atomic-dir.ts). The output must be complete, a fresh build and a rebuild over a previous
 * output alike, and no staging folder or copy may be left on either device. "Complete" is checked against a build of
 * the same content on one device: builds are byte-reproducible (deterministic.test.ts).
 */
const SHM = "/dev/shm";
const secondDevice =
  existsSync(SHM) && deviceOf(SHM) !== deviceOf(os.tmpdir()) && deviceOf(SHM) !== deviceOf(projectRoot) ? SHM : undefined;

/** Every entry of a folder, so a leftover `.site-staging-…`, `…-copy` or `site.old-…` shows up. */
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe.skipIf(!secondDevice)("build with --out on another file system (/dev/shm)", () => {
  it("writes the same complete site through the copy-then-rename swap, fresh and over a previous output, leaving nothing behind", () => {
    const dir = copyFixture("minimal");
    const reference = runBuild(dir);
    expect(reference.status, reference.stderr).toBe(0);
    const expected = treeHash(reference.outDir);

    const shmDir = mkdtempSync(path.join(SHM, "zaitaku-out-"));
    onTestFinished(() => rmSync(shmDir, { recursive: true, force: true }));
    const out = path.join(shmDir, "site");
    const projectStaging = path.join(projectRoot, PROJECT_STAGING_FOLDER);
    for (const args of [
      ["--out", out],
      ["--out", out, "--force"],
    ]) {
      const run = runBuild(dir, {}, "src/cli/build.ts", args);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain("別のディスクにあるため、できたサイトをそこへコピーしてから入れ替えました");
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/EXDEV|cross-device/);
      expect(treeHash(out)).toBe(expected);
      // The staff-only outputs beside it (site-staff), swapped in the same way: no staging or old folder left.
      expect(entries(shmDir)).toEqual(["site", "site-staff"]);
      expect(entries(path.join(shmDir, "site-staff"))).toContain("staff");
      expect(entries(projectStaging).filter((e) => /^\.site(-staff)?-staging-/.test(e))).toEqual([]);
    }
  }, 400_000);
});
