/**
 * `npm run build`: checks the content folder (the same checks as `npm run check`), builds the site with Astro into
 * a staging folder, runs the post-Astro steps on it (security headers, verification) and replaces dist/ only when
 * every step succeeded. Bad content, a failed step or an interrupted build (Ctrl+C, SIGTERM, even SIGKILL) leaves
 * the previous dist/ untouched. When nothing that decides the output changed since the last build into the same
 * folder (and that folder was not touched), the build keeps it as it is (see build-fingerprint.ts); `--force`
 * rebuilds.
 *
 * Staff-only outputs (the activity report) go to their own folder, never into the published one (see
 * src/outputs/staff-outputs.ts); it is staged and swapped in the same way.
 *
 * Usage: node src/cli/build.ts [--out DIR] [--staff-out DIR] [--force]     (CONTENT_DIR, SITE_TODAY from the environment;
 *        ZAITAKU_TIMINGS=<file> writes per-phase wall times as JSON for the benchmark)
 */
import path from "node:path";
import type { ContentIssue } from "../lib/content-issue.ts";
import { formatIssueReport, summaryLine } from "../lib/issue-report.ts";
import { siteToday } from "../lib/today.ts";
import { contentDir } from "../loaders/content-dir.ts";
import type { ContentSnapshot } from "../loaders/content-snapshot.ts";
import { defaultStaffOut } from "../outputs/staff-outputs.ts";
import { cleanInterruptedBuilds, createStagingDir, discardStaging, stagingParent, swapIntoPlace } from "./atomic-dir.ts";
import { findUnchangedBuild, fingerprintCacheDir, inputFingerprint, recordBuild } from "./build-fingerprint.ts";
import { acquireBuildLock } from "./build-lock.ts";
import { readArgs } from "./cli-args.ts";
import { describeFailure, fsErrorCode } from "./fs-errors.ts";
import { createLogger } from "./logger.ts";
import { createPhaseTimings } from "./phase-timings.ts";

const BUILD_USAGE = `
使い方: npm run build [-- --out フォルダ] [-- --staff-out フォルダ] [-- --force]
  コンテンツフォルダ（CONTENT_DIR、既定は content/）から、サイトと印刷用 PDF を作ります。
  途中で失敗したときは、前に作ったサイトをそのまま残します。
  --out フォルダ  できたサイトを置くフォルダ（既定: dist）
  --staff-out フォルダ
                  職員用の出力（活動報告のページと PDF）を置くフォルダ（既定: 出力フォルダの隣の
                  「出力フォルダ名-staff」、例: dist-staff）。公開するフォルダには入りません
  --force         前回と入力が同じでも作り直す
  -h, --help      この説明を表示する
`;

const projectRoot = path.resolve(import.meta.dirname, "../..");
const timings = createPhaseTimings();
let skipped = false;

