/**
 * The verification build step (src/outputs/verify-site.ts, verify-provenance.ts), started beside the search step.
 *
 * Why beside: the search step keeps one core busy with Pagefind and leaves the other partly idle, while verifying the
 * pages is CPU-bound parsing (M: 2–3 s a build; L: 37 s after the search step's 123 s). The pages are final once the
 * search step starts (it only writes `pagefind/`), so they are verified in a worker thread meanwhile; references into
 * `pagefind/` are checked, and the provenance of every file is verified, once the index is written. Sites of more than
 * {@link BESIDE_SEARCH_MAX_PAGES} pages are verified after the search step (memory).
 */
import { readdirSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { StepLogger } from "../lib/content/logger.ts";
import { type ProvenanceSources, verifyProvenance } from "./verify-provenance.ts";
import {
  formatSiteProblem,
  pendingProblems,
  type Reference,
  type SiteProblem,
  type VerifyOptions,
  verifyPages,
} from "./verify-site.ts";

/** The folder the search step writes while the pages are verified (relative to the output folder). */
export const SEARCH_FOLDER = "pagefind/";

/**
 * Most pages verified beside the search step. The worker holds every page's links and ids while Pagefind holds a
 * batch's index: on the L benchmark (33,429 pages) that raised the build's peak from 2,724 to 3,383 MiB, over the
 * 3 GiB budget (and saved 22 s). A bigger site is verified after the search step, as before.
 */
export const BESIDE_SEARCH_MAX_PAGES = 10_000;

/** What the worker needs (verify-pages-worker.ts). */
export interface PageVerificationSetup {
  /** The output (staging) folder. */
  dir: string;
  /** Where the site is published. */
  options: VerifyOptions;
  /** References into this folder are left pending. */
  pendingFolder: string;
}

/** The verification, started. */
export interface SiteVerification {
  /** Whether the pages are being verified now, beside the search step (false: all of it in `finish`). */
  readonly beside: boolean;
  /** Waits for the pages, checks what was pending and the files' provenance, logs the result; the problems. */
  finish(): Promise<SiteProblem[]>;
  /** Ends the worker at once (the build stopped before the verification was needed). */
  stop(): Promise<void>;
}

/**
 * Starts verifying the pages of `dir` in a worker thread. Call it when every page is final; call `finish` once the
 * search index (and any other file) is written.
 * @param sources the content folder and project root, for the provenance of every file (verify-provenance.ts)
 * @param maxPages above this many pages, everything is verified in `finish` ({@link BESIDE_SEARCH_MAX_PAGES})
 */
export function startSiteVerification(
  dir: string,
  options: VerifyOptions,
  log: StepLogger,
  sources?: ProvenanceSources,
  maxPages = BESIDE_SEARCH_MAX_PAGES,
): SiteVerification {
  const report = (verified: { problems: SiteProblem[]; pending: Reference[] }): SiteProblem[] => {
    const problems = [
      ...verified.problems,
      ...pendingProblems(dir, options, verified.pending),
      ...(sources ? verifyProvenance(dir, sources) : []),
    ];
    if (problems.length === 0) log.done("リンク切れや安全でない書き方はありませんでした");
    else for (const problem of problems) log.error(formatSiteProblem(problem));
    return problems;
  };
  const step = () =>
    log.step("できあがったサイトを確認しています（リンク、画像、ページの題名、安全でない書き方、ファイルの出どころ）");
  if (htmlPages(dir) > maxPages) {
    return {
      beside: false,
      finish: async () => {
        step();
        return report(verifyPages(dir, options));
      },
      stop: async () => {},
    };
  }
  const setup: PageVerificationSetup = { dir, options, pendingFolder: SEARCH_FOLDER };
  const worker = new Worker(new URL("./verify-pages-worker.ts", import.meta.url), { workerData: setup });
  const pages = new Promise<{ problems: SiteProblem[]; pending: Reference[] }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", (error) => reject(new Error(`できあがったサイトを確認できませんでした: ${error.message}`)));
    // After its answer the worker ends by itself (code 0); the answer is handled first, so this then does nothing.
    worker.once("exit", (code) =>
      setImmediate(() => reject(new Error(`サイトの確認が途中で終わりました（終了コード ${code}）`))),
    );
  });
  // A build that stops before `finish` must not leave an unhandled rejection behind.
  pages.catch(() => undefined);
  return {
    beside: true,
    async finish() {
      step();
      try {
        return report(await pages);
      } finally {
        await worker.terminate();
      }
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/** HTML files under `dir`. */
function htmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith(".html"),
  ).length;
}
