/**
 * `npm run build`: validates the content folder, builds the site with Astro into a staging folder and replaces
 * dist/ only when every step succeeded. Bad content stops the build with located Japanese messages and leaves the
 * previous dist/ untouched.
 *
 * Usage: node src/cli/build.ts [--out DIR]     (CONTENT_DIR, SITE_TODAY from the environment)
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { type ContentIssue, formatIssues } from "../lib/content-issue.ts";
import { contentDir } from "../loaders/content-dir.ts";
import { loadSiteConfig } from "../loaders/site-config.ts";
import { validateContent } from "../loaders/validate-content.ts";
import { createStagingDir, discardStaging, swapIntoPlace } from "./atomic-dir.ts";
import { acquireBuildLock } from "./build-lock.ts";
import { createLogger } from "./logger.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: "string", default: "dist" } } });
  const outDir = path.resolve(values.out ?? "dist");
  const content = contentDir();
  const log = createLogger("build");
  const started = performance.now();

  log.step(`コンテンツを確認しています: ${content}`);
  const issues = validateContent(content);
  if (!issues.some((i) => i.severity === "error")) {
    // What only the printed materials need (glyphs in the print typeface, table widths, image formats).
    const { checkPrintContent } = await import("../outputs/pdf.ts");
    issues.push(...checkPrintContent({ contentDir: content, site: loadSiteConfig(content) }));
  }
  reportIssues(issues);
  if (issues.some((i) => i.severity === "error")) {
    log.error(`エラーがあるためビルドを中止しました。${path.relative(process.cwd(), outDir) || outDir} は変更していません。`);
    return 1;
  }

  const release = await acquireBuildLock(projectRoot, () => log.step("別のビルドが終わるのを待っています"));
  const staging = createStagingDir(outDir);
  try {
    log.step("ページを作っています（Astro）");
    // Imported lazily: validation errors print fast, without loading Astro.
    const { build } = await import("astro");
    await build({
      root: projectRoot,
      outDir: staging,
      logLevel: process.env["ASTRO_LOG_LEVEL"] === "info" ? "info" : "warn",
      // One content-layer cache per content folder, so builds of different folders never share entries.
      cacheDir: path.join(projectRoot, "node_modules", ".astro-cache", Buffer.from(content).toString("base64url").slice(-40)),
    });
    // Post-Astro steps write into the staging folder: a failure here still leaves the previous dist/ untouched.
    const { buildPdfs } = await import("../outputs/pdf.ts");
    const { buildOgImages } = await import("../outputs/og-images.ts");
    const { createRenderPool } = await import("../outputs/render-pool.ts");
    const pool = createRenderPool();
    try {
      const outputs = { projectRoot, contentDir: content, outDir: staging, site: loadSiteConfig(content), pool };
      const [pdf] = await Promise.all([buildPdfs(outputs), buildOgImages(outputs)]);
      reportIssues(pdf.issues);
    } finally {
      await pool.close();
    }
    swapIntoPlace(staging, outDir);
  } catch (error) {
    discardStaging(staging);
    log.error(`ビルドに失敗しました。${outDir} は変更していません。`);
    log.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    release();
  }
  log.done(`完成しました: ${outDir}（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
  return 0;
}

function reportIssues(issues: ContentIssue[]): void {
  if (issues.length === 0) return;
  const errors = issues.filter((i) => i.severity === "error").length;
  console.error(formatIssues(issues));
  console.error(`\nエラー ${errors} 件、警告 ${issues.length - errors} 件`);
}

process.exitCode = await main();
