/**
 * The verification build step (src/outputs/verify-site.ts, verify-provenance.ts), started beside the search step.
 *
 * Why beside: the search step keeps one core busy with Pagefind and leaves the other partly idle, while verifying the
 * pages is CPU-bound parsing (L: 37 s of 362 s, after the search step's 123 s). The pages are final once the search
 * step starts (it only writes `pagefind/`), so they are verified in a worker thread meanwhile; references into
 * `pagefind/` are checked, and the provenance of every file is verified, once the index is written.
 */
import { Worker } from "node:worker_threads";
import type { StepLogger } from "../lib/content/logger.ts";
import { type ProvenanceSources, verifyProvenance } from "./verify-provenance.ts";
import {
  formatSiteProblem,
  type PendingReference,
  pendingProblems,
  type SiteProblem,
  type VerifyOptions,
} from "./verify-site.ts";

/** The folder the search step writes while the pages are verified (relative to the output folder). */
export const SEARCH_FOLDER = "pagefind/";

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
  /** Waits for the pages, checks what was pending and the files' provenance, logs the result; the problems. */
  finish(): Promise<SiteProblem[]>;
  /** Ends the worker at once (the build stopped before the verification was needed). */
  stop(): Promise<void>;
}

/**
 * Starts verifying the pages of `dir` in a worker thread. Call it when every page is final; call `finish` once the
 * search index (and any other file) is written.
 * @param sources the content folder and project root, for the provenance of every file (verify-provenance.ts)
 */
export function startSiteVerification(
  dir: string,
  options: VerifyOptions,
  log: StepLogger,
  sources?: ProvenanceSources,
): SiteVerification {
  const setup: PageVerificationSetup = { dir, options, pendingFolder: SEARCH_FOLDER };
  const worker = new Worker(new URL("./verify-pages-worker.ts", import.meta.url), { workerData: setup });
  const pages = new Promise<{ problems: SiteProblem[]; pending: PendingReference[] }>((resolve, reject) => {
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
    async finish() {
      log.step("できあがったサイトを確認しています（リンク、画像、ページの題名、安全でない書き方、ファイルの出どころ）");
      try {
        const { problems, pending } = await pages;
        problems.push(...pendingProblems(dir, pending), ...(sources ? verifyProvenance(dir, sources) : []));
        if (problems.length === 0) log.done("リンク切れや安全でない書き方はありませんでした");
        else for (const problem of problems) log.error(formatSiteProblem(problem));
        return problems;
      } finally {
        await worker.terminate();
      }
    },
    async stop() {
      await worker.terminate();
    },
  };
}
