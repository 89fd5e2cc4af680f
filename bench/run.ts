/**
 * `npm run bench`: builds synthetic municipalities (bench/synthetic/generate.ts) with the project's own build and
 * reports, per size, the wall time of each build phase, pages per second, peak memory, output size, compressed
 * page weight, and ratios against the alternatives measured in the same run: a bare Astro project with the same
 * pages (HTML), Chromium's page.pdf() on the same pamphlet pages (PDF), and a second build with unchanged content.
 *
 * Usage: node bench/run.ts [--size S|M|L|XS[,…]] [--quick] [--json FILE] [--forced-rebuild] [--keep] [--seed TEXT]
 *   --size            sizes to run, comma-separated (default S,M; L is a whole prefecture and takes long)
 *   --quick           S only (a few minutes at most)
 *   --json FILE       also write the results as JSON (one object for one size, an array for several)
 *   --forced-rebuild  also time `build --force` on unchanged content (what a rebuild costs without the shortcut)
 *   --keep            keep the temporary folder (content, dist, bare project) and print where it is
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readArgs } from "../src/cli/cli-args.ts";
import type { BuildPhase, BuildTimings } from "../src/cli/phase-timings.ts";
import { writeBareAstroProject } from "./compare/bare-astro.ts";
import { chromiumPdf } from "./compare/chromium-pdf.ts";
import { summarizeOutput } from "./measure/output.ts";
import { type MeasuredRun, runMeasured } from "./measure/process-tree.ts";
import { DEFAULT_SEED, generateSite, SIZES, type SizeName, SYNTHETIC_TODAY } from "./synthetic/generate.ts";

const projectRoot = path.resolve(import.meta.dirname, "..");

/** A phase of the build as reported: its wall time, or null with the reason. */
export interface PhaseReport {
  ms: number | null;
  note?: string;
}

/** One budget from issue 8 and whether this run meets it (null: cannot tell yet). */
export interface BudgetCheck {
  name: string;
  target: string;
  value: string;
  met: boolean | null;
}

/** Everything measured for one size. The keys named in issue 8 are all present (null when not measurable yet). */
export interface BenchResult {
  size: SizeName;
  seed: string;
  /** The temporary folder the run used (removed at the end unless --keep). */
  workDir: string;
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
  build: { coldWallMs: number; buildTotalMs: number; pagesPerSec: number; outputMiB: number; files: number };
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
    ms: number | null;
    pages: number;
    msPerPage: number | null;
    chromiumMsPerPage: number | null;
    chromiumPages: number;
    chromiumDocuments: number;
    ratioVsChromium: number | null;
    note?: string;
  };
  rebuild: { wallMs: number; ratioVsCold: number; skipped: boolean; forcedWallMs?: number; forcedRatioVsCold?: number };
  search: { ms: number | null; indexMiB: number | null; note?: string };
  budgets: BudgetCheck[];
}

const PHASE_LABELS: Record<keyof BenchResult["phases"], string> = {
  load: "Content loading (validation)",
  html: "Astro HTML",
  pdf: "PDFs",
  og: "OG images",
  search: "Search index",
  verify: "Post-build checks",
};

const NOT_BUILT = "not built yet";
const round2 = (n: number) => Math.round(n * 100) / 100;
const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

