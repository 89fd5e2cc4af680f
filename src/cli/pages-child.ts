/**
 * The child process of `npm run build` that renders the pages with Astro (src/cli/child-steps.ts). It reads the
 * content folder into its own snapshot (already checked by the checking child), runs Astro's build into the staging
 * folder with the integration's output steps switched off (the parent runs them once this process has exited) and
 * reports its timings.
 *
 * Usage (by the build only): node src/cli/pages-child.ts <staging folder> <Astro cache folder> [--force]
 *   (CONTENT_DIR and SITE_TODAY from the environment; an IPC channel to the parent)
 */
import { build } from "astro";
import { contentDir } from "../loaders/content-dir.ts";
import { readContent, shareContentSnapshot } from "../loaders/content-snapshot.ts";
import { setZaitakuPressRun } from "../outputs/integration.ts";
import { type PagesChildMessage, serveChildStep, startSpent } from "./child-steps.ts";

await serveChildStep<PagesChildMessage>(async () => {
  const [outDir, cacheDir, flag] = process.argv.slice(2);
  if (!outDir || !cacheDir) throw new Error("pages-child.ts <staging folder> <Astro cache folder>");
  const loading = startSpent();
  shareContentSnapshot(readContent(contentDir()));
  const load = loading();
  setZaitakuPressRun({ outputs: false });
  // Astro's build() alone, as the benchmark's bare Astro build is measured (bench/compare/bare-astro-build.ts); this
  // process's start-up and imports are in the build's total and in no phase.
  const rendering = startSpent();
  await build({
    root: process.cwd(),
    outDir,
    logLevel: process.env["ASTRO_LOG_LEVEL"] === "info" ? "info" : "warn",
    cacheDir,
    // Without --force, pages whose cacheKey is unchanged are copied from the last build (src/page-cache-keys.ts).
    force: flag === "--force",
  });
  return { kind: "done", load, html: rendering(), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) };
});
