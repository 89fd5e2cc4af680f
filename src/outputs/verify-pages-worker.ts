/**
 * Worker-thread entry of src/outputs/verify-step.ts: verifies the built pages (verify-site.ts), or a share of them:
 * beside the search step, leaving the references into the search index's folder, which it is still writing, pending;
 * or after it, one share per core.
 */
import { parentPort, workerData } from "node:worker_threads";
import { verifyPages } from "./verify-site.ts";
import type { PageVerificationSetup } from "./verify-step.ts";

const { dir, options, scope } = workerData as PageVerificationSetup;
parentPort?.postMessage(verifyPages(dir, options, scope));