async function build(contentDir: string, outDir: string, timingsFile: string, extra: string[] = []) {
  const run = await runMeasured(process.execPath, ["src/cli/build.ts", "--out", outDir, ...extra], {
    cwd: projectRoot,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      SITE_TODAY: SYNTHETIC_TODAY,
      ZAITAKU_TIMINGS: timingsFile,
      // Nothing leaves the machine during a benchmark (Astro would otherwise try to send usage data).
      ASTRO_TELEMETRY_DISABLED: "1",
    },
  });
  if (run.status !== 0) throw new Error(`build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return { run, timings: JSON.parse(readFileSync(timingsFile, "utf8")) as BuildTimings };
}

function phase(timings: BuildTimings, name: BuildPhase): PhaseReport {
  const ms = timings.phases[name];
  return ms === undefined ? { ms: null, note: NOT_BUILT } : { ms };
}

/** Runs the whole benchmark for one size in a fresh temporary folder. */
export async function benchSize(size: SizeName, options: { seed?: string; forcedRebuild?: boolean; keep?: boolean } = {}) {
  const seed = options.seed ?? DEFAULT_SEED;
  const work = mkdtempSync(path.join(os.tmpdir(), `zaitaku-bench-${size.toLowerCase()}-`));
  const content = path.join(work, "content");
  const dist = path.join(work, "dist");
  // Our build keeps a content-layer cache per content folder (src/cli/build.ts); this run's is removed at the end.
  const loadAtStart = os.loadavg()[0] ?? 0;
  const astroCache = path.join(
    projectRoot,
    "node_modules",
    ".astro-cache",
    Buffer.from(content).toString("base64url").slice(-40),
  );
  try {
    const spec = SIZES[size];
    log(
      `${size}: generating ${spec.pamphlets} pamphlets, ${spec.events} events, ${spec.resources} resources, ${spec.windows} windows`,
    );
    const site = generateSite(content, size, seed);

    log(`${size}: cold build`);
    const cold = await build(content, dist, path.join(work, "timings-cold.json"));
    const output = summarizeOutput(dist, "/");
    log(`${size}: ${output.pages} pages in ${(cold.run.wallMs / 1000).toFixed(1)} s`);

    log(`${size}: rebuild with unchanged content`);
    const again = await build(content, dist, path.join(work, "timings-rebuild.json"));
    let forced: MeasuredRun | undefined;
    if (options.forcedRebuild) {
      log(`${size}: forced rebuild (--force) with unchanged content`);
      forced = (await build(content, dist, path.join(work, "timings-forced.json"), ["--force"])).run;
    }

    log(`${size}: bare Astro with the same ${output.pages} pages`);
    const bareDir = path.join(work, "bare");
    const barePages = writeBareAstroProject(bareDir, dist, content, path.join(projectRoot, "node_modules"));
    const bare = await runMeasured(process.execPath, [path.join(projectRoot, "bench/compare/bare-astro-build.ts"), bareDir], {
      cwd: bareDir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    });
    if (bare.status !== 0) throw new Error(`bare Astro build failed:\n${bare.stdout}\n${bare.stderr}`);
    const bareResult = JSON.parse(bare.stdout.trim().split("\n").at(-1) ?? "{}") as {
      ms: number;
      cpuMs: number;
      maxRssMiB: number;
    };

    const pamphletRoutes = site.files
      .filter((f) => /^pamphlets\/[^/]+\.mdx$/.test(f))
      .map((f) => `pamphlets/${path.basename(f, ".mdx")}/`)
      .filter((route) => existsSync(path.join(dist, route, "index.html")));
    log(`${size}: Chromium page.pdf() on ${pamphletRoutes.length} pamphlet pages`);
    const scratch = path.join(work, "chromium");
    mkdirSync(scratch, { recursive: true });
    const chromium = await chromiumPdf(dist, pamphletRoutes, scratch);

    const t = cold.timings;
    const htmlMs = t.phases.html ?? null;
    const htmlCpuMs = t.cpuMs.html ?? null;
    const pdfMs = t.phases.pdf ?? null;
    const ourMsPerPage = pdfMs !== null && output.pdf.pages > 0 ? round2(pdfMs / output.pdf.pages) : null;
    const chromiumOk = "msPerPage" in chromium;
    const peakRssMiB = Math.max(cold.run.peakTreeRssMiB ?? 0, t.maxRssMiB);
    const pdfNote =
      pdfMs === null
        ? `our PDF step is ${NOT_BUILT}`
        : output.pdf.pages === 0
          ? "the PDF step ran but left no PDF"
          : chromiumOk
            ? undefined
            : chromium.unavailable;

    const result: BenchResult = {
      size,
      seed,
      workDir: work,
      cores: os.availableParallelism(),
      machine: {
        cpu: os.cpus()[0]?.model ?? "unknown",
        memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        loadAverage: [round2(loadAtStart), round2(os.loadavg()[0] ?? 0)],
      },
      content: { pamphlets: spec.pamphlets, events: spec.events, resources: spec.resources, windows: spec.windows },
      pages: output.pages,
      phases: {
        load: phase(t, "load"),
        html: phase(t, "html"),
        pdf: phase(t, "pdf"),
        og: phase(t, "og"),
        search: phase(t, "search"),
        verify: phase(t, "verify"),
      },
      build: {
        coldWallMs: cold.run.wallMs,
        buildTotalMs: t.totalMs,
        pagesPerSec: round2(output.pages / (cold.run.wallMs / 1000)),
        outputMiB: mib(output.bytes),
        files: output.files,
      },
      peakRssMiB,
      memory: {
        treePeakMiB: cold.run.peakTreeRssMiB,
        buildProcessMaxRssMiB: t.maxRssMiB,
        bareAstroMaxRssMiB: bareResult.maxRssMiB,
      },
      html: {
        ms: htmlMs,
        cpuMs: htmlCpuMs,
        bareAstroMs: bareResult.ms,
        bareAstroCpuMs: bareResult.cpuMs,
        bareAstroPages: barePages,
        ratioVsBareAstro: htmlMs === null ? null : round2(htmlMs / bareResult.ms),
        cpuRatioVsBareAstro: htmlCpuMs === null ? null : round2(htmlCpuMs / bareResult.cpuMs),
        perPageGzipKB: output.perPageGzip && {
          mean: output.perPageGzip.meanKB,
          median: output.perPageGzip.medianKB,
          max: output.perPageGzip.maxKB,
          maxPage: output.perPageGzip.maxPage,
        },
      },
      pdf: {
        ms: pdfMs,
        pages: output.pdf.pages,
        msPerPage: ourMsPerPage,
        chromiumMsPerPage: chromiumOk ? chromium.msPerPage : null,
        chromiumPages: chromiumOk ? chromium.pages : 0,
        chromiumDocuments: chromiumOk ? chromium.documents : 0,
        ratioVsChromium: ourMsPerPage !== null && chromiumOk ? round2(ourMsPerPage / chromium.msPerPage) : null,
        ...(pdfNote ? { note: pdfNote } : {}),
      },
      rebuild: {
        wallMs: again.run.wallMs,
        ratioVsCold: round2(again.run.wallMs / cold.run.wallMs),
        skipped: again.timings.skipped,
        ...(forced ? { forcedWallMs: forced.wallMs, forcedRatioVsCold: round2(forced.wallMs / cold.run.wallMs) } : {}),
      },
      search: {
        ms: t.phases.search ?? null,
        indexMiB: output.searchIndexBytes === null ? null : mib(output.searchIndexBytes),
        ...(output.searchIndexBytes === null ? { note: `search index is ${NOT_BUILT}` } : {}),
      },
      budgets: [],
    };
    result.budgets = budgets(result);
    if (options.keep) log(`${size}: kept ${work}`);
    return result;
  } finally {
    rmSync(astroCache, { recursive: true, force: true });
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
}

/** The budgets of issue 8 (targets, not assertions). */
function budgets(r: BenchResult): BudgetCheck[] {
  const check = (name: string, target: string, value: number | null, limit: number, show: (n: number) => string) => ({
    name,
    target,
    value: value === null ? "–" : show(value),
    met: value === null ? null : value <= limit,
  });
  return [
    check("HTML phase vs bare Astro", "≤ 1.5×", r.html.ratioVsBareAstro, 1.5, (n) => `${n}×`),
    check("PDF per page vs Chromium", "≤ 0.4×", r.pdf.ratioVsChromium, 0.4, (n) => `${n}×`),
    check("Unchanged rebuild vs cold", "≤ 0.3×", r.rebuild.ratioVsCold, 0.3, (n) => `${n}×`),
    check("Peak RSS (budget set for L)", "≤ 4096 MiB", r.peakRssMiB, 4096, (n) => `${n} MiB`),
    check("Largest page, HTML+CSS gzip", "≤ 30 KB", r.html.perPageGzipKB?.max ?? null, 30, (n) => `${n} KB`),
  ];
}

const seconds = (ms: number | null) => (ms === null ? "–" : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

/** The result as a Markdown table. */
export function markdownTable(r: BenchResult): string {
  const rows: string[][] = [];
  for (const [key, label] of Object.entries(PHASE_LABELS) as [keyof BenchResult["phases"], string][]) {
    const p = r.phases[key];
    rows.push([label, p.ms === null ? (p.note ?? "–") : seconds(p.ms)]);
  }
  const gz = r.html.perPageGzipKB;
  rows.push(
    ["Cold build (wall, whole command)", `${seconds(r.build.coldWallMs)} · ${r.pages} pages · ${r.build.pagesPerSec} pages/s`],
    [
      "HTML vs bare Astro (same pages, same text)",
      `${seconds(r.html.ms)} vs ${seconds(r.html.bareAstroMs)} → **${r.html.ratioVsBareAstro ?? "–"}×** (CPU time ${seconds(
        r.html.cpuMs,
      )} vs ${seconds(r.html.bareAstroCpuMs)} → ${r.html.cpuRatioVsBareAstro ?? "–"}×)`,
    ],
    [
      "PDF per page vs Chromium page.pdf()",
      `ours ${r.pdf.msPerPage === null ? `– (${r.pdf.note ?? ""})` : `${r.pdf.msPerPage} ms/page (${r.pdf.pages} pages)`} · Chromium ${
        r.pdf.chromiumMsPerPage === null ? "–" : `${r.pdf.chromiumMsPerPage} ms/page (${r.pdf.chromiumPages} pages)`
      } → **${r.pdf.ratioVsChromium ?? "–"}×**`,
    ],
    [
      "Unchanged rebuild vs cold",
      `${seconds(r.rebuild.wallMs)}${r.rebuild.skipped ? " (skipped: nothing changed)" : ""} → **${r.rebuild.ratioVsCold}×**${
        r.rebuild.forcedWallMs === undefined
          ? ""
          : ` · with --force ${seconds(r.rebuild.forcedWallMs)} → ${r.rebuild.forcedRatioVsCold}×`
      }`,
    ],
    [
      "Peak RSS (build process tree)",
      `${r.peakRssMiB} MiB (sampled tree ${r.memory.treePeakMiB ?? "–"} MiB, build process ${r.memory.buildProcessMaxRssMiB} MiB)`,
    ],
    ["Output", `${r.build.outputMiB} MiB in ${r.build.files} files`],
    ["Page weight, HTML+CSS gzip", gz ? `median ${gz.median} KB · mean ${gz.mean} KB · max ${gz.max} KB (${gz.maxPage})` : "–"],
    ["Search index", r.search.indexMiB === null ? (r.search.note ?? "–") : `${r.search.indexMiB} MiB`],
  );
  const c = r.content;
  return [
    `### Size ${r.size}: ${c.pamphlets} pamphlets, ${c.events} events, ${c.resources} resources, ${c.windows} windows — ${r.cores} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, load ${r.machine.loadAverage.join("→")}`,
    "",
    "| Phase / metric | Value |",
    "| --- | --- |",
    ...rows.map(([a, b]) => `| ${a} | ${b} |`),
    "",
    "| Budget | Target | Measured | Met |",
    "| --- | --- | --- | --- |",
    ...r.budgets.map((b) => `| ${b.name} | ${b.target} | ${b.value} | ${b.met === null ? "–" : b.met ? "yes" : "**no**"} |`),
    "",
  ].join("\n");
}

