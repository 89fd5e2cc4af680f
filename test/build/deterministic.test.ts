import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyContent, projectRoot, runBuild } from "../helpers/fixture-site.ts";
import { treeHash } from "../helpers/tree-hash.ts";

/**
 * The same content and SITE_TODAY build the same bytes: rebuilding (with a warm cache, replacing the previous
 * dist/) and building a copy of the content from another folder (cold cache) give byte-identical dist/ trees.
 */
describe("deterministic output", () => {
  it("builds the demo municipality byte-identically twice, and from another folder", () => {
    const demo = path.join(projectRoot, "content");
    const first = copyContent(demo, "det-a");
    const firstRun = runBuild(first);
    expect(firstRun.status, firstRun.stderr).toBe(0);
    const hash = treeHash(firstRun.outDir);

    const again = runBuild(first);
    expect(again.status, again.stderr).toBe(0);
    expect(treeHash(again.outDir)).toBe(hash);

    const secondRun = runBuild(copyContent(demo, "det-b"));
    expect(secondRun.status, secondRun.stderr).toBe(0);
    expect(treeHash(secondRun.outDir)).toBe(hash);
  }, 300_000);
});
