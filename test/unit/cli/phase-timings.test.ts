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
  it("record() adds work measured elsewhere to a phase's wall and CPU time", async () => {
    const timings = createPhaseTimings({});
    await timings.measure("html", async () => spin(20));
    const measured = timings.result(0, false);
    timings.record("html", { wallMs: 1000.4, cpuMs: 700.4 });
    timings.record("load", { wallMs: 5, cpuMs: 3 });
    const after = timings.result(0, false);
    expect(after.phases.html).toBe((measured.phases.html ?? 0) + 1000);
    expect(after.cpuMs.html).toBe((measured.cpuMs.html ?? 0) + 700);
    expect(after.phases.load).toBe(5);
    expect(after.cpuMs.load).toBe(3);
  });

  it("reports the larger of its own and a child's peak memory", () => {
    const timings = createPhaseTimings({});
    const own = timings.result(0, false).maxRssMiB;
    timings.noteChildMaxRss(own + 500);
    timings.noteChildMaxRss(1);
    expect(timings.result(0, false).maxRssMiB).toBe(own + 500);
  });

  it("a phase measured in several parts adds them up", async () => {
    const timings = createPhaseTimings({});
    await timings.measure("pdf", async () => spin(20));
    timings.measureSync("pdf", () => spin(1));
    await timings.measure("pdf", async () => spin(20));
    expect(timings.result(0, false).phases.pdf).toBeGreaterThanOrEqual(39);
    expect(timings.result(0, false).phases.og).toBeUndefined();
  });

  it("says when phases overlapped in wall time", () => {
    const timings = createPhaseTimings({});
    expect(timings.result(0, false).overlapped).toBe(false);
    timings.noteOverlap();
    expect(timings.result(0, false).overlapped).toBe(true);
  });
});
