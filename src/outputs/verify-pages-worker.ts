/**
 * Worker-thread entry of src/outputs/verify-step.ts: verifies the built pages (verify-site.ts) beside the search
 * step, leaving the references into the search index's folder, which that step is still writing, pending.
 */
import { parentPort, workerData } from "node:worker_threads";
import { verifyPages } from "./verify-site.ts";
import type { PageVerificationSetup } from "./verify-step.ts";

const { dir, options, pendingFolder } = workerData as PageVerificationSetup;
parentPort?.postMessage(verifyPages(dir, options, pendingFolder));
