/**
 * CPU time of the build's processes: a process's own ({@link processCpuMs}, which each child reports to its parent)
 * and what its helper processes (the render pool's workers) have reported. A process's own `process.cpuUsage()` does
 * not include its children's; the build's phase timings add this total so that a phase's
 * CPU time stays the work done for it, whether in this process or in a worker (src/cli/phase-timings.ts).
 */
let total = 0;

/** This process's CPU milliseconds so far (user + system, all its threads). */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

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
