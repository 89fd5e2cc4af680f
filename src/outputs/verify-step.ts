/**
 * The verification build step (src/outputs/verify-site.ts, verify-provenance.ts), in worker threads.
 *
 * Why beside the search step: the search step keeps one core busy with Pagefind and leaves the other partly idle,
 * while verifying the pages is CPU-bound parsing (M: 2–3 s a build). The pages are final once the search step starts
 * (it only writes `pagefind/`), so they are verified in a worker meanwhile; references into `pagefind/` are checked,
 * and the provenance of every file is verified, once the index is written.
 *
 * A site of more than {@link BESIDE_SEARCH_MAX_PAGES} pages is verified after the search step instead, its pages
 * shared among one worker per core (L: 37 s on one thread).
 */
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { StepLogger } from "../lib/content/logger.ts";
import { type ProvenanceSources, verifyProvenance } from "./verify-provenance.ts";
import {
  anchorProblems,
  formatSiteProblem,
  listFiles,
  orderProblems,
  type PageVerification,
  pendingProblems,
  type SiteProblem,
  type VerifyOptions,
  type VerifyScope,
} from "./verify-site.ts";

/** The folder the search step writes while the pages are verified (relative to the output folder). */
export const SEARCH_FOLDER = "pagefind/";

/**
 * Most pages verified beside the search step. At L (33,429 pages) Pagefind's process peaks at up to 2 GB while it
 * indexes a batch of 4,000 pages; a worker verifying beside it took the build to 3,114–3,383 MiB, over the 3 GiB
 * budget (measured three times, even with the links checked page by page). A bigger site is verified after it.
 */
export const BESIDE_SEARCH_MAX_PAGES = 10_000;

/** What a worker needs (verify-pages-worker.ts). */
export interface PageVerificationSetup {
  /** The output (staging) folder. */
  dir: string;
  /** Where the site is published. */
  options: VerifyOptions;
  /** Which pages, and what to leave pending. */
  scope: VerifyScope;
}

/** The verification, started. */
export interface SiteVerification {
  /** Whether the pages are being verified now, beside the search step (false: all of it in `finish`). */
  readonly beside: boolean;
  /** Waits for the pages, checks what was pending and the files' provenance, logs the result; the problems. */
  finish(): Promise<SiteProblem[]>;
  /** Ends the workers at once (the build stopped before the verification was needed). */
  stop(): Promise<void>;
}

/**
 * Starts verifying the pages of `dir`. Call it when every page is final; call `finish` once the search index (and
 * any other file) is written.
 * @param sources the content folder and project root, for the provenance of every file (verify-provenance.ts)
 * @param maxPages above this many pages, everything is verified in `finish` ({@link BESIDE_SEARCH_MAX_PAGES})
 * @param threads the workers that share the pages in `finish` (default: one per core, at most 4)
 */
export function startSiteVerification(
  dir: string,
  options: VerifyOptions,
  log: StepLogger,
  sources?: ProvenanceSources,
  maxPages = BESIDE_SEARCH_MAX_PAGES,
  threads = Math.min(4, os.availableParallelism()),
): SiteVerification {
  /** What the workers found, with what they left for the end checked against the site's final files. */
  const report = (verified: readonly PageVerification[], files: readonly string[]): SiteProblem[] => {
    const problems = [
      ...orderProblems([
        ...verified.flatMap((v) => v.problems),
        ...anchorProblems(
          dir,
          options,
          verified.flatMap((v) => v.foreignAnchors),
          files,
        ),
        ...pendingProblems(
          dir,
          options,
          verified.flatMap((v) => v.pending),
          files,
        ),
      ]),
      ...(sources ? verifyProvenance(dir, sources) : []),
    ];
    if (problems.length === 0) log.done("リンク切れや安全でない書き方はありませんでした");
    else for (const problem of problems) log.error(formatSiteProblem(problem));
    return problems;
  };
  const step = () =>
    log.step("できあがったサイトを確認しています（リンク、画像、ページの題名、安全でない書き方、ファイルの出どころ）");
  const workers: VerifyWorker[] = [];
  const stop = async () => {
    await Promise.all(workers.map((w) => w.terminate()));
  };
  // The files are listed once now (the pages are final) and once in `finish` (the search index is written then).
  const pageFiles = listFiles(dir);
  const beside = pageFiles.filter((f) => f.endsWith(".html")).length <= maxPages;
  if (beside) workers.push(verifyInWorker({ dir, options, scope: { pendingFolder: SEARCH_FOLDER, files: pageFiles } }));
  return {
    beside,
    async finish() {
      step();
      try {
        const files = listFiles(dir);
        if (!beside) {
          const count = Math.max(1, threads);
          for (let index = 0; index < count; index++) {
            workers.push(verifyInWorker({ dir, options, scope: { share: { index, count }, files } }));
          }
        }
        return report(await Promise.all(workers.map((w) => w.result)), files);
      } finally {
        await stop();
      }
    },
    stop,
  };
}

/** A worker verifying pages. */
interface VerifyWorker {
  /** What it found. */
  result: Promise<PageVerification>;
  /** Ends it. */
  terminate(): Promise<number>;
}

function verifyInWorker(setup: PageVerificationSetup): VerifyWorker {
  const worker = new Worker(new URL("./verify-pages-worker.ts", import.meta.url), { workerData: setup });
  const result = new Promise<PageVerification>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", (error) => reject(new Error(`できあがったサイトを確認できませんでした: ${error.message}`)));
    // After its answer the worker ends by itself (code 0); the answer is handled first, so this then does nothing.
    worker.once("exit", (code) =>
      setImmediate(() => reject(new Error(`サイトの確認が途中で終わりました（終了コード ${code}）`))),
    );
  });
  // A build that stops before `finish` must not leave an unhandled rejection behind.
  result.catch(() => undefined);
  return { result, terminate: () => worker.terminate() };
}
