import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  cleanInterruptedBuilds,
  createStagingDir,
  deviceOf,
  PROJECT_STAGING_FOLDER,
  processAlive,
  stagingParent,
} from "../../src/cli/atomic-dir.ts";

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  const pid = Number(child.stdout);
  expect(processAlive(pid)).toBe(false);
  return pid;
}

function folder(dir: string, name: string, marker: string): void {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, "index.html"), marker);
}

describe("cleaning up after killed builds", () => {
  it("removes staging folders of dead builds and keeps those of running builds", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-atomic-"));
    const dead = deadPid();
    folder(dir, "dist", "current");
    folder(dir, `.dist-staging-${dead}`, "half-built");
    folder(dir, `.dist-staging-${dead}-render`, "rendered beside Astro");
    folder(dir, `.dist-staging-${process.pid}`, "being built right now");
    folder(dir, `.dist-staging-${process.pid}-render`, "being rendered right now");
    folder(dir, `.other-staging-${dead}`, "another output folder's");
    const log = cleanInterruptedBuilds(path.join(dir, "dist"));
    expect(readdirSync(dir).sort()).toEqual([
      `.dist-staging-${process.pid}`,
      `.dist-staging-${process.pid}-render`,
      `.other-staging-${dead}`,
      "dist",
    ]);
    expect(log).toEqual([
      `中断されたビルドの一時フォルダを削除しました: .dist-staging-${dead}`,
      `中断されたビルドの一時フォルダを削除しました: .dist-staging-${dead}-render`,
    ]);
    expect(readFileSync(path.join(dir, "dist/index.html"), "utf8")).toBe("current");
  });

  it("puts the previous output back when a swap was killed between its two renames", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-atomic-"));
    const dead = deadPid();
    folder(dir, `dist.old-${dead}`, "previous");
    cleanInterruptedBuilds(path.join(dir, "dist"));
    expect(readFileSync(path.join(dir, "dist/index.html"), "utf8")).toBe("previous");
    expect(existsSync(path.join(dir, `dist.old-${dead}`))).toBe(false);
  });

  it("removes a leftover old output when the new one is in place", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-atomic-"));
    const dead = deadPid();
    folder(dir, "dist", "new");
    folder(dir, `dist.old-${dead}`, "previous");
    cleanInterruptedBuilds(path.join(dir, "dist"));
    expect(readdirSync(dir)).toEqual(["dist"]);
    expect(readFileSync(path.join(dir, "dist/index.html"), "utf8")).toBe("new");
  });

  it("also cleans the staging folder's own parent when it is not next to the output", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-atomic-"));
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), "zaitaku-staging-"));
    const dead = deadPid();
    folder(dir, "dist", "current");
    folder(elsewhere, `.dist-staging-${dead}`, "half-built");
    folder(elsewhere, `.dist-staging-${process.pid}`, "being built right now");
    const log = cleanInterruptedBuilds(path.join(dir, "dist"), elsewhere);
    expect(readdirSync(elsewhere)).toEqual([`.dist-staging-${process.pid}`]);
    expect(log).toEqual([`中断されたビルドの一時フォルダを削除しました: .dist-staging-${dead}`]);
    expect(readdirSync(dir)).toEqual(["dist"]);
  });
});

const SHM = "/dev/shm";
const otherDevice = existsSync(SHM) && deviceOf(SHM) !== deviceOf(os.tmpdir()) ? SHM : undefined;

describe("where the staging folder goes", () => {
  it("next to the output when the output is on the project's device (even where the output does not exist yet)", () => {
    const project = mkdtempSync(path.join(os.tmpdir(), "zaitaku-project-"));
    const out = path.join(os.tmpdir(), "zaitaku-not-yet", "site", "dist");
    expect(stagingParent(out, project)).toBe(path.dirname(out));
    const staging = createStagingDir(out, stagingParent(out, project));
    expect(staging).toBe(path.join(path.dirname(out), `.dist-staging-${process.pid}`));
    // The render folder sits beside it (its files are moved into the staging folder by renames).
    expect(createStagingDir(out, stagingParent(out, project), "render")).toBe(`${staging}-render`);
  });

  it.skipIf(!otherDevice)("inside the project when the output is on another device", () => {
    const project = mkdtempSync(path.join(os.tmpdir(), "zaitaku-project-"));
    const shmDir = mkdtempSync(path.join(SHM, "zaitaku-out-"));
    onTestFinished(() => rmSync(shmDir, { recursive: true, force: true }));
    const out = path.join(shmDir, "dist");
    const parent = stagingParent(out, project);
    expect(parent).toBe(path.join(project, PROJECT_STAGING_FOLDER));
    expect(deviceOf(parent)).toBe(deviceOf(project));
    expect(deviceOf(parent)).not.toBe(deviceOf(out));
  });
});
