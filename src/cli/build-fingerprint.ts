import { createHash, type Hash } from "node:crypto";
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { isInsideContent } from "../loaders/content-path.ts";

/**
 * Unchanged builds are skipped: the build's inputs (content folder, generator source, dependencies, "today", the
 * settings that change output) and the output folder it left are fingerprinted after each successful build. When the
 * next build's inputs hash the same and the output folder still hashes to what that build left, the output is
 * already exactly what a new build would write (builds are reproducible), so it is kept as it is.
 *
 * Records live in `node_modules/.cache/zaitaku-press/` (one small JSON per output folder), never in the output.
 */

/** Project files and folders whose bytes decide the output (besides the content folder). */
const PROJECT_INPUTS = ["src", "public", "astro.config.mjs", "package.json", "package-lock.json", "tsconfig.json"];

/** Environment variables that only steer reporting, never the output. */
const REPORTING_ENV = new Set(["ZAITAKU_TIMINGS"]);

/** What decides a build's output, apart from files. */
export interface FingerprintInputs {
  projectRoot: string;
  contentDir: string;
  outDir: string;
  /** Where the staff-only outputs go (src/outputs/staff-outputs.ts): another folder is another output. */
  staffOut?: string;
  /** "Today" as the build resolves it (SITE_TODAY or the date in Japan): pages depend on it. */
  today: string;
  /** The environment: SITE_*, ZAITAKU_* (except reporting ones) and NODE_ENV are part of the fingerprint. */
  env: Record<string, string | undefined>;
}

/** What is remembered about the last successful build into one output folder. */
export interface BuildRecord {
  outDir: string;
  input: string;
  output: string;
  /** The content warnings that build printed, shown again when it is reused. */
  warnings: string;
}

/**
 * Hashes everything that decides the output: file paths and bytes of the content folder and the project's inputs,
 * the Node.js version, "today", the output folder's path and the environment variables that matter.
 */
export function inputFingerprint(inputs: FingerprintInputs): string {
  const hash = createHash("sha256");
  const field = (name: string, value: string) => hash.update(name).update("\0").update(value).update("\0");
  field("version", "1");
  field("node", process.version);
  field("today", inputs.today);
  field("content", path.resolve(inputs.contentDir));
  field("out", path.resolve(inputs.outDir));
  if (inputs.staffOut) field("staff-out", path.resolve(inputs.staffOut));
  for (const name of Object.keys(inputs.env).sort()) {
    if (!/^(SITE_|ZAITAKU_)/.test(name) && name !== "NODE_ENV") continue;
    if (REPORTING_ENV.has(name)) continue;
    field(`env:${name}`, inputs.env[name] ?? "");
  }
  hashTree(hash, inputs.contentDir, "content:");
  for (const entry of PROJECT_INPUTS) hashTree(hash, path.join(inputs.projectRoot, entry), `project:${entry}`);
  return hash.digest("hex");
}

/** Hashes every file's relative path and bytes under `dir` (a single file is hashed as itself). */
export function outputFingerprint(dir: string): string {
  const hash = createHash("sha256");
  hashTree(hash, dir, "");
  return hash.digest("hex");
}

function hashTree(hash: Hash, root: string, label: string): void {
  if (!existsSync(root)) {
    hash.update(`${label}\0absent\0`);
    return;
  }
  const walk = (absolute: string, rel: string) => {
    const link = rel !== "" && lstatSync(absolute).isSymbolicLink();
    // A symbolic link is hashed by what it says, not followed, unless it is a file inside the tree: a link to /etc
    // must neither be walked (slow, unreadable files) nor read (its bytes must not decide anything). The content
    // check refuses such links afterwards, located.
    if (link && (!isInsideContent(root, absolute) || !statSync(absolute).isFile())) {
      hash.update(`${label}${rel}\0link\0${readlinkSync(absolute)}\0`);
      return;
    }
    if (!link && statSync(absolute).isDirectory()) {
      hash.update(`${label}${rel}/\0`);
      for (const name of readdirSync(absolute).sort()) walk(path.join(absolute, name), rel ? `${rel}/${name}` : name);
    } else {
      hash.update(`${label}${rel}\0${statSync(absolute).size}\0`);
      hashFileBytes(hash, absolute);
    }
  };
  walk(root, "");
}

/**
 * The read buffer of {@link hashFileBytes}, shared by every file: a fresh megabyte per file cost a prefecture-sized
 * output (81,000 files) about 90 s of allocation and clean-up, the hashing itself 8 s (docs/performance.md).
 * Only the bytes read into it are hashed, so what an earlier file left behind never counts.
 */
let chunk: Buffer | undefined;

/** Feeds a file's bytes to the hash a megabyte at a time, so a very large data file is never held whole. */
function hashFileBytes(hash: Hash, file: string): void {
  chunk ??= Buffer.allocUnsafe(1024 * 1024);
  const buffer = chunk;
  const fd = openSync(file, "r");
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** Where the record of builds into `outDir` is kept. */
function recordFile(cacheDir: string, outDir: string): string {
  return path.join(cacheDir, `${createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 24)}.json`);
}

/** The default cache folder for a project checkout. */
export function fingerprintCacheDir(projectRoot: string): string {
  return path.join(projectRoot, "node_modules", ".cache", "zaitaku-press");
}

/**
 * Finds the record of the last build into `outDir` if its inputs were `input` and the folder is unchanged since.
 * @returns the record when the previous output can be kept, otherwise undefined
 */
export function findUnchangedBuild(cacheDir: string, outDir: string, input: string): BuildRecord | undefined {
  let record: BuildRecord;
  try {
    record = JSON.parse(readFileSync(recordFile(cacheDir, outDir), "utf8")) as BuildRecord;
  } catch {
    return undefined;
  }
  if (record.input !== input || record.outDir !== path.resolve(outDir) || !existsSync(outDir)) return undefined;
  return outputFingerprint(outDir) === record.output ? record : undefined;
}

/**
 * Remembers a successful build (written atomically), and forgets builds whose output folder no longer exists
 * (temporary folders of tests and benchmarks), so the cache stays small.
 */
export function recordBuild(cacheDir: string, outDir: string, input: string, warnings: string): void {
  mkdirSync(cacheDir, { recursive: true });
  pruneRecords(cacheDir);
  const record: BuildRecord = { outDir: path.resolve(outDir), input, output: outputFingerprint(outDir), warnings };
  const file = recordFile(cacheDir, outDir);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(record)}\n`);
  renameSync(temporary, file);
}

/** Forgets the last build into `outDir` (after a failed build the folder is unchanged, but be conservative). */
export function forgetBuild(cacheDir: string, outDir: string): void {
  rmSync(recordFile(cacheDir, outDir), { force: true });
}

function pruneRecords(cacheDir: string): void {
  for (const name of readdirSync(cacheDir)) {
    if (!name.endsWith(".json")) continue;
    try {
      const record = JSON.parse(readFileSync(path.join(cacheDir, name), "utf8")) as BuildRecord;
      if (!existsSync(record.outDir)) rmSync(path.join(cacheDir, name), { force: true });
    } catch {
      rmSync(path.join(cacheDir, name), { force: true });
    }
  }
}
