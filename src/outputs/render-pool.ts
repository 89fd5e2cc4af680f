/**
 * Runs render jobs across the machine's cores in worker processes (satori and the PDF writer are CPU-bound).
 * Workers start on the first job, so a build where everything comes from the cache starts none.
 *
 * Processes, not worker threads: the PDF writer's native memory (Typst's caches and fonts) belongs to the process
 * and stayed with the build after the threads ended (≈0.5 GB at size M, carried into the search step beside
 * Pagefind); a process returns all of it when it exits.
 */
import { type ChildProcess, fork } from "node:child_process";
import os from "node:os";
import { addChildCpuMs } from "../lib/content/child-cpu.ts";
import { type RenderJob, type RenderResult, runRenderJob } from "./render-jobs.ts";

/** A pool of render workers. */
export interface RenderPool {
  /** Renders one job. */
  run(job: RenderJob): Promise<RenderResult>;
  /**
   * Lets the pool start more workers, up to `size` (the build renders with one while Astro uses the other core, then
   * with all of them once Astro is done); a smaller size changes nothing.
   */
  grow(size: number): void;
  /** Stops the workers; jobs not answered yet are rejected (a build that failed elsewhere stops rendering). */
  close(): Promise<void>;
}

/** The default pool size: ZAITAKU_RENDER_THREADS, else the number of cores (0 renders in this thread). */
export function defaultRenderPoolSize(): number {
  return Number(process.env["ZAITAKU_RENDER_THREADS"] ?? os.availableParallelism());
}

interface Pending {
  resolve: (result: RenderResult) => void;
  reject: (error: Error) => void;
}

/**
 * Creates a pool of up to `size` workers (default {@link defaultRenderPoolSize}). A size of 0 renders in this thread
 * (ZAITAKU_RENDER_THREADS=0, for debugging).
 */
export function createRenderPool(size = defaultRenderPoolSize()): RenderPool {
  if (size < 1) return { run: runRenderJob, grow: () => {}, close: async () => {} };
  const workers: { worker: ChildProcess; busy: boolean; cpuMs: number }[] = [];
  const queue: { id: number; job: RenderJob }[] = [];
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let closing = false;

  const dispatch = () => {
    while (queue.length) {
      let slot = workers.find((w) => !w.busy);
      if (!slot && workers.length < size) slot = spawn();
      if (!slot) return;
      slot.busy = true;
      slot.worker.send(queue.shift() as object);
    }
  };

  const spawn = () => {
    // "advanced": jobs and results (PDF and PNG bytes) cross as structured clones, Uint8Array included.
    const worker = fork(new URL("./render-worker.ts", import.meta.url), [], { serialization: "advanced" });
    const slot = { worker, busy: false, cpuMs: 0 };
    worker.on("message", (message: { id: number; result?: RenderResult; error?: string; cpuMs: number }) => {
      slot.busy = false;
      // The worker's CPU time since its last answer (its start-up included in the first) counts for the build.
      addChildCpuMs(message.cpuMs - slot.cpuMs);
      slot.cpuMs = message.cpuMs;
      const entry = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) entry?.reject(new Error(message.error));
      else if (message.result) entry?.resolve({ ...message.result, data: Buffer.from(message.result.data) });
      dispatch();
    });
    const fail = (error: Error) => {
      for (const entry of pending.values()) entry.reject(error);
      pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code, signal) => {
      if (!closing) fail(new Error(`描画の処理が途中で終わりました（${signal ? `シグナル ${signal}` : `終了コード ${code}`}）`));
    });
    workers.push(slot);
    return slot;
  };

  return {
    run(job) {
      // Closed because the build failed elsewhere: start no worker again.
      if (closing) return Promise.reject(new Error("描画を中止しました"));
      const id = nextId++;
      return new Promise<RenderResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, job });
        dispatch();
      });
    },
    grow(next) {
      size = Math.max(size, next);
      dispatch();
    },
    async close() {
      closing = true;
      queue.length = 0;
      const stopped = new Error("描画を中止しました");
      for (const entry of pending.values()) entry.reject(stopped);
      pending.clear();
      await Promise.all(
        workers.map(
          ({ worker }) =>
            new Promise<void>((resolve) => {
              if (worker.exitCode !== null || worker.signalCode !== null) return resolve();
              worker.once("exit", () => resolve());
              // Closing the channel ends the worker (src/outputs/render-worker.ts).
              if (worker.connected) worker.disconnect();
            }),
        ),
      );
      workers.length = 0;
    },
  };
}