const BENCH_USAGE = `
使い方: npm run bench [-- --size S|M|L|XS[,…]] [-- --quick] [-- --json ファイル] [-- --seed 値] [-- --forced-rebuild] [-- --keep]
  合成したコンテンツでビルドの各段階の時間を測ります（詳しくは docs/dev/benchmarks.md）。
  --size S,M        測る大きさをカンマ区切りで（既定: S,M。L は県全体の大きさで時間がかかる）
  --quick           S だけを手早く測る（数分以内）
  --json ファイル   結果を JSON でも書き出す
  --seed 値         合成コンテンツの乱数の種
  --forced-rebuild  入力が同じでも build --force で作り直す時間も測る
  --keep            一時フォルダ（コンテンツ・dist・比較用プロジェクト）を残して場所を表示する
  -h, --help        この説明を表示する
`;

async function main(): Promise<number> {
  const values = readArgs("bench", BENCH_USAGE, {
    size: { type: "string" },
    quick: { type: "boolean", default: false },
    json: { type: "string" },
    seed: { type: "string", default: DEFAULT_SEED },
    "forced-rebuild": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  });
  const sizes = (values.quick ? "S" : (values.size ?? "S,M"))
    .split(",")
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const unknown = sizes.filter((s) => !(s in SIZES));
  if (unknown.length || sizes.length === 0) {
    console.error(`unknown size ${unknown.join(", ")}: use --size S, M, L or XS (comma-separated for several)`);
    return 2;
  }
  const results: BenchResult[] = [];
  for (const size of sizes as SizeName[]) {
    const result = await benchSize(size, { seed: values.seed, forcedRebuild: values["forced-rebuild"], keep: values.keep });
    results.push(result);
    console.log(`\n${markdownTable(result)}`);
  }
  if (values.json) {
    writeFileSync(path.resolve(values.json), `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
    log(`wrote ${values.json}`);
  }
  return 0;
}

// Run when started directly or through src/cli/run.mjs (which points process.argv[1] here); not when imported by tests.
if (import.meta.main || process.argv[1] === import.meta.filename) process.exitCode = await main();
