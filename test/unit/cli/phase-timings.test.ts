import { describe, expect, it } from "vitest";
import { createPhaseTimings } from "../../../src/cli/phase-timings.ts";

/** Busy-waits `ms` milliseconds (a timer would let the wall clock run without the phase doing anything). */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // waiting
  }
}

describe("phase timings", () => {
  it("start() adds the time until its first stop, and later stops add nothing", () => {
    const timings = createPhaseTimings({});
    const stop = timings.start("html");
    spin(30);
    stop();
    const first = timings.result(0, false).phases.html ?? 0;
    spin(30);
    stop();
    expect(first).toBeGreaterThanOrEqual(29);
    expect(timings.result(0, false).phases.html).toBe(first);
  });

  it("a phase measured in several parts adds them up", async () => {
    const timings = createPhaseTimings({});
    await timings.measure("pdf", async () => spin(20));
    timings.start("pdf")();
    await timings.measure("pdf", async () => spin(20));
    expect(timings.result(0, false).phases.pdf).toBeGreaterThanOrEqual(39);
    expect(timings.result(0, false).phases.og).toBeUndefined();
  });
});
