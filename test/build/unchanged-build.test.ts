import { readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildTimings } from "../../src/cli/phase-timings.ts";
import { type BuildRun, copyFixture, editFile, runBuild } from "../helpers/fixture-site.ts";
import { treeHash } from "../helpers/tree-hash.ts";

const SKIPPED = "変更がないため、前回の出力をそのまま使います";

/**
 * A second build of unchanged content keeps the previous output (it would be byte-identical anyway); any change of
 * the content, or of the output folder itself, makes a full build again.
 */
describe("building again", () => {
  let dir: string;
  const timings = (name: string) => path.join(dir, `${name}.json`);
  const read = (name: string) => JSON.parse(readFileSync(timings(name), "utf8")) as BuildTimings;
  let first: BuildRun;
  let firstHash: string;
  let firstMtime: number;
  let unchanged: BuildRun;
  let unchangedHash: string;
  let unchangedMtime: number;
  let edited: BuildRun;
  let editedHash: string;
  let tampered: BuildRun;
  let tamperedHash: string;
  let forced: BuildRun;

  beforeAll(() => {
    dir = copyFixture("minimal");
    first = runBuild(dir, { ZAITAKU_TIMINGS: timings("first") });
    firstHash = treeHash(first.outDir);
    firstMtime = statSync(path.join(first.outDir, "index.html")).mtimeMs;

    unchanged = runBuild(dir, { ZAITAKU_TIMINGS: timings("unchanged") });
    unchangedHash = treeHash(unchanged.outDir);
    unchangedMtime = statSync(path.join(unchanged.outDir, "index.html")).mtimeMs;

    editFile(dir, "pamphlets/first-guide.mdx", (t) => t.replace("## 費用", "## 費用のめやす"));
    edited = runBuild(dir, { ZAITAKU_TIMINGS: timings("edited") });
    editedHash = treeHash(edited.outDir);

    // Someone deletes a file from the published folder: the folder no longer matches what the last build left.
    rmSync(path.join(edited.outDir, "robots.txt"));
    tampered = runBuild(dir, { ZAITAKU_TIMINGS: timings("tampered") });
    tamperedHash = treeHash(tampered.outDir);

    forced = runBuild(dir, { ZAITAKU_TIMINGS: timings("forced") }, "src/cli/build.ts", ["--force"]);
  });

  it("builds the first time and reports each phase's wall and CPU time", () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).not.toContain(SKIPPED);
    const t = read("first");
    expect(t).toMatchObject({ skipped: false, status: 0 });
    expect(Object.keys(t.phases)).toEqual(expect.arrayContaining(["load", "html"]));
    expect(t.phases.html).toBeGreaterThan(0);
    expect(t.cpuMs.html).toBeGreaterThan(0);
    expect(t.maxRssMiB).toBeGreaterThan(0);
  });

  it("keeps the previous output when nothing changed, byte for byte and untouched", () => {
    expect(unchanged.status, unchanged.stderr).toBe(0);
    expect(unchanged.stdout).toContain(SKIPPED);
    expect(read("unchanged")).toMatchObject({ skipped: true, status: 0 });
    expect(read("unchanged").phases.html).toBeUndefined();
    expect(unchangedHash).toBe(firstHash);
    expect(unchangedMtime).toBe(firstMtime);
  });

  it("builds again when the content changed", () => {
    expect(edited.status, edited.stderr).toBe(0);
    expect(edited.stdout).not.toContain(SKIPPED);
    expect(read("edited").skipped).toBe(false);
    expect(editedHash).not.toBe(firstHash);
    // Furigana puts the reading of 費用 between it and the added words: look for the added words themselves.
    expect(readFileSync(path.join(edited.outDir, "pamphlets/first-guide/index.html"), "utf8")).toContain("のめやす");
  });

  it("builds again when the output folder was changed by hand, restoring it", () => {
    expect(tampered.status, tampered.stderr).toBe(0);
    expect(tampered.stdout).not.toContain(SKIPPED);
    expect(tamperedHash).toBe(editedHash);
  });

  it("builds again with --force", () => {
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).not.toContain(SKIPPED);
    expect(read("forced").skipped).toBe(false);
  });
});
