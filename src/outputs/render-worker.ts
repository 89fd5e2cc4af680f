/**
 * Worker-process entry of the render pool: runs jobs sent by src/outputs/render-pool.ts and ends when the pool closes
 * its channel (or the build that started it ends, however it ends).
 */
import { processCpuMs } from "../lib/content/child-cpu.ts";
import { type RenderJob, runRenderJob } from "./render-jobs.ts";

const send = process.send?.bind(process);
if (!send) throw new Error("render-worker.ts は render-pool.ts から子プロセスとして起動してください");

/**
 * Sends one answer. A pool closed while this job ran (the build failed elsewhere) waits for nothing more: the answer
 * is dropped, and a write that fails ends this worker (the pool rejects its jobs), instead of an unhandled error on
 * the build's output.
 */
const answer = (message: object) => {
  if (process.connected) send(message, undefined, {}, (error) => error && process.exit(1));
};

// Every answer carries this process's CPU time so far, so the build counts it in the phase it served.
process.on("message", async (message: { id: number; job: RenderJob }) => {
  try {
    const result = await runRenderJob(message.job);
    answer({ id: message.id, result, cpuMs: processCpuMs() });
  } catch (error) {
    answer({
      id: message.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      cpuMs: processCpuMs(),
    });
  }
});
// The pool closed, or the build ended: nothing more will come.
process.on("disconnect", () => process.exit(0));
