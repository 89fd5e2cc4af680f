/** What `npm run bench` reports for one size (bench/run.ts writes it; bench/report.ts prints it). */
import type { EditKind } from "./measure/edits.ts";
import type { SizeName } from "./synthetic/generate.ts";

/** A phase of the build as reported: its wall time, or null with the reason. */
export interface PhaseReport {
  ms: number | null;
  note?: string;
}

/** One budget of docs/performance.md and whether this run meets it (null: cannot tell yet). */
export interface BudgetCheck {
  name: string;
  target: string;
  value: string;
  met: boolean | null;
}

/** Everything measured for one size. Every key is always present (null when not measurable yet). */
export interface BenchResult {
  size: SizeName;
  seed: string;
  /** The temporary folder the run used (removed at the end unless --keep). */
  workDir: string;
  /**
   * The output cache of this run: inside workDir, absent before the cold build (so nothing it did was served from an
   * earlier run) and filled by it.
   */
  cache: { dir: string; existedBeforeColdBuild: boolean; entriesAfterColdBuild: number };
  cores: number;
  machine: {
    cpu: string;
    memoryGiB: number;
    node: string;
    platform: string;
    /** 1-minute load average when the size started and when it ended: above the core count, other work shared the CPUs. */
    loadAverage: [number, number];
  };
  content: { pamphlets: number; events: number; resources: number; windows: number };
  pages: number;
  phases: Record<"load" | "html" | "pdf" | "og" | "search" | "verify", PhaseReport>;
  build: {
    coldWallMs: number;
    /** CPU time (user + system) of the cold build's whole process tree. */
    coldCpuMs: number | null;
    buildTotalMs: number;
    pagesPerSec: number;
    outputMiB: number;
    files: number;
    /** Wall time of the bare Astro build's whole process (same pages, one collection, one template). */
    bareAstroWallMs: number;
    bareAstroCpuMs: number | null;
    /** Our whole cold build (everything a user gets) / the whole bare Astro build, wall time. */
    ratioVsBareAstro: number;
    /** The same with the CPU time of both process trees: steadier on a shared machine. */
    cpuRatioVsBareAstro: number | null;
  };
  peakRssMiB: number;
  memory: { treePeakMiB: number | null; buildProcessMaxRssMiB: number; bareAstroMaxRssMiB: number | null };
  html: {
    ms: number | null;
    cpuMs: number | null;
    bareAstroMs: number;
    bareAstroCpuMs: number;
    bareAstroPages: number;
    /** Wall time of our HTML phase / wall time of the bare Astro build. */
    ratioVsBareAstro: number | null;
    /** The same with CPU time (user + system): steadier on a shared machine. */
    cpuRatioVsBareAstro: number | null;
    perPageGzipKB: { mean: number; median: number; max: number; maxPage: string } | null;
  };
  pdf: {
    /** The build's whole PDF phase (every document kind, worker start-up, cache writes), wall. */
    ms: number | null;
    pages: number;
    /** The build's PDF phase ÷ its PDF pages (not the comparison: other documents and start-up are in it). */
    phaseMsPerPage: number | null;
    /** Typst on the pamphlets, warm, in one thread, interleaved with Chromium (bench/compare/print-pair.ts). */
    msPerPage: number | null;
    /** The same, CPU time. */
    cpuMsPerPage: number | null;
    chromiumMsPerPage: number | null;
    chromiumPages: number;
    chromiumDocuments: number;
    /** First document of each engine (start, fonts, first layout), reported apart. */
    coldStartMs: { typst: number; chromium: number } | null;
    /** Typst ÷ Chromium per page, warm, same pamphlets, one worker each. */
    ratioVsChromium: number | null;
    note?: string;
  };
  rebuild: { wallMs: number; ratioVsCold: number; skipped: boolean; forcedWallMs?: number; forcedRatioVsCold?: number };
  /** Rebuilds after one staff edit each (made one after another), against the cold build. */
  edit: {
    edits: { kind: EditKind; file: string | null; wallMs: number | null; cpuMs: number | null; ratioVsCold: number | null }[];
    /** The costliest edit's wall time / the cold build's. */
    ratioVsCold: number | null;
  };
  search: { ms: number | null; indexMiB: number | null; note?: string };
  /** The warm build (`--warm`), never mixed into the cold figures; null when not asked for. */
  warm: WarmReport | null;
  budgets: BudgetCheck[];
}

/**
 * A whole build with warm caches: the output cache (ZAITAKU_CACHE_DIR: PDFs, OG images, readings) and Astro's
 * content-layer cache as the cold build of the same content left them, into another output folder with `--force`,
 * so no step is skipped. What a CI job with restored caches but no previous output pays.
 */
export interface WarmReport {
  wallMs: number;
  /** CPU time (user + system) of the warm build's whole process tree. */
  cpuMs: number | null;
  ratioVsCold: number;
  /** Warm wall time / the (cold) bare Astro build's wall time. */
  ratioVsBareAstro: number;
  cpuRatioVsBareAstro: number | null;
  phases: BenchResult["phases"];
}
