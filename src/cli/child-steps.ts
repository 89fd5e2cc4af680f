/**
 * `npm run build` runs its two heaviest steps before the output steps in child processes of their own and waits for
 * each to exit: the content checks (src/cli/check-child.ts) and Astro's pages (src/cli/pages-child.ts). It reads the
 * content once more for the output steps (PDFs, OG images, search index, verification), which it runs itself: a site
 * small enough renders its PDFs and OG images while the pages child runs (src/cli/overlap.ts), a larger one after.
 *
 * Why processes: memory a step has used is returned to the system only when its process ends (Astro's bundler and
 * renderer, the reading dictionary and the print fonts keep most of theirs outside JavaScript's heap). In one process,
 * everything came on top of everything else: a prefecture-sized site peaked at 4.5 GiB, over the 3 GiB budget
 * (docs/performance.md). Each child reads the content folder itself (a few seconds at that size); those reads are
 * counted as loading.
 */
import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { processCpuMs } from "../lib/content/child-cpu.ts";
import type { SearchReadingsSetup } from "../outputs/search-readings-pool.ts";

/** Wall and CPU milliseconds of one piece of work. */
export interface Spent {
  /** Wall-clock milliseconds. */
  wallMs: number;
  /** CPU milliseconds (user + system). */
  cpuMs: number;
}

/** A child's error, sent to the parent instead of a stack on stderr. */
export interface ChildFailure {
  kind: "failed";
  /** The error's message (Japanese for the build's own errors). */
  message: string;
  /** The error's system code (ENOSPC, EACCES …) when it has one. */
  code: string | undefined;
  /** The error's stack, printed only on request (ZAITAKU_DEBUG). */
  stack: string | undefined;
}

/** What the checking child tells the parent before it exits. */
export type CheckChildMessage =
  | {
      kind: "checked";
      /** The issue report the child printed (a reused build prints it again); empty when there was none. */
      report: string;
      /** The count line of the issues (「エラー 1 件、警告 0 件」…), or undefined when nothing stops the build. */
      refused: string | undefined;
      /** The site's size in content items (src/cli/overlap.ts): whether its outputs render beside Astro. */
      items: number;
      /**
       * The site's reading setup (readings.yaml's words, site.yaml's towns) for reading pages ahead while Astro
       * runs (src/outputs/search-preread.ts); undefined without a valid site.yaml.
       */
      readings: Omit<SearchReadingsSetup, "projectRoot"> | undefined;
      /** Everything the child did: start-up, reading and checking. */
      load: Spent;
    }
  | ChildFailure;

/** What the page-rendering child tells the parent before it exits. */
export type PagesChildMessage =
  | {
      kind: "done";
      /** The child's read of the content folder. */
      load: Spent;
      /** Astro's build() in the child: bundling and rendering (the child's start-up is in no phase). */
      html: Spent;
      /** The child's peak resident memory (MiB, the kernel's own accounting). */
      maxRssMiB: number;
    }
  | ChildFailure;

/**
 * Runs one child step (a file beside this one) and resolves with the one message it sends before it exits.
 * @param file the child's entry, e.g. "pages-child.ts"
 * @param args its arguments
 * @param options.cwd its working folder
 * @param options.onStart called with the child as soon as it is started (so that an interrupted build can stop it)
 * @throws Error with the child's error (its `code` kept, so that disk errors are described as such), or saying the
 *   child ended without a result
 */
export function runChildStep<T extends { kind: string }>(
  file: string,
  args: readonly string[],
  options: { cwd: string; onStart?: (child: ChildProcess) => void },
): Promise<Exclude<T, ChildFailure>> {
  return new Promise((resolve, reject) => {
    let result: T | ChildFailure | undefined;
    const child = fork(path.join(import.meta.dirname, file), args, {
      cwd: options.cwd,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    options.onStart?.(child);
    child.on("message", (message: T | ChildFailure) => {
      result = message;
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (result?.kind === "failed") {
        const failure = result as ChildFailure;
        const error = Object.assign(new Error(failure.message), { code: failure.code });
        if (failure.stack) error.stack = failure.stack;
        reject(error);
      } else if (result && code === 0) resolve(result as Exclude<T, ChildFailure>);
      else reject(new Error(`処理が途中で終わりました（${file}、${signal ? `シグナル ${signal}` : `終了コード ${code}`}）`));
    });
  });
}

/**
 * Sets up a child step's side of the channel: `main` runs, its result (or its error) is sent to the parent, then the
 * channel is closed. The child stops at once when the parent ends (killed, even with SIGKILL), writing nothing more.
 * @param main the step; returns the message for the parent
 */
export async function serveChildStep<T>(main: () => Promise<T>): Promise<void> {
  const send = (message: T | ChildFailure) =>
    new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));
  const parentGone = () => process.exit(1);
  process.on("disconnect", parentGone);
  try {
    if (!process.send) throw new Error("この処理は npm run build から起動されます（直接は実行できません）");
    await send(await main());
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    const code = (failure as NodeJS.ErrnoException).code;
    await send({ kind: "failed", message: failure.message, code, stack: failure.stack });
    process.exitCode = 1;
  }
  // Sent: close the channel (its listener would keep this process alive) and end normally.
  process.off("disconnect", parentGone);
  process.disconnect?.();
}

/** Starts a measurement; the returned function gives the wall and CPU time since. */
export function startSpent(): () => Spent {
  const wall = performance.now();
  const cpu = processCpuMs();
  return () => ({ wallMs: performance.now() - wall, cpuMs: processCpuMs() - cpu });
}
