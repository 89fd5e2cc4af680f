/**
 * Benchmark: the post-build verification alone, on a site already built (e.g. the L site's output), on one thread
 * (as beside the search step) and shared among the workers (as after it, for sites above BESIDE_SEARCH_MAX_PAGES).
 * Reports problems, wall time, CPU time of the process (all threads) and its peak RSS. Not a timed test: run it by
 * hand, each mode in its own process, alternately with the program it is compared against.
 *
 * Usage: node bench/verify-site.ts --dir <output folder> --site-url <site.yaml site.url> [--base /] [--threads N]
 *   --threads 1 (default) verifies in this thread; N > 1 shares the pages among N workers.
 */
import { parseArgs } from "node:util";
import { createLogger } from "../src/lib/content/logger.ts";
import { verifySite } from "../src/outputs/verify-site.ts";
import { startSiteVerification } from "../src/outputs/verify-step.ts";

const { values } = parseArgs({
  options: {
    dir: { type: "string" },
    "site-url": { type: "string" },
    base: { type: "string", default: "/" },
    threads: { type: "string", default: "1" },
  },
});
if (!values.dir || !values["site-url"]) throw new Error("--dir and --site-url are required");
const options = { siteUrl: values["site-url"], base: values.base };
const threads = Number(values.threads);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const problems =
  threads > 1
    ? await startSiteVerification(values.dir, options, createLogger("verify"), undefined, 0, threads).finish()
    : verifySite(values.dir, options);
const cpu = process.cpuUsage(cpuBefore);
console.log(
  JSON.stringify({
    threads,
    problems: problems.length,
    wallMs: Math.round(performance.now() - started),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
