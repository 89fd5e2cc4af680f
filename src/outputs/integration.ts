/**
 * The Astro integration that makes the rest of the site once Astro has written its pages: in `astro:build:done` it
 * runs the post-Astro steps (src/outputs/post-build.ts: PDFs, OG images, search index, `_headers`, verification) on
 * the folder Astro just wrote, with the build's one content snapshot. Registered in astro.config.mjs after mdx and
 * sitemap, so the sitemap is written before the verification reads the site.
 *
 * `npm run build` (src/cli/build.ts) hands its run over with {@link setZaitakuPressRun}: the staff staging folder,
 * its phase timings and its warnings report. A plain `astro build` gets the defaults: the staff-only outputs in
 * `<out>-staff` beside the output folder (dist-staff/, emptied first, as Astro empties dist/), warnings printed,
 * nothing timed.
 */
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { formatIssueReport } from "../lib/content/issue-report.ts";
import { contentDir } from "../loaders/content-dir.ts";
import { sharedContentSnapshot } from "../loaders/content-snapshot.ts";
import type { MeasurePhase } from "./post-build.ts";
import { defaultStaffOut } from "./staff-outputs.ts";

/** What a build command decides for one Astro build; each field has a default for a plain `astro build`. */
export interface ZaitakuPressRun {
  /** Where the staff-only outputs go (the command's staff staging folder); default `<out>-staff`, emptied first. */
  staffOut?: string;
  /** Measures the output phases (pdf, og, search, verify); default: not measured. */
  measure?: MeasurePhase;
  /** Called once Astro has written its pages, before the first output step (ends the command's html phase). */
  onPagesWritten?: () => void;
  /** Receives the output steps' warnings; default: printed to stderr, grouped by file. */
  onIssues?: (issues: readonly ContentIssue[]) => void;
  /** `false`: Astro's pages only, no output step (a test helper proving the render-time defences). */
  outputs?: boolean;
}

// Astro may load astro.config.mjs (and this module with it) through its own module graph: a module-level variable
// could be a second copy there. A global symbol is the one place the command and the integration both see (as the
// content snapshot is shared, src/loaders/content-snapshot.ts).
const RUN = Symbol.for("zaitaku-press.integration-run");
type RunSlot = { [RUN]?: ZaitakuPressRun | undefined };

/**
 * Sets what the next Astro build in this process hands the integration; `undefined` returns to the defaults.
 * @param run the command's folders, timings and warnings report
 */
export function setZaitakuPressRun(run: ZaitakuPressRun | undefined): void {
  (globalThis as RunSlot)[RUN] = run;
}

/**
 * The integration (astro.config.mjs: `integrations: [mdx(), sitemap(…), zaitakuPress()]`).
 * @param defaults what a run that sets nothing gets (a run set with {@link setZaitakuPressRun} overrides each field)
 */
export function zaitakuPress(defaults: ZaitakuPressRun = {}): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: "zaitaku-press",
    hooks: {
      "astro:config:done": ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      "astro:build:done": async ({ dir }) => {
        const run = { ...defaults, ...(globalThis as RunSlot)[RUN] };
        run.onPagesWritten?.();
        if (run.outputs === false) return;
        const siteDir = fileURLToPath(dir);
        const content = contentDir();
        // The snapshot the build command read and checked; a plain `astro build` reads the folder here.
        const snapshot = sharedContentSnapshot(content);
        if (!snapshot.site)
          throw new Error("site.yaml にエラーがあるため、PDF や検索の索引を作れません（npm run check で確認してください）");
        const staffDir = run.staffOut ?? defaultStaffOut(siteDir);
        // A plain `astro build` reuses dist-staff/ as Astro reuses dist/: last build's staff files must not stay.
        if (run.staffOut === undefined) rmSync(staffDir, { recursive: true, force: true });
        const { runPostBuildSteps } = await import("./post-build.ts");
        await runPostBuildSteps({
          projectRoot,
          contentDir: content,
          siteDir,
          staffDir,
          content: snapshot,
          site: snapshot.site,
          measure: run.measure ?? ((_phase, step) => step()),
          onIssues: run.onIssues ?? ((issues) => console.error(formatIssueReport(issues))),
        });
      },
    },
  };
}
