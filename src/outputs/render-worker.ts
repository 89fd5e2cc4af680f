/** Worker-thread entry of the render pool: runs jobs sent by src/outputs/render-pool.ts. */
import { parentPort } from "node:worker_threads";
import { type RenderJob, runRenderJob } from "./render-jobs.ts";

const port = parentPort;
if (!port) throw new Error("render-worker.ts は worker thread として起動してください");

port.on("message", async (message: { id: number; job: RenderJob }) => {
  try {
    const result = await runRenderJob(message.job);
    port.postMessage({ id: message.id, result });
  } catch (error) {
    port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
