/**
 * A content-addressed cache for generated files (PDFs, OG images) in node_modules/.cache/zaitaku-press/: the key is a
 * hash of everything the output depends on (the document's data, image bytes, fonts, the generator's own code and
 * library versions), so an unchanged page is not rendered again and any change renders it afresh.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** Libraries whose version changes the bytes of generated files (or a cached result made from pages). */
const RENDERING_PACKAGES = [
  "satori",
  "@myriaddreamin/typst-ts-node-compiler",
  "fontkit",
  "qrcode",
  "@resvg/resvg-js",
  "@expo-google-fonts/biz-udpgothic",
  // The HTML parser of the search readings, whose per-page results are cached.
  "parse5",
];

/** Entries unused for this long are removed. */
export const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The folder of every cache: node_modules/.cache/zaitaku-press/, or ZAITAKU_CACHE_DIR (tests and benchmarks use a
 * fresh one).
 */
export function cacheRoot(projectRoot: string): string {
  return process.env["ZAITAKU_CACHE_DIR"] ?? path.join(projectRoot, "node_modules", ".cache", "zaitaku-press");
}

/** Whether ZAITAKU_NO_CACHE=1 turns every cache off (nothing stored is found again). */
export function cachesTurnedOff(): boolean {
  return process.env["ZAITAKU_NO_CACHE"] === "1";
}

/** Hash (sha256, hex) of strings and buffers, each length-prefixed so that ("ab","c") ≠ ("a","bc"). */
export function hashParts(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}

let fingerprint: string | undefined;

/**
 * Fingerprint of the generator itself: the source of src/outputs/ and src/lib/ and the versions of the rendering
 * libraries. Editing a template or upgrading satori invalidates every cached file.
 */
export function generatorFingerprint(projectRoot: string): string {
  if (fingerprint) return fingerprint;
  const parts: string[] = [];
  for (const dir of ["src/outputs", "src/lib"]) {
    for (const file of listFiles(path.join(projectRoot, dir))) {
      parts.push(path.relative(projectRoot, file), readFileSync(file, "utf8"));
    }
  }
  for (const name of RENDERING_PACKAGES) {
    let version = "missing";
    try {
      version = (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      // Packages without an exported package.json are read from node_modules directly.
      const file = path.join(projectRoot, "node_modules", name, "package.json");
      if (existsSync(file)) version = (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    }
    parts.push(name, version);
  }
  fingerprint = hashParts(parts);
  return fingerprint;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    });
}

/** One kind of cached output (pdf, og). */
export interface OutputCache {
  /** The cached bytes and metadata for a key, or undefined. */
  read<Meta>(key: string): { data: Buffer; meta: Meta } | undefined;
  /** Stores bytes and metadata under a key. */
  write(key: string, data: Uint8Array, meta: unknown): void;
  /** Removes entries unused for 30 days. */
  prune(): void;
}

/**
 * Opens the cache of one kind of output. ZAITAKU_CACHE_DIR overrides the location (tests use a temp dir);
 * ZAITAKU_NO_CACHE=1 turns it off.
 */
export function openOutputCache(projectRoot: string, kind: string): OutputCache {
  const dir = path.join(cacheRoot(projectRoot), kind);
  const disabled = cachesTurnedOff();
  const file = (key: string, ext: string) => path.join(dir, `${key}.${ext}`);
  return {
    read<Meta>(key: string) {
      if (disabled) return undefined;
      try {
        const data = readFileSync(file(key, "bin"));
        const meta = JSON.parse(readFileSync(file(key, "json"), "utf8")) as Meta;
        const now = new Date();
        utimesSync(file(key, "bin"), now, now);
        return { data, meta };
      } catch {
        return undefined;
      }
    },
    write(key, data, meta) {
      if (disabled) return;
      mkdirSync(dir, { recursive: true });
      // Write beside, then rename: a parallel build never reads half a file.
      const tmp = `${file(key, "tmp")}-${process.pid}`;
      writeFileSync(`${tmp}.json`, JSON.stringify(meta));
      writeFileSync(`${tmp}.bin`, data);
      renameSync(`${tmp}.json`, file(key, "json"));
      renameSync(`${tmp}.bin`, file(key, "bin"));
    },
    prune() {
      if (disabled || !existsSync(dir)) return;
      const now = Date.now();
      for (const name of readdirSync(dir)) {
        if (!name.endsWith(".bin")) continue;
        const full = path.join(dir, name);
        if (now - statSync(full).mtimeMs > MAX_AGE_MS) {
          rmSync(full, { force: true });
          rmSync(full.replace(/\.bin$/, ".json"), { force: true });
        }
      }
    },
  };
}
