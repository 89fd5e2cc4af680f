/**
 * The Astro integration that makes the rest of the site once Astro has written its pages: in `astro:build:done` it
 * runs the post-Astro steps (src/outputs/post-build.ts: PDFs, OG images, search index, `_headers`, verification) on
 * the folder Astro just wrote, with the build's one content snapshot. Registered in astro.config.mjs after mdx and
 * sitemap, so the sitemap is written before the verification reads the site.
 *
 * A plain `astro build` gets the staff-only outputs in `<out>-staff` beside the output folder (dist-staff/, emptied
 * first, as Astro empties dist/) and its warnings printed. `npm run build` (src/cli/build.ts) renders the pages in a
 * child process of its own and switches the steps off there with {@link setZaitakuPressRun}: it runs the same steps
 * itself, the rendering ones (PDFs, OG images) while that child runs when the site is small enough, otherwise once it
 * has exited so that Astro's memory is returned first (src/cli/child-steps.ts, src/cli/overlap.ts).
 */
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { formatIssueReport } from "../lib/content/issue-report.ts";
import { contentDir } from "../loaders/content-dir.ts";
import { sharedContentSnapshot } from "../loaders/content-snapshot.ts";
import { defaultStaffOut } from "./staff-outputs.ts";

/** What a command decides for one Astro build. */
export interface ZaitakuPressRun {
  /** `false`: Astro's pages only, no output step (the build command's page-rendering child, a test helper). */
  outputs?: boolean;
}

// Astro may load astro.config.mjs (and this module with it) through its own module graph: a module-level variable
// could be a second copy there. A global symbol is the one place the command and the integration both see (as the
// content snapshot is shared, src/loaders/content-snapshot.ts).
const RUN = Symbol.for("zaitaku-press.integration-run");
type RunSlot = { [RUN]?: ZaitakuPressRun | undefined };

/**
 * Sets what the next Astro build in this process hands the integration; `undefined` returns to the defaults.
 * @param run whether the output steps run
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
        if (run.outputs === false) return;
        const siteDir = fileURLToPath(dir);
        const content = contentDir();
        // The snapshot this process shared, or a fresh read of the folder.
        const snapshot = sharedContentSnapshot(content);
        if (!snapshot.site)
          throw new Error("site.yaml にエラーがあるため、PDF や検索の索引を作れません（npm run check で確認してください）");
        const staffDir = defaultStaffOut(siteDir);
        // A plain `astro build` reuses dist-staff/ as Astro reuses dist/: last build's staff files must not stay.
        rmSync(staffDir, { recursive: true, force: true });
        const { runPostBuildSteps } = await import("./post-build.ts");
        await runPostBuildSteps({
          projectRoot,
          contentDir: content,
          siteDir,
          staffDir,
          content: snapshot,
          site: snapshot.site,
          measure: (_phase, step) => step(),
          onIssues: (issues) => console.error(formatIssueReport(issues)),
        });
      },
    },
  };
}
