/**
 * `npm run bench`: builds synthetic municipalities (bench/synthetic/generate.ts) with the project's own build and
 * reports, per size, the wall time of each build phase, pages per second, peak memory, output size, compressed
 * page weight, and ratios against the alternatives measured in the same run: a bare Astro project with the same
 * pages (HTML), Chromium's page.pdf() on the same pamphlet pages (PDF), and a second build with unchanged content.
 *
 * Usage: node bench/run.ts [--size S|M|L|XS[,…]] [--quick] [--json FILE] [--forced-rebuild] [--warm] [--keep] [--seed TEXT]
 *   --size            sizes to run, comma-separated (default S,M; L is a whole prefecture and takes long)
 *   --quick           S only (a few minutes at most)
 *   --json FILE       also write the results as JSON (one object for one size, an array for several)
 *   --forced-rebuild  also time `build --force` on unchanged content (what a rebuild costs without the shortcut)
 *   --warm            also time a warm build: the caches the cold build filled, the same content, another output folder
 *                     and `--force`, so every step runs (reported apart, under `warm`)
 *   --keep            keep the temporary folder (content, dist, bare project) and print where it is
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readArgs } from "../src/cli/cli-args.ts";
import type { BuildPhase, BuildTimings } from "../src/cli/phase-timings.ts";
import type { BenchResult, PhaseReport } from "./bench-result.ts";
import { writeBareAstroProject } from "./compare/bare-astro.ts";
import { printPair } from "./compare/print-pair.ts";
import { applyEdit, EDIT_KINDS } from "./measure/edits.ts";
import { summarizeOutput } from "./measure/output.ts";
import { type MeasuredRun, runMeasured } from "./measure/process-tree.ts";
import { budgets, markdownTable } from "./report.ts";
import { DEFAULT_SEED, generateSite, SIZES, type SizeName, SYNTHETIC_TODAY } from "./synthetic/generate.ts";

export type { BenchResult, BudgetCheck, PhaseReport, WarmReport } from "./bench-result.ts";

const projectRoot = path.resolve(import.meta.dirname, "..");

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
      // A cache folder of this run only: a second `npm run bench` must not find the first one's PDFs and images.
      ZAITAKU_CACHE_DIR: path.join(path.dirname(timingsFile), "cache"),
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

function phases(t: BuildTimings): BenchResult["phases"] {
  return {
    load: phase(t, "load"),
    html: phase(t, "html"),
    pdf: phase(t, "pdf"),
    og: phase(t, "og"),
    search: phase(t, "search"),
    verify: phase(t, "verify"),
  };
}

/** Runs the whole benchmark for one size in a fresh temporary folder. */
export async function benchSize(
  size: SizeName,
  options: { seed?: string; forcedRebuild?: boolean; warm?: boolean; keep?: boolean } = {},
) {
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
    const cacheDir = path.join(work, "cache");
    const cacheBefore = existsSync(cacheDir);
    const cold = await build(content, dist, path.join(work, "timings-cold.json"));
    const cacheFiles = existsSync(cacheDir)
      ? readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith(".bin")).length
      : 0;
    const output = summarizeOutput(dist, "/");
    log(`${size}: ${output.pages} pages in ${(cold.run.wallMs / 1000).toFixed(1)} s`);

    log(`${size}: rebuild with unchanged content`);
    const again = await build(content, dist, path.join(work, "timings-rebuild.json"));
    let forced: MeasuredRun | undefined;
    if (options.forcedRebuild) {
      log(`${size}: forced rebuild (--force) with unchanged content`);
      forced = (await build(content, dist, path.join(work, "timings-forced.json"), ["--force"])).run;
    }
    let warm: { run: MeasuredRun; timings: BuildTimings } | undefined;
    if (options.warm) {
      // Before any edit: the caches hold exactly this content. Another folder and --force, so every step runs.
      log(`${size}: warm build (caches filled by the cold build, another output folder, --force)`);
      warm = await build(content, path.join(work, "dist-warm"), path.join(work, "timings-warm.json"), ["--force"]);
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
    log(`${size}: Typst and Chromium page.pdf() on the same ${pamphletRoutes.length} pamphlets, interleaved`);
    const chromium = await printPair(content, dist, path.join(work, "chromium"));

    const edits: BenchResult["edit"]["edits"] = [];
    for (const kind of EDIT_KINDS) {
      const file = applyEdit(content, site.files, kind);
      if (file === null) {
        edits.push({ kind, file, wallMs: null, cpuMs: null, ratioVsCold: null });
        continue;
      }
      log(`${size}: rebuild after editing ${file}`);
      const edited = (await build(content, dist, path.join(work, `timings-edit-${kind}.json`))).run;
      edits.push({
        kind,
        file,
        wallMs: edited.wallMs,
        cpuMs: edited.treeCpuMs,
        ratioVsCold: round2(edited.wallMs / cold.run.wallMs),
      });
    }
    const editRatios = edits.flatMap((e) => (e.ratioVsCold === null ? [] : [e.ratioVsCold]));

    const t = cold.timings;
    const htmlMs = t.phases.html ?? null;
    const htmlCpuMs = t.cpuMs.html ?? null;
    const pdfMs = t.phases.pdf ?? null;
    const phaseMsPerPage = pdfMs !== null && output.pdf.pages > 0 ? round2(pdfMs / output.pdf.pages) : null;
    const chromiumOk = "ratio" in chromium;
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
      cache: { dir: cacheDir, existedBeforeColdBuild: cacheBefore, entriesAfterColdBuild: cacheFiles },
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
      phases: phases(t),
      build: {
        coldWallMs: cold.run.wallMs,
        coldCpuMs: cold.run.treeCpuMs,
        buildTotalMs: t.totalMs,
        pagesPerSec: round2(output.pages / (cold.run.wallMs / 1000)),
        outputMiB: mib(output.bytes),
        files: output.files,
        bareAstroWallMs: bare.wallMs,
        bareAstroCpuMs: bare.treeCpuMs,
        ratioVsBareAstro: round2(cold.run.wallMs / bare.wallMs),
        cpuRatioVsBareAstro: cold.run.treeCpuMs === null || !bare.treeCpuMs ? null : round2(cold.run.treeCpuMs / bare.treeCpuMs),
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
        phaseMsPerPage,
        msPerPage: chromiumOk ? chromium.typst.msPerPage : null,
        cpuMsPerPage: chromiumOk ? chromium.typst.cpuMsPerPage : null,
        chromiumMsPerPage: chromiumOk ? chromium.chromium.msPerPage : null,
        chromiumPages: chromiumOk ? chromium.chromium.pages : 0,
        chromiumDocuments: chromiumOk ? chromium.documents : 0,
        coldStartMs: chromiumOk ? { typst: chromium.typst.coldStartMs, chromium: chromium.chromium.coldStartMs } : null,
        ratioVsChromium: pdfMs !== null && output.pdf.pages > 0 && chromiumOk ? chromium.ratio : null,
        ...(pdfNote ? { note: pdfNote } : {}),
      },
      rebuild: {
        wallMs: again.run.wallMs,
        ratioVsCold: round2(again.run.wallMs / cold.run.wallMs),
        skipped: again.timings.skipped,
        ...(forced ? { forcedWallMs: forced.wallMs, forcedRatioVsCold: round2(forced.wallMs / cold.run.wallMs) } : {}),
      },
      edit: { edits, ratioVsCold: editRatios.length > 0 ? Math.max(...editRatios) : null },
      search: {
        ms: t.phases.search ?? null,
        indexMiB: output.searchIndexBytes === null ? null : mib(output.searchIndexBytes),
        ...(output.searchIndexBytes === null ? { note: `search index is ${NOT_BUILT}` } : {}),
      },
      warm: warm
        ? {
            wallMs: warm.run.wallMs,
            cpuMs: warm.run.treeCpuMs,
            ratioVsCold: round2(warm.run.wallMs / cold.run.wallMs),
            ratioVsBareAstro: round2(warm.run.wallMs / bare.wallMs),
            cpuRatioVsBareAstro:
              warm.run.treeCpuMs === null || !bare.treeCpuMs ? null : round2(warm.run.treeCpuMs / bare.treeCpuMs),
            phases: phases(warm.timings),
          }
        : null,
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

const BENCH_USAGE = `
使い方: npm run bench [-- --size S|M|L|XS[,…]] [-- --quick] [-- --json ファイル] [-- --seed 値] [-- --forced-rebuild] [-- --warm] [-- --keep]
  合成したコンテンツでビルドの各段階の時間を測ります（詳しくは docs/dev/benchmarks.md）。
  --size S,M        測る大きさをカンマ区切りで（既定: S,M。L は県全体の大きさで時間がかかる）
  --quick           S だけを手早く測る（数分以内）
  --json ファイル   結果を JSON でも書き出す
  --seed 値         合成コンテンツの乱数の種
  --forced-rebuild  入力が同じでも build --force で作り直す時間も測る
  --warm            キャッシュが温まった状態（初回ビルドが満たした PDF・OG 画像・読みのキャッシュと Astro の
                    コンテンツレイヤーのキャッシュ、別の出力フォルダ、--force）のビルドも測る。初回とは別に報告する
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
    warm: { type: "boolean", default: false },
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
    const result = await benchSize(size, {
      seed: values.seed,
      forcedRebuild: values["forced-rebuild"],
      warm: values.warm,
      keep: values.keep,
    });
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
