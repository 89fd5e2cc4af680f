/**
 * Worker-process entry of the render pool: runs jobs sent by src/outputs/render-pool.ts and ends when the pool closes
 * its channel (or the build that started it ends, however it ends).
 */
import { type RenderJob, runRenderJob } from "./render-jobs.ts";

/** This process's CPU time so far (ms): sent with every answer, so the build counts it in the phase it served. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const send = process.send?.bind(process);
if (!send) throw new Error("render-worker.ts は render-pool.ts から子プロセスとして起動してください");

process.on("message", async (message: { id: number; job: RenderJob }) => {
  try {
    const result = await runRenderJob(message.job);
    send({ id: message.id, result, cpuMs: cpuMs() });
  } catch (error) {
    send({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error), cpuMs: cpuMs() });
  }
});
// The pool closed, or the build ended: nothing more will come.
process.on("disconnect", () => process.exit(0));
