import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSite } from "../../bench/synthetic/generate.ts";
import { projectRoot } from "../helpers/fixture-site.ts";
import { treeHash } from "../helpers/tree-hash.ts";

/**
 * Astro's incremental build (src/page-cache-keys.ts): after an edit, pages whose data did not change are copied from
 * the last build instead of rendered. The result must be exactly what a full build (`--force`, every page rendered)
 * makes of the same content, byte for byte, in the published and the staff folder — for an edit to one pamphlet,
 * one CSV event row and one window, and for the next day (SITE_TODAY), which must render every page that shows
 * something depending on the date. After a site-wide change (site.yaml) no page may be reused.
 */
interface Run {
  status: number | null;
  log: string;
  /** Site paths Astro copied from its cache instead of rendering. */
  restored: string[];
  /** Site paths Astro rendered. */
  rendered: string[];
}

let dir: string;
const content = () => path.join(dir, "content");
const out = (name: string) => path.join(dir, name);

function build(outName: string, args: string[] = [], today = "2026-11-28"): Run {
  const result = spawnSync(process.execPath, ["src/cli/build.ts", "--out", out(outName), ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: content(), SITE_TODAY: today, ASTRO_LOG_LEVEL: "info" },
    encoding: "utf8",
    timeout: 240_000,
  });
  // Astro colours its log when the environment asks for it (FORCE_COLOR, as under CI): read it without the colours.
  const log = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  // Astro lists each page it writes: "├─ /events/x/index.html (+3ms)", or "(restored)" when copied from its cache.
  const pages = [...log.matchAll(/[├└]─ (\/\S+) (\(restored\)|\(\+[\d.]+m?s\))/g)];
  return {
    status: result.status,
    log,
    restored: pages.filter((m) => m[2] === "(restored)").map((m) => m[1] ?? ""),
    rendered: pages.filter((m) => m[2] !== "(restored)").map((m) => m[1] ?? ""),
  };
}

function edit(file: string, change: (text: string) => string): void {
  const full = path.join(content(), file);
  const before = readFileSync(full, "utf8");
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(full, after);
}

/** The last data row's event name (5th column of the national event list) gets a suffix. */
function renameLastRow(text: string): string {
  const lines = text.split(/(?<=\n)/);
  const last = lines.findLastIndex((line) => line.trim() !== "");
  const fields = (lines[last] ?? "").split(",");
  fields[4] = `${fields[4]}（会場変更）`;
  lines[last] = fields.join(",");
  return lines.join("");
}

let first: Run;
let edited: Run;
let editedFull: Run;
let nextDay: Run;
let nextDayFull: Run;
let siteWide: Run;
let pamphlet: string;
let window: string;
/** treeHash of the incremental and the full build's site and staff folders, after the edit and the site-wide change. */
const hashes: Record<"edited" | "nextDay", { site: string[]; full: string[] }> = {
  edited: { site: [], full: [] },
  nextDay: { site: [], full: [] },
};
const hashBoth = (name: string) => [treeHash(out(name)), treeHash(`${out(name)}-staff`)];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-incremental-"));
  generateSite(content(), "XS", "incremental-build");
  first = build("site");

  pamphlet = readdirSync(path.join(content(), "pamphlets")).sort()[0] ?? "";
  edit(`pamphlets/${pamphlet}`, (t) => t.replace(/^## (.+)$/m, "## $1（改訂）"));
  const csv = readdirSync(path.join(content(), "events"))
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .at(-1);
  edit(`events/${csv}`, renameLastRow);
  window = readdirSync(path.join(content(), "windows")).sort()[0] ?? "";
  edit(`windows/${window}`, (t) => t.replace(/^phone: .+$/m, "phone: 03-0000-3999"));
  edited = build("site");
  editedFull = build("full", ["--force"]);
  hashes.edited = { site: hashBoth("site"), full: hashBoth("full") };

  nextDay = build("site", [], "2026-11-29");
  nextDayFull = build("full", ["--force"], "2026-11-29");
  hashes.nextDay = { site: hashBoth("site"), full: hashBoth("full") };

  edit("site.yaml", (t) => t.replace(/^(\s+title: .+)$/m, "$1（改）"));
  siteWide = build("site", [], "2026-11-29");
}, 900_000);

describe("incremental build", () => {
  it("builds every time", () => {
    for (const run of [first, edited, editedFull, nextDay, nextDayFull, siteWide]) expect(run.status, run.log).toBe(0);
    expect(first.rendered.length).toBeGreaterThan(50);
    expect(first.restored).toEqual([]);
  });

  it("after an edit, renders the edited pages and copies the rest", () => {
    const slug = pamphlet.replace(/\.mdx$/, "");
    expect(edited.rendered).toContain(`/pamphlets/${slug}/index.html`);
    expect(edited.rendered).toContain(`/windows/${window.replace(/\.yaml$/, "")}/index.html`);
    expect(edited.restored).not.toContain(`/pamphlets/${slug}/index.html`);
    // Most pages are copied: event and resource pages did not change, only one of each kind did.
    expect(edited.restored.length).toBeGreaterThan(edited.rendered.length);
    expect(edited.restored.some((p) => p.startsWith("/resources/"))).toBe(true);
    // The renamed event row: its page is rendered again, with the new name.
    const eventPages = edited.rendered.filter((p) => /^\/events\/[^/]+\/index\.html$/.test(p) && p !== "/events/index.html");
    expect(eventPages.length).toBeGreaterThan(0);
    expect(eventPages.some((p) => /<title>[^<]*（会場変更）/.test(readFileSync(path.join(out("full"), p), "utf8")))).toBe(true);
    expect(editedFull.restored).toEqual([]);
  });

  it("makes the same site as a full build after an edit, byte for byte", () => {
    expect(hashes.edited.site).toEqual(hashes.edited.full);
  });

  it("on the next day, renders the pages that depend on the date and matches a full build", () => {
    expect(nextDay.rendered.some((p) => /^\/events\/[^/]+\/index\.html$/.test(p))).toBe(true);
    expect(nextDay.rendered.some((p) => p.startsWith("/windows/"))).toBe(true);
    expect(nextDay.restored.some((p) => p.startsWith("/resources/"))).toBe(true);
    expect(nextDay.restored.some((p) => p.startsWith("/pamphlets/"))).toBe(true);
    expect(nextDay.restored.some((p) => p.startsWith("/events/"))).toBe(false);
    expect(hashes.nextDay.site).toEqual(hashes.nextDay.full);
  });

  it("renders every page again after a site-wide change", () => {
    expect(siteWide.restored).toEqual([]);
    expect(siteWide.rendered.length).toBe(nextDay.rendered.length + nextDay.restored.length);
  });
});
