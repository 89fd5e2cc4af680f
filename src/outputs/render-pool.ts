/**
 * Runs render jobs across the machine's cores with worker threads (satori and the PDF writer are CPU-bound).
 * Workers start on the first job, so a build where everything comes from the cache starts none.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";
import { type RenderJob, type RenderResult, runRenderJob } from "./render-jobs.ts";

/** A pool of render workers. */
export interface RenderPool {
  /** Renders one job. */
  run(job: RenderJob): Promise<RenderResult>;
  /** Stops the workers. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (result: RenderResult) => void;
  reject: (error: Error) => void;
}

/**
 * Creates a pool of `size` workers (default: the number of cores). ZAITAKU_RENDER_THREADS=0 renders in this thread
 * (for debugging).
 */
export function createRenderPool(size = Number(process.env["ZAITAKU_RENDER_THREADS"] ?? os.availableParallelism())): RenderPool {
  if (size < 1) return { run: runRenderJob, close: async () => {} };
  const workers: { worker: Worker; busy: boolean }[] = [];
  const queue: { id: number; job: RenderJob }[] = [];
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const dispatch = () => {
    while (queue.length) {
      let slot = workers.find((w) => !w.busy);
      if (!slot && workers.length < size) slot = spawn();
      if (!slot) return;
      slot.busy = true;
      slot.worker.postMessage(queue.shift());
    }
  };

  const spawn = () => {
    const worker = new Worker(new URL("./render-worker.ts", import.meta.url));
    const slot = { worker, busy: false };
    worker.on("message", (message: { id: number; result?: RenderResult; error?: string }) => {
      slot.busy = false;
      const entry = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) entry?.reject(new Error(message.error));
      else if (message.result) entry?.resolve({ ...message.result, data: Buffer.from(message.result.data) });
      dispatch();
    });
    worker.on("error", (error) => {
      for (const entry of pending.values()) entry.reject(error);
      pending.clear();
    });
    workers.push(slot);
    return slot;
  };

  return {
    run(job) {
      const id = nextId++;
      return new Promise<RenderResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, job });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
      workers.length = 0;
    },
  };
}
