import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Prepares a fresh staging folder next to `outDir` (same file system, so the final swap is a rename).
 * @returns the staging folder's absolute path
 */
export function createStagingDir(outDir: string): string {
  const parent = path.dirname(path.resolve(outDir));
  mkdirSync(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(outDir)}-staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  return staging;
}

/**
 * Replaces `outDir` by `staging` with two renames: the previous output stays whole until the new one is complete,
 * and the window where neither exists is a single rename long.
 */
export function swapIntoPlace(staging: string, outDir: string): void {
  const target = path.resolve(outDir);
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}

/** Removes a staging folder after a failed build (the previous output is untouched). */
export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
