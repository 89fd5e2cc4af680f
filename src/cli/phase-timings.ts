import { writeFileSync } from "node:fs";
import { childCpuMs, processCpuMs } from "../lib/content/child-cpu.ts";
import type { OutputPhase } from "../outputs/post-build.ts";

/**
 * Build phases, named for the benchmark (bench/run.ts): content loading, Astro HTML, PDFs, OG images, search index,
 * post-build checks, plus the unchanged-build check. A step that is not part of the build yet is simply never measured.
 */
export type BuildPhase = "load" | "html" | OutputPhase | "fingerprint";

/** What `ZAITAKU_TIMINGS=<file>` receives at the end of a build (JSON). */
export interface BuildTimings {
  /**
   * Wall time per phase in milliseconds; a phase that did not run is absent. Each phase's own clock: when
   * {@link BuildTimings.overlapped}, `pdf` and `og` ran while the page-rendering child ran `html` (and read its
   * content, in `load`), so the phases add up to more than {@link BuildTimings.totalMs}.
   */
  phases: Partial<Record<BuildPhase, number>>;
  /**
   * CPU time (user + system) per phase in milliseconds: all threads of the build process, the CPU its render workers
   * report (src/lib/content/child-cpu.ts) and the page-rendering child's own measurements. Unlike wall time it hardly
   * changes when other work shares the machine, so it is the steadier figure for comparisons. Overlapping phases
   * run in different processes, and each counts only its own: the child's `html` its own clocks, `pdf` and `og` this
   * process's and its workers'.
   */
  cpuMs: Partial<Record<BuildPhase, number>>;
  /** Wall time of the whole build command in milliseconds (from the start of main). */
  totalMs: number;
  /** True when the PDFs and OG images were rendered while Astro rendered the pages (src/cli/overlap.ts). */
  overlapped: boolean;
  /** True when the build found nothing changed and kept the previous output. */
  skipped: boolean;
  /** Exit status the build is about to return. */
  status: number;
  /**
   * Peak resident memory (MiB, the kernel's own accounting) of the build process or of its page-rendering child,
   * whichever is larger (each alone; the benchmark samples the whole process tree for their sum).
   */
  maxRssMiB: number;
}

/** Measures build phases; writes them as JSON when the environment asks (`ZAITAKU_TIMINGS=<file>`). */
export interface PhaseTimings {
  /** Runs `step` and adds its wall time to `phase` (also when it throws). */
  measure<T>(phase: BuildPhase, step: () => Promise<T>): Promise<T>;
  /** Adds work measured elsewhere (the page-rendering child's own clocks) to `phase`. */
  record(phase: BuildPhase, spent: { wallMs: number; cpuMs: number }): void;
  /** Notes a child process's peak resident memory (MiB) for {@link BuildTimings.maxRssMiB}. */
  noteChildMaxRss(mib: number): void;
  /** Notes that phases ran at the same time ({@link BuildTimings.overlapped}). */
  noteOverlap(): void;
  /** Synchronous variant of {@link PhaseTimings.measure}. */
  measureSync<T>(phase: BuildPhase, step: () => T): T;
  /** The measurements so far. */
  result(status: number, skipped: boolean): BuildTimings;
  /** Writes {@link BuildTimings} to `ZAITAKU_TIMINGS` if it is set; otherwise does nothing. */
  write(status: number, skipped: boolean): void;
}

/**
 * Starts measuring a build.
 * @param env where `ZAITAKU_TIMINGS` is read (default `process.env`)
 */
export function createPhaseTimings(env: Record<string, string | undefined> = process.env): PhaseTimings {
  const started = performance.now();
  const phases: Partial<Record<BuildPhase, number>> = {};
  const cpuMs: Partial<Record<BuildPhase, number>> = {};
  // This process and the helper processes that report to it (the render pool's workers).
  const cpu = () => processCpuMs() + childCpuMs();
  const add = (phase: BuildPhase, since: { wall: number; cpu: number }) => {
    phases[phase] = Math.round((phases[phase] ?? 0) + performance.now() - since.wall);
    cpuMs[phase] = Math.round((cpuMs[phase] ?? 0) + cpu() - since.cpu);
  };
  const now = () => ({ wall: performance.now(), cpu: cpu() });
  let childMaxRssMiB = 0;
  let overlapped = false;
  const result = (status: number, skipped: boolean): BuildTimings => ({
    phases: { ...phases },
    cpuMs: { ...cpuMs },
    totalMs: Math.round(performance.now() - started),
    overlapped,
    skipped,
    status,
    // resourceUsage().maxRSS is in KiB.
    maxRssMiB: Math.max(childMaxRssMiB, Math.round(process.resourceUsage().maxRSS / 1024)),
  });
  return {
    record(phase, spent) {
      phases[phase] = Math.round((phases[phase] ?? 0) + spent.wallMs);
      cpuMs[phase] = Math.round((cpuMs[phase] ?? 0) + spent.cpuMs);
    },
    noteChildMaxRss(mib) {
      childMaxRssMiB = Math.max(childMaxRssMiB, mib);
    },
    noteOverlap() {
      overlapped = true;
    },
    async measure(phase, step) {
      const since = now();
      try {
        return await step();
      } finally {
        add(phase, since);
      }
    },
    measureSync(phase, step) {
      const since = now();
      try {
        return step();
      } finally {
        add(phase, since);
      }
    },
    result,
    write(status, skipped) {
      const file = env["ZAITAKU_TIMINGS"]?.trim();
      if (file) writeFileSync(file, `${JSON.stringify(result(status, skipped), null, 2)}\n`);
    },
  };
}