async function main(): Promise<number> {
  const values = readArgs("build", BUILD_USAGE, {
    out: { type: "string", default: "dist" },
    "staff-out": { type: "string" },
    force: { type: "boolean", default: false },
  });
  const outDir = path.resolve(values.out ?? "dist");
  const content = contentDir();
  const log = createLogger("build");
  const started = performance.now();
  const shownOut = path.relative(process.cwd(), outDir) || outDir;
  const staffOut = path.resolve(values["staff-out"] ?? defaultStaffOut(outDir));
  const shownStaffOut = path.relative(process.cwd(), staffOut) || staffOut;
  if (overlaps(outDir, staffOut)) {
    // Inside the published folder the staff files would be published; around it, the swap would replace the site.
    log.error(
      `職員用の出力フォルダ（${shownStaffOut}）は、サイトの出力フォルダ（${shownOut}）の中・外側・同じ場所にはできません。`,
    );
    return 2;
  }

  let today: string;
  try {
    today = siteToday();
  } catch (error) {
    log.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const cacheDir = fingerprintCacheDir(projectRoot);
  const input = timings.measureSync("fingerprint", () =>
    inputFingerprint({ projectRoot, contentDir: content, outDir, staffOut, today, env: process.env }),
  );
  const previous = values.force
    ? undefined
    : timings.measureSync("fingerprint", () =>
        findUnchangedBuild(cacheDir, staffOut, input) ? findUnchangedBuild(cacheDir, outDir, input) : undefined,
      );
  if (previous) {
    if (previous.warnings) console.error(previous.warnings);
    skipped = true;
    log.done(`変更がないため、前回の出力をそのまま使います: ${outDir}（作り直すときは --force を付けてください）`);
    return 0;
  }

  log.step(`コンテンツを確認しています: ${content}`);
  let snapshot: ContentSnapshot | undefined;
  // Imported here, not at the top: an unchanged build stops above without loading the schemas, parsers and checks.
  const issues = await timings.measure("load", async () => {
    // Data files over the size limits stop the build here, streamed with bounded memory, before any whole read.
    const { formatDataFileProgress, scanDataFiles } = await import("../loaders/csv/data-file-limits.ts");
    const oversized = await scanDataFiles(content, { onProgress: (p) => log.step(formatDataFileProgress(p)) });
    if (oversized.length) return oversized.map((issue) => ({ ...issue, rule: "data-file-size" }));
    const { checkContent } = await import("../loaders/check-content.ts");
    const { readContent, shareContentSnapshot } = await import("../loaders/content-snapshot.ts");
    // Read and validated once: the checks, Astro's data collections and every later step take this snapshot.
    snapshot = readContent(content);
    shareContentSnapshot(snapshot);
    const found = checkContent(content, today, [], snapshot);
    if (!found.some((i) => i.severity === "error") && snapshot.site) {
      // What only the printed materials need (glyphs in the print typeface, table widths, image formats).
      const { checkPrintContent } = await import("../outputs/pdf.ts");
      for (const issue of checkPrintContent({ contentDir: content, site: snapshot.site, content: snapshot })) {
        found.push({ ...issue, rule: "print" });
      }
    }
    return found;
  });
  let warnings = reportIssues(issues);
  if (issues.some((i) => i.severity === "error") || !snapshot?.site) {
    log.error(`エラーがあるためビルドを中止しました（${summaryLine(issues)}）。${shownOut} は変更していません。`);
    return 1;
  }

  const release = await acquireBuildLock(projectRoot, () => log.step("別のビルドが終わるのを待っています"));
  let staging: string;
  let staffStaging: string;
  try {
    const parent = stagingParent(outDir, projectRoot);
    for (const message of cleanInterruptedBuilds(outDir, parent)) log.step(message);
    staging = createStagingDir(outDir, parent);
    const staffParent = stagingParent(staffOut, projectRoot);
    for (const message of cleanInterruptedBuilds(staffOut, staffParent)) log.step(message);
    staffStaging = createStagingDir(staffOut, staffParent);
  } catch (error) {
    release();
    log.error(`${describeFailure(error, `出力フォルダ ${shownOut}・${shownStaffOut} の準備`)}。${shownOut} は変更していません。`);
    return 1;
  }
  // Interrupted (Ctrl+C, SIGTERM from a CI timeout or a service manager): remove the half-built staging folder,
  // release the lock and leave dist/ as it was. SIGKILL cannot be caught: the next build cleans up instead.
  const onSignal = (signal: NodeJS.Signals) => {
    discardStaging(staging);
    discardStaging(staffStaging);
    // File writes Astro had already handed to libuv's thread pool may still create folders in the staging folder:
    // block JavaScript (so nothing new is started) while they finish, then remove again.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    discardStaging(staging);
    discardStaging(staffStaging);
    release();
    log.error(`中断されました（${signal}）。${shownOut} は変更していません。`);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    log.step("ページを作っています（Astro）");
    // Astro writes its render chunks beside outDir when outDir is inside the working folder, and those chunks import
    // Astro's own packages, which resolve only from inside the project: build from the project folder (with every
    // path made absolute first), so `--out` may point anywhere.
    process.env["CONTENT_DIR"] = content;
    process.chdir(projectRoot);
    // Imported lazily: validation errors print fast, without loading Astro.
    const { build } = await import("astro");
    await timings.measure("html", () =>
      build({
        root: projectRoot,
        outDir: staging,
        logLevel: process.env["ASTRO_LOG_LEVEL"] === "info" ? "info" : "warn",
        // One content-layer cache per content folder, so builds of different folders never share entries.
        cacheDir: path.join(projectRoot, "node_modules", ".astro-cache", Buffer.from(content).toString("base64url").slice(-40)),
      }),
    );
    // Post-Astro steps write into the staging folder: a failure here still leaves the previous dist/ untouched.
    const { buildPdfs } = await import("../outputs/pdf.ts");
    const { buildOgImages } = await import("../outputs/og-images.ts");
    const { createRenderPool } = await import("../outputs/render-pool.ts");
    const site = snapshot.site;
    const windows = snapshot.windows;
    const pool = createRenderPool();
    try {
      const base = { projectRoot, contentDir: content, outDir: staging, site, content: snapshot, pool };
      const { buildAwarenessPdfs } = await import("../outputs/awareness-pdfs.ts");
      const printed = await timings.measure("pdf", () => buildAwarenessPdfs(base));
      const outputs = { ...base, printed };
      const pdf = await timings.measure("pdf", () => buildPdfs(outputs));
      await timings.measure("og", () => buildOgImages(outputs));
      const layout = reportIssues(pdf.issues);
      if (layout) warnings = warnings ? `${warnings}\n${layout}` : layout;
    } finally {
      await pool.close();
    }
    // Break opportunities in long Japanese names in headings (before the search index and the verification read
    // the pages; the staff pages get them too).
    const { writeHeadingBreaks } = await import("../outputs/heading-breaks.ts");
    writeHeadingBreaks(staging);
    // Staff-only pages and PDFs leave the site before the search index, the headers and the verification see it:
    // what is published (dist/) never holds them, nor a link to them.
    const { separateStaffOutputs } = await import("../outputs/staff-outputs.ts");
    separateStaffOutputs(staging, staffStaging, snapshot.site.site.base);
    // The search index reads the final HTML (after the PDF step has written the PDF sizes into it), with each page's
    // readings added for kana queries (cached by content hash, like the ふりがな).
    const { buildSearchIndex } = await import("../outputs/search-index.ts");
    // ZAITAKU_SEARCH_BATCH_PAGES lowers the pages per Pagefind index (tests reach the cap with a small site).
    const batchPages = Number(process.env["ZAITAKU_SEARCH_BATCH_PAGES"]);
    const batchOptions = Number.isInteger(batchPages) && batchPages > 0 ? { batchPages } : {};
    const { loadSiteReader } = await import("../lib/readings/site-reader.ts");
    const { SiteNouns, withSearchReadings } = await import("../lib/readings/search-readings.ts");
    const { searchTowns, writeQueryReadings } = await import("../outputs/query-readings.ts");
    await timings.measure("search", async () => {
      const reader = await loadSiteReader(projectRoot, content, site.towns);
      const nouns = new SiteNouns();
      const index = await buildSearchIndex(staging, {
        ...batchOptions,
        prepare: (html) => withSearchReadings(html, reader.read, nouns),
      });
      if (index.pages > 0) writeQueryReadings(staging, reader.dictionary, nouns, searchTowns(site, windows));
      return index;
    });
    const { writeSecurityHeaders } = await import("../outputs/security-headers.ts");
    const { verifyBuiltSite } = await import("../outputs/verify-site.ts");
    const config = site;
    writeSecurityHeaders(staging, config, createLogger("headers"));
    // Post-Astro steps go above this line: the verification sees their output too (PDF links, OG images, search).
    const problems = await timings.measure("verify", async () =>
      verifyBuiltSite(staging, { siteUrl: config.site.url, base: config.site.base }, createLogger("verify"), {
        contentDir: content,
        projectRoot,
      }),
    );
    if (problems.length) {
      throw new Error(`できあがったサイトに問題が ${problems.length} 件あります（上の一覧を見てください）`);
    }
    try {
      if (swapIntoPlace(staging, outDir) === "copied") {
        log.step(`出力先 ${shownOut} が別のディスクにあるため、できたサイトをそこへコピーしてから入れ替えました`);
      }
    } catch (error) {
      throw new Error(describeFailure(error, `出力フォルダ ${shownOut} の入れ替え`));
    }
    try {
      if (swapIntoPlace(staffStaging, staffOut) === "copied") {
        log.step(`職員用の出力先 ${shownStaffOut} が別のディスクにあるため、コピーしてから入れ替えました`);
      }
    } catch (error) {
      throw new Error(describeFailure(error, `職員用の出力フォルダ ${shownStaffOut} の入れ替え`));
    }
  } catch (error) {
    discardStaging(staging);
    discardStaging(staffStaging);
    log.error(`ビルドに失敗しました。${shownOut} は変更していません。`);
    log.error(describeFailure(error, "ファイルの読み書き"));
    if (process.env["ZAITAKU_DEBUG"]) console.error(error);
    return 1;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    release();
  }
  try {
    timings.measureSync("fingerprint", () => {
      recordBuild(cacheDir, outDir, input, warnings);
      recordBuild(cacheDir, staffOut, input, warnings);
    });
  } catch (error) {
    // Only the next build's shortcut is lost; the site itself is complete.
    log.step(
      `前回の出力の記録を保存できませんでした（次回は最初から作ります）: ${error instanceof Error ? error.message : error}`,
    );
  }
  log.done(`完成しました: ${outDir}（職員用: ${staffOut}）（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
  return 0;
}

/** Whether one folder is the other or contains it. */
function overlaps(a: string, b: string): boolean {
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);
  return inside(a, b) || inside(b, a);
}

/** Prints the issues grouped by file; returns what was printed (a reused build shows its warnings again). */
function reportIssues(issues: readonly ContentIssue[]): string {
  if (issues.length === 0) return "";
  const text = formatIssueReport(issues);
  console.error(text);
  return text;
}

const status = await main().catch((error: unknown) => {
  // A bug, not a content problem (content problems are reported above, located): one line, the stack only on request.
  createLogger("build").error(
    fsErrorCode(error)
      ? `${describeFailure(error, "ファイルの読み書き")}（dist/ は変更していません）`
      : `内部エラーでビルドを終えられませんでした（dist/ は変更していません。開発担当者に伝えてください）: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (process.env["ZAITAKU_DEBUG"]) console.error(error);
  return 1;
});
timings.write(status, skipped);
process.exitCode = status;
