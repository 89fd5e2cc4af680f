/**
 * `npm run build`: checks the content folder (the same checks as `npm run check`), builds the site with Astro into
 * a staging folder, runs the post-Astro steps on it (security headers, verification) and replaces dist/ only when
 * every step succeeded. Bad content, a failed step or an interrupted build (Ctrl+C, SIGTERM, even SIGKILL) leaves
 * the previous dist/ untouched.
 *
 * Usage: node src/cli/build.ts [--out DIR]     (CONTENT_DIR, SITE_TODAY from the environment)
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { formatIssueReport, summaryLine } from "../lib/issue-report.ts";
import { siteToday } from "../lib/today.ts";
import { checkContent } from "../loaders/check-content.ts";
import { contentDir } from "../loaders/content-dir.ts";
import { loadSiteConfig } from "../loaders/site-config.ts";
import { writeSecurityHeaders } from "../outputs/security-headers.ts";
import { verifyBuiltSite } from "../outputs/verify-site.ts";
import { cleanInterruptedBuilds, createStagingDir, discardStaging, swapIntoPlace } from "./atomic-dir.ts";
import { acquireBuildLock } from "./build-lock.ts";
import { createLogger } from "./logger.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: "string", default: "dist" } } });
  const outDir = path.resolve(values.out ?? "dist");
  const content = contentDir();
  const log = createLogger("build");
  const started = performance.now();
  const shownOut = path.relative(process.cwd(), outDir) || outDir;

  let today: string;
  try {
    today = siteToday();
  } catch (error) {
    log.error(error instanceof Error ? error.message : String(error));
    return 1;
  }

  log.step(`コンテンツを確認しています: ${content}`);
  const issues = checkContent(content, today);
  if (issues.length) {
    console.error(formatIssueReport(issues));
  }
  if (issues.some((i) => i.severity === "error")) {
    log.error(`エラーがあるためビルドを中止しました（${summaryLine(issues)}）。${shownOut} は変更していません。`);
    return 1;
  }

  const release = await acquireBuildLock(projectRoot, () => log.step("別のビルドが終わるのを待っています"));
  for (const message of cleanInterruptedBuilds(outDir)) log.step(message);
  const staging = createStagingDir(outDir);
  // Interrupted (Ctrl+C, SIGTERM from a CI timeout or a service manager): remove the half-built staging folder,
  // release the lock and leave dist/ as it was. SIGKILL cannot be caught: the next build cleans up instead.
  const onSignal = (signal: NodeJS.Signals) => {
    discardStaging(staging);
    release();
    log.error(`中断されました（${signal}）。${shownOut} は変更していません。`);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
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
    const config = loadSiteConfig(content);
    writeSecurityHeaders(staging, config, createLogger("headers"));
    // Post-Astro steps (PDF, search index …) go above this line: the verification sees their output too.
    const problems = verifyBuiltSite(staging, { siteUrl: config.site.url, base: config.site.base }, createLogger("verify"));
    if (problems.length) {
      throw new Error(`できあがったサイトに問題が ${problems.length} 件あります（上の一覧を見てください）`);
    }
    swapIntoPlace(staging, outDir);
  } catch (error) {
    discardStaging(staging);
    log.error(`ビルドに失敗しました。${shownOut} は変更していません。`);
    log.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    release();
  }
  log.done(`完成しました: ${outDir}（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
  return 0;
}

process.exitCode = await main();
