/**
 * CPU time spent for the build by its helper processes (the render pool's workers), as they report it. A process's
 * own `process.cpuUsage()` does not include its children's; the build's phase timings add this total so that a phase's
 * CPU time stays the work done for it, whether in this process or in a worker (src/cli/phase-timings.ts).
 */
let total = 0;

/**
 * Adds CPU time a helper process reports.
 * @param ms milliseconds of CPU (user + system) spent since its last report
 */
export function addChildCpuMs(ms: number): void {
  if (Number.isFinite(ms) && ms > 0) total += ms;
}

/** CPU milliseconds helper processes have reported so far in this process. */
export function childCpuMs(): number {
  return total;
}
