/**
 * `npm run build`: checks the content folder (the same checks as `npm run check`) and renders the pages with Astro
 * into a staging folder, each in a child process of its own (src/cli/child-steps.ts), runs the output steps on it
 * (src/outputs/post-build.ts) and replaces dist/ only when every step succeeded. A site small enough renders its PDFs
 * and OG images in this process while Astro runs, into a second staging folder moved into the first afterwards
 * (src/cli/overlap.ts); a larger one renders them after Astro, and reads its pages ahead for the search step while
 * Astro writes them (src/outputs/search-preread.ts). Bad content, a failed step or an
 * interrupted build (Ctrl+C, SIGTERM, even SIGKILL) leaves the previous dist/ untouched. When nothing that decides the output changed since the last build into the same
 * folder (and that folder was not touched), the build keeps it as it is (see build-fingerprint.ts); when something
 * changed, Astro copies the pages whose data did not change from its cache (src/page-cache-keys.ts); `--force`
 * rebuilds everything.
 *
 * Staff-only outputs (the activity report) go to their own folder, never into the published one (see
 * src/outputs/staff-outputs.ts); it is staged and swapped in the same way.
 *
 * Usage: node src/cli/build.ts [--out DIR] [--staff-out DIR] [--force]     (CONTENT_DIR, SITE_TODAY from the environment;
 *        ZAITAKU_TIMINGS=<file> writes per-phase wall times as JSON for the benchmark)
 */
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { formatIssueReport } from "../lib/content/issue-report.ts";
import { createLogger } from "../lib/content/logger.ts";
import { siteToday } from "../lib/dates/today.ts";
import { contentDir } from "../loaders/content-dir.ts";
import type { ContentSnapshot } from "../loaders/content-snapshot.ts";
import type { PostBuildOptions } from "../outputs/post-build.ts";
import { defaultStaffOut } from "../outputs/staff-outputs.ts";
import { cleanInterruptedBuilds, createStagingDir, discardStaging, stagingParent, swapIntoPlace } from "./atomic-dir.ts";
import { findUnchangedBuild, fingerprintCacheDir, inputFingerprint, recordBuild } from "./build-fingerprint.ts";
import { acquireBuildLock } from "./build-lock.ts";
import type { CheckChildMessage, PagesChildMessage } from "./child-steps.ts";
import { readArgs } from "./cli-args.ts";
import { describeFailure, fsErrorCode } from "./fs-errors.ts";
import { renderBesideAstro, rendersBesideAstro } from "./overlap.ts";
import { createPhaseTimings } from "./phase-timings.ts";

const BUILD_USAGE = `
使い方: npm run build [-- --out フォルダ] [-- --staff-out フォルダ] [-- --force]
  コンテンツフォルダ（CONTENT_DIR、既定は content/）から、サイトと印刷用 PDF を作ります。
  途中で失敗したときは、前に作ったサイトをそのまま残します。
  --out フォルダ  できたサイトを置くフォルダ（既定: dist）
  --staff-out フォルダ
                  職員用の出力（活動報告のページと PDF）を置くフォルダ（既定: 出力フォルダの隣の
                  「出力フォルダ名-staff」、例: dist-staff）。公開するフォルダには入りません
  --force         前回と入力が同じでも作り直す（前回のページを使わず、すべてのページを作り直す）
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
  process.env["CONTENT_DIR"] = content;
  // Checked in a child process of its own (src/cli/child-steps.ts), which prints what it finds.
  const { runChildStep } = await import("./child-steps.ts");
  const checked = await runChildStep<CheckChildMessage>("check-child.ts", [], { cwd: process.cwd() });
  timings.record("load", checked.load);
  let warnings = checked.report;
  if (checked.refused) {
    log.error(`エラーがあるためビルドを中止しました（${checked.refused}）。${shownOut} は変更していません。`);
    return 1;
  }

  const release = await acquireBuildLock(projectRoot, () => log.step("別のビルドが終わるのを待っています"));
  let staging: string;
  let renderStaging: string;
  let staffStaging: string;
  try {
    const parent = stagingParent(outDir, projectRoot);
    for (const message of cleanInterruptedBuilds(outDir, parent)) log.step(message);
    staging = createStagingDir(outDir, parent);
    renderStaging = createStagingDir(outDir, parent, "render");
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
  let running: ChildProcess | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    // The page-rendering child must stop writing before the staging folder is removed.
    running?.kill("SIGKILL");
    const discardAll = () => {
      discardStaging(staging);
      discardStaging(renderStaging);
      discardStaging(staffStaging);
    };
    discardAll();
    // File writes Astro had already handed to libuv's thread pool may still create folders in the staging folder:
    // block JavaScript (so nothing new is started) while they finish, then remove again. (The render workers write
    // nothing: this process writes what they render, and it stops here.)
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    discardAll();
    release();
    log.error(`中断されました（${signal}）。${shownOut} は変更していません。`);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    // Astro builds from the project folder (its render chunks import Astro's own packages, which resolve only from
    // inside the project), so `--out` may point anywhere; every path is absolute by now.
    process.chdir(projectRoot);
    const renderPages = async () => {
      const pages = await runChildStep<PagesChildMessage>(
        "pages-child.ts",
        // One content-layer and page cache per content folder, so builds of different folders never share entries.
        [
          staging,
          path.join(projectRoot, "node_modules", ".astro-cache", Buffer.from(content).toString("base64url").slice(-40)),
          ...(values.force ? ["--force"] : []),
        ],
        { cwd: projectRoot, onStart: (child) => (running = child) },
      );
      running = undefined;
      timings.record("load", pages.load);
      timings.record("html", pages.html);
      timings.noteChildMaxRss(pages.maxRssMiB);
    };
    const outputs = (snapshot: ContentSnapshot): PostBuildOptions => {
      if (!snapshot.site) throw new Error("site.yaml が読めなくなりました（ビルドの途中で変更されましたか）");
      return {
        projectRoot,
        contentDir: content,
        siteDir: staging,
        staffDir: staffStaging,
        content: snapshot,
        site: snapshot.site,
        measure: (phase, step) => timings.measure(phase, step),
        onIssues: (found) => {
          const layout = reportIssues(found);
          if (layout) warnings = warnings ? `${warnings}\n${layout}` : layout;
        },
      };
    };
    const { readContent } = await import("../loaders/content-snapshot.ts");
    if (rendersBesideAstro(checked.items)) {
      // Read first: the rendering needs only the content, not Astro's pages (src/cli/overlap.ts).
      const options = outputs(timings.measureSync("load", () => readContent(content)));
      log.step("ページを作っています（Astro）。同時に印刷用 PDF と共有用の画像を作ります");
      timings.noteOverlap();
      await renderBesideAstro(options, renderStaging, renderPages, () => running?.kill("SIGKILL"));
    } else {
      log.step("ページを作っています（Astro）");
      // Astro's child keeps one core busy: the search step's readings are read ahead on the other one.
      const { startSearchPreread } = await import("../outputs/search-preread.ts");
      const preread = checked.readings && startSearchPreread(staging, { projectRoot, ...checked.readings });
      try {
        await renderPages();
      } finally {
        await preread?.stop();
      }
      // Read once more, for the output steps (the children's memory is gone by now).
      const options = outputs(timings.measureSync("load", () => readContent(content)));
      // The same output steps the integration runs after a plain `astro build` (src/outputs/integration.ts).
      const { runPostBuildSteps } = await import("../outputs/post-build.ts");
      await runPostBuildSteps(options);
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
    discardStaging(renderStaging);
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
