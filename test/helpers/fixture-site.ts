import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** The project root (where package.json lives). */
export const projectRoot = path.resolve(import.meta.dirname, "../..");

/**
 * Copies a fixture content folder (test/fixtures/sites/<name>) into a fresh temp dir, so a test can break it.
 * @returns the temp dir; the content folder is `<dir>/content`, outputs go to `<dir>/dist`
 */
export function copyFixture(name: string): string {
  return copyContent(path.join(projectRoot, "test/fixtures/sites", name), name);
}

/** Copies any content folder (e.g. the demo municipality's `content/`) into a fresh temp dir as `<dir>/content`. */
export function copyContent(source: string, label = "content"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `zaitaku-${label}-`));
  cpSync(source, path.join(dir, "content"), { recursive: true });
  return dir;
}

/** Rewrites one file of a copied fixture with a function of its text. */
export function editFile(dir: string, file: string, edit: (text: string) => string): void {
  const full = path.join(dir, "content", file);
  writeFileSync(full, edit(readFileSync(full, "utf8")));
}

/** What a build run printed and left. */
export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
}

/**
 * Runs `npm run build`'s script (node src/cli/build.ts) on `<dir>/content` into `<dir>/dist`, as staff would.
 * @param env extra environment (SITE_TODAY defaults to 2026-11-28)
 * @param args extra command-line arguments (e.g. --force)
 */
export function runBuild(
  dir: string,
  env: Record<string, string> = {},
  script = "src/cli/build.ts",
  args: string[] = [],
): BuildRun {
  const outDir = path.join(dir, "dist");
  const result = spawnSync(process.execPath, [script, "--out", outDir, ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: path.join(dir, "content"), SITE_TODAY: "2026-11-28", ...env },
    encoding: "utf8",
    timeout: 240_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outDir };
}

/**
 * Reads a file of a build's output. In HTML, the `<wbr>` break opportunities the build puts into headings
 * (src/outputs/heading-breaks.ts) are left out, so that tests find a heading's text as residents read it; the
 * heading-break tests look at the real markup.
 */
export function readOutput(run: BuildRun, file: string): string {
  const text = readFileSync(path.join(run.outDir, file), "utf8");
  return file.endsWith(".html") ? text.replaceAll("<wbr>", "") : text;
}
