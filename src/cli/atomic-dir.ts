import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/** The project's own staging area for outputs on another device (ignored by git with the other `.dist-*` folders). */
export const PROJECT_STAGING_FOLDER = ".dist-staging";

/** The device of a path, or of its nearest existing ancestor when it does not exist yet. */
export function deviceOf(p: string): number {
  let probe = path.resolve(p);
  for (;;) {
    try {
      return statSync(probe).dev;
    } catch {
      const parent = path.dirname(probe);
      if (parent === probe) throw new Error(`no existing ancestor: ${p}`);
      probe = parent;
    }
  }
}

/**
 * Where the build assembles the site before swapping it in. Next to the output when the output is on the project's
 * device, so the swap is a rename. Otherwise (`--out` on another disk or mount) inside the project: Astro builds
 * pages for an output outside the project in the project's `.astro/` folder and moves its assets into the output
 * with a rename, which fails across devices (EXDEV); the finished site is then copied onto the output's device and
 * renamed into place there ({@link swapIntoPlace}).
 * @param outDir the output folder
 * @param projectRoot the project folder (where Astro runs)
 */
export function stagingParent(outDir: string, projectRoot: string): string {
  const beside = path.dirname(path.resolve(outDir));
  return deviceOf(beside) === deviceOf(projectRoot) ? beside : path.join(path.resolve(projectRoot), PROJECT_STAGING_FOLDER);
}

/**
 * Prepares a fresh staging folder `.<out>-staging-<pid>` in {@link stagingParent}, or with `part` "render" the folder
 * `.<out>-staging-<pid>-render` beside it, where the build renders PDFs and images while Astro writes the site's
 * (moved into the site's staging folder by renames, so it must be on the same file system).
 * @returns the staging folder's absolute path
 */
export function createStagingDir(outDir: string, parent: string, part?: "render"): string {
  mkdirSync(path.dirname(path.resolve(outDir)), { recursive: true });
  mkdirSync(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(outDir)}-staging-${process.pid}${part ? `-${part}` : ""}`);
  rmSync(staging, { recursive: true, force: true });
  return staging;
}

/** The file operations the swap uses (replaceable in tests, to inject the failures of real disks). */
export interface SwapFs {
  renameSync: (from: string, to: string) => void;
  cpSync: (from: string, to: string, options: { recursive: true; verbatimSymlinks: true }) => void;
}

const nodeFs: SwapFs = { renameSync, cpSync };

/**
 * Replaces `outDir` by `staging` with two renames: the previous output stays whole until the new one is complete,
 * and the window where neither exists is a single rename long. When the staging folder sits on another file system
 * than the output (EXDEV: `--out` on another disk or mount), it is first copied next to the output, on the output's
 * file system, and that copy is renamed into place, so the swap stays a rename there. A failed swap puts the
 * previous output back.
 * @returns "copied" when the staging folder had to be copied across file systems, else "renamed"
 */
export function swapIntoPlace(staging: string, outDir: string, fs: SwapFs = nodeFs): "renamed" | "copied" {
  const target = path.resolve(outDir);
  const old = `${target}.old-${process.pid}`;
  const hadOutput = existsSync(target);
  if (hadOutput) fs.renameSync(target, old);
  let how: "renamed" | "copied";
  try {
    how = moveDir(staging, target, fs);
  } catch (error) {
    if (hadOutput && !existsSync(target)) fs.renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
  return how;
}

/** Renames a folder; across file systems, copies it beside the destination first and renames the copy. */
function moveDir(from: string, to: string, fs: SwapFs): "renamed" | "copied" {
  try {
    fs.renameSync(from, to);
    return "renamed";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
  }
  const incoming = path.join(path.dirname(to), `.${path.basename(to)}-staging-${process.pid}-copy`);
  rmSync(incoming, { recursive: true, force: true });
  try {
    fs.cpSync(from, incoming, { recursive: true, verbatimSymlinks: true });
    fs.renameSync(incoming, to);
  } catch (error) {
    rmSync(incoming, { recursive: true, force: true });
    throw error;
  }
  rmSync(from, { recursive: true, force: true });
  return "copied";
}

/** Removes a staging folder after a failed build (the previous output is untouched). */
export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Cleans up after builds that were killed (SIGKILL, power loss) and could not clean up themselves:
 * - staging folders `.<out>-staging-<pid>` (and `…-render`) of processes that no longer exist are removed (next to the output and in
 *   the staging folder's parent, {@link stagingParent});
 * - a swap interrupted between its two renames left `<out>` missing and `<out>.old-<pid>` whole: it is put back;
 *   other `<out>.old-<pid>` folders of dead processes are removed.
 * Folders of builds still running are left alone. Call it while holding the build lock.
 * @returns what was done, in Japanese, for the build log
 */
export function cleanInterruptedBuilds(outDir: string, stagingDir: string = path.dirname(path.resolve(outDir))): string[] {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const name = path.basename(target);
  const done: string[] = [];
  const staging = new RegExp(`^\\.${escapeRegExp(name)}-staging-(\\d+)(?:-copy|-render)?$`);
  const removeDeadStaging = (dir: string, entry: string) => {
    const s = staging.exec(entry);
    if (s && !processAlive(Number(s[1]))) {
      rmSync(path.join(dir, entry), { recursive: true, force: true });
      done.push(`中断されたビルドの一時フォルダを削除しました: ${entry}`);
    }
  };
  const elsewhere = path.resolve(stagingDir);
  if (elsewhere !== parent && existsSync(elsewhere)) {
    for (const entry of readdirSync(elsewhere).sort()) removeDeadStaging(elsewhere, entry);
  }
  if (!existsSync(parent)) return done;
  const old = new RegExp(`^${escapeRegExp(name)}\\.old-(\\d+)$`);
  const olds: string[] = [];
  for (const entry of readdirSync(parent).sort()) {
    removeDeadStaging(parent, entry);
    const o = old.exec(entry);
    if (o && !processAlive(Number(o[1]))) olds.push(entry);
  }
  for (const entry of olds) {
    if (!existsSync(target)) {
      renameSync(path.join(parent, entry), target);
      done.push(`入れ替えの途中で中断されたため、前回の出力を ${name} に戻しました（${entry}）`);
    } else {
      rmSync(path.join(parent, entry), { recursive: true, force: true });
      done.push(`中断されたビルドの古い出力を削除しました: ${entry}`);
    }
  }
  return done;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
