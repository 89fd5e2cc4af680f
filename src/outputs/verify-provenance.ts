/**
 * Post-build provenance check: every file in the built site must be traceable to the content folder, the project or
 * one of the generator's own outputs. It backs up the containment rule of src/loaders/content-path.ts: if a path
 * from outside the content folder ever reached Astro anyway, its bytes would land in dist/_astro/ under their own
 * name, and this check stops the build before dist/ is replaced.
 *
 * The rule (cheap: names and a few hashes, no search of the disk):
 * - no symbolic link anywhere in the output;
 * - a file in `_astro/` that is not JavaScript or CSS (a copied or processed image, a font) is named after a file
 *   of the content folder, of `src/` or `public/`, or of a runtime dependency's `dist/images/` (Astro names it
 *   `<stem>.<hash>.<ext>`, processed variants `<stem>.<hash>_<hash>.<ext>`); when it is a plain copy (no variant
 *   suffix) of a content file with that stem and extension, its bytes must equal one of those files;
 * - any other file has a type the generator writes itself (pages, feeds, calendars, open-data CSV, PDFs, OG images,
 *   the search index, `_headers`) or is a byte copy of a file in `public/`.
 */
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isInsideContent } from "../loaders/content-path.ts";
import type { SiteProblem } from "./verify-site.ts";

/** Where the site's inputs are, to trace its files back to them. */
export interface ProvenanceSources {
  /** The content folder. */
  contentDir: string;
  /** The project root (src/, public/, package.json). */
  projectRoot: string;
}

/** Extensions of files the generator writes itself (outside `_astro/`). */
const GENERATED = /\.(html|xml|txt|json|ics|csv|pdf|js|css|pagefind|pf_meta|pf_filter|pf_index|pf_fragment)$/;

/** Files the build writes at the root itself: the security headers and the site icons (src/lib/site-icon.ts). */
const BUILT_AT_ROOT = new Set(["_headers", "favicon.ico", "apple-touch-icon.png"]);

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Every file under `root` (links are not followed out of `root`; links to folders are never descended into). */
function sourceFiles(root: string): string[] {
  const files: string[] = [];
  if (!existsSync(root)) return files;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() || (entry.isSymbolicLink() && isInsideContent(root, full))) files.push(full);
    }
  };
  walk(root);
  return files;
}

/** The part of a file name before its first dot: `house.3i2demks_Z21xmJ2.svg` → `house`. */
const stemOf = (name: string) => name.split(".")[0] ?? name;

/**
 * Checks that every file of a built site is traceable to its sources (see the module comment for the rule).
 * @param dir the output (staging) folder
 * @returns one problem per file that is not
 */
export function verifyProvenance(dir: string, sources: ProvenanceSources): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const content = sourceFiles(sources.contentDir);
  const contentByStem = new Map<string, string[]>();
  for (const file of content) {
    const stem = stemOf(path.basename(file));
    contentByStem.set(stem, [...(contentByStem.get(stem) ?? []), file]);
  }
  const publicFiles = sourceFiles(path.join(sources.projectRoot, "public"));
  const publicHashes = new Set(publicFiles.map((f) => sha(readFileSync(f))));
  const projectStems = new Set(
    [...sourceFiles(path.join(sources.projectRoot, "src")), ...publicFiles, ...dependencyImages(sources.projectRoot)].map((f) =>
      stemOf(path.basename(f)),
    ),
  );
  const untraceable = (page: string) =>
    problems.push({
      page,
      message: "出どころの分からないファイルがあります（コンテンツフォルダの外から入った可能性があります）",
    });

  const walk = (sub: string) => {
    const entries = readdirSync(path.join(dir, sub), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (lstatSync(path.join(dir, rel)).isSymbolicLink()) {
        problems.push({ page: rel, message: "出力にシンボリックリンクがあります（リンク先の中身が公開されてしまいます）" });
      } else if (entry.isDirectory()) {
        walk(rel);
      } else if (rel.startsWith("_astro/") && !/\.(js|css)$/.test(rel)) {
        if (!assetTraceable(path.join(dir, rel), contentByStem, projectStems)) untraceable(rel);
      } else if (!(GENERATED.test(rel) || BUILT_AT_ROOT.has(rel) || (rel.startsWith("og/") && rel.endsWith(".png")))) {
        if (!publicHashes.has(sha(readFileSync(path.join(dir, rel))))) untraceable(rel);
      }
    }
  };
  walk("");
  return problems;
}

/** An `_astro/` asset: named after a source file; a plain copy of a content file must have its bytes. */
function assetTraceable(file: string, contentByStem: ReadonlyMap<string, string[]>, projectStems: ReadonlySet<string>): boolean {
  const name = path.basename(file);
  const stem = stemOf(name);
  const candidates = contentByStem.get(stem);
  if (!candidates) return projectStems.has(stem);
  const ext = path.extname(name);
  const variant = /_[A-Za-z0-9-]+\.[^.]+$/.test(name);
  const sameType = candidates.filter((c) => path.extname(c) === ext);
  if (variant || sameType.length === 0) return true;
  const bytes = sha(readFileSync(file));
  return sameType.some((c) => sha(readFileSync(c)) === bytes) || projectStems.has(stem);
}

/** Images shipped by runtime dependencies (Leaflet's markers and layer icons), which the site's CSS imports. */
function dependencyImages(projectRoot: string): string[] {
  let dependencies: string[] = [];
  try {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    dependencies = Object.keys(pkg.dependencies ?? {});
  } catch {
    return [];
  }
  return dependencies.flatMap((name) => {
    const dir = path.join(projectRoot, "node_modules", name, "dist", "images");
    return existsSync(dir) ? readdirSync(dir).map((f) => path.join(dir, f)) : [];
  });
}
