import { spawn } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyFixture, editFile, projectRoot, runBuild } from "../helpers/fixture-site.ts";
import { treeHash } from "../helpers/tree-hash.ts";

interface Interrupted {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts `npm run build`'s script and sends `signal` as soon as Astro has started writing into the staging folder
 * (so the interruption hits a half-built site, not an idle process).
 */
function buildAndInterrupt(dir: string, signal: NodeJS.Signals): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["src/cli/build.ts", "--out", path.join(dir, "dist")], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: path.join(dir, "content"), SITE_TODAY: "2026-11-28" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const staging = path.join(dir, `.dist-staging-${child.pid}`);
    const poll = setInterval(() => {
      if (existsSync(staging) && readdirSync(staging).length > 0) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 10);
    child.on("error", reject);
    child.on("exit", (code, sig) => {
      clearInterval(poll);
      resolve({ pid: child.pid ?? 0, code, signal: sig, stdout, stderr });
    });
  });
}

/** Enough pages that writing them takes a while: the interruption lands while Astro is writing. */
function addPamphlets(dir: string, count: number): void {
  for (let i = 0; i < count; i++) {
    writeFileSync(
      path.join(dir, "content/pamphlets", `extra-${i}.md`),
      `---\ntitle: 追加のパンフレット ${i}\ndescription: 中断のテスト用です。\nupdated: 2026-10-01\n---\n\n## 見出し\n\n${"本文です。".repeat(200)}\n`,
    );
  }
}

describe("an interrupted build leaves the previous dist/ byte-identical", () => {
  let dir: string;
  let before: string;
  beforeAll(() => {
    dir = copyFixture("minimal");
    addPamphlets(dir, 80);
    const first = runBuild(dir);
    expect(first.status, first.stderr).toBe(0);
    before = treeHash(path.join(dir, "dist"));
    // A build that ran to the end would now change dist/.
    editFile(dir, "pamphlets/first-guide.mdx", (t) =>
      t.replace("title: はじめての在宅医療", "title: はじめての在宅医療（改訂）"),
    );
  });

  it("SIGTERM: the build removes its staging folder, says so and exits 143", async () => {
    const run = await buildAndInterrupt(dir, "SIGTERM");
    expect(run.code).toBe(143);
    expect(run.stdout).not.toContain("完成しました");
    expect(run.stderr).toContain("中断されました（SIGTERM）");
    expect(treeHash(path.join(dir, "dist"))).toBe(before);
    expect(readdirSync(dir).filter((n) => n.includes("staging"))).toEqual([]);
  }, 240_000);

  it("SIGKILL: dist/ is untouched, and the next build removes the stale staging folder and succeeds", async () => {
    const run = await buildAndInterrupt(dir, "SIGKILL");
    expect(run.signal).toBe("SIGKILL");
    expect(treeHash(path.join(dir, "dist"))).toBe(before);
    // Nothing can clean up after SIGKILL: the half-built staging folder is still there, and the folder the PDFs are
    // rendered into beside it when the rendering had started.
    const left = readdirSync(dir).filter((n) => n.includes("staging"));
    expect(left).toContain(`.dist-staging-${run.pid}`);
    expect(left.filter((n) => n !== `.dist-staging-${run.pid}`)).toEqual(
      left.includes(`.dist-staging-${run.pid}-render`) ? [`.dist-staging-${run.pid}-render`] : [],
    );

    const next = runBuild(dir);
    expect(next.status, next.stderr).toBe(0);
    for (const name of left) expect(next.stdout).toContain(`中断されたビルドの一時フォルダを削除しました: ${name}`);
    expect(readdirSync(dir).filter((n) => n.includes("staging") || n.includes(".old-"))).toEqual([]);
    expect(treeHash(path.join(dir, "dist"))).not.toBe(before);
  }, 240_000);
});
