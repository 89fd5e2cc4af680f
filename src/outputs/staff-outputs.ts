/**
 * Staff-only outputs (the activity report page and its PDF) are built with the site, then moved out of it into their
 * own folder (dist-staff/ by default): whoever publishes dist/ cannot publish them by mistake, whatever `noindex`
 * a crawler may ignore. The staff folder mirrors the site's paths (staff/report/, staff/report.pdf) and carries the
 * stylesheets and scripts its pages use, so it can be opened from a staff-only server under the same base path.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/** The site folders that hold staff-only outputs (site paths without the base path). */
export const STAFF_FOLDERS: readonly string[] = ["staff"];

/** The default staff folder for an output folder: `<out>-staff` beside it (dist → dist-staff). */
export function defaultStaffOut(outDir: string): string {
  const resolved = path.resolve(outDir);
  return path.join(path.dirname(resolved), `${path.basename(resolved)}-staff`);
}

/** What {@link separateStaffOutputs} moved. */
export interface StaffSeparation {
  /** Files moved out of the site, relative to the site folder (e.g. staff/report.pdf). */
  files: string[];
  /** Shared assets (stylesheets, scripts) copied for the staff pages, relative to the site folder. */
  assets: string[];
}

/**
 * Moves the staff folders of a built site (`siteDir`) into `staffDir` (same relative paths) and copies the site's
 * assets their pages reference (`<base>_astro/…`), which stay in the site for residents' pages too.
 * @param siteDir the built site (the build's staging folder)
 * @param staffDir the staff outputs' folder (the staff staging folder); created when missing
 * @param base the site's base path, e.g. "/" or "/zaitaku/"
 */
export function separateStaffOutputs(siteDir: string, staffDir: string, base: string): StaffSeparation {
  mkdirSync(staffDir, { recursive: true });
  const files: string[] = [];
  const html: string[] = [];
  for (const folder of STAFF_FOLDERS) {
    const from = path.join(siteDir, folder);
    if (!existsSync(from)) continue;
    for (const file of listFiles(from)) {
      const relative = path.join(folder, file);
      files.push(relative);
      if (file.endsWith(".html")) html.push(readFileSync(path.join(from, file), "utf8"));
    }
    moveDir(from, path.join(staffDir, folder));
  }
  const prefix = `${base.endsWith("/") ? base : `${base}/`}_astro/`;
  const assets = new Set<string>();
  const reference = new RegExp(`(?:href|src)="${escapeRegExp(prefix)}([^"?#]+)"`, "g");
  for (const text of html) {
    for (const match of text.matchAll(reference)) assets.add(path.join("_astro", match[1] as string));
  }
  for (const asset of assets) {
    const source = path.join(siteDir, asset);
    // Only files inside the site's asset folder: a crafted reference cannot copy anything else.
    if (!source.startsWith(path.join(siteDir, "_astro") + path.sep) || !existsSync(source)) continue;
    mkdirSync(path.dirname(path.join(staffDir, asset)), { recursive: true });
    cpSync(source, path.join(staffDir, asset));
  }
  return { files: files.sort(), assets: [...assets].sort() };
}

/** Files under a folder, relative to it, with "/" separators. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .map((name) => name.split(path.sep).join("/"));
}

/** A rename, or a copy and remove when the two folders are on different file systems (EXDEV). */
function moveDir(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
    rmSync(from, { recursive: true, force: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
