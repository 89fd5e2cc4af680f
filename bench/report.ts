/** The benchmark's budgets and its Markdown table, from one size's result (bench/run.ts). */
import type { BenchResult, BudgetCheck } from "./bench-result.ts";

const PHASE_LABELS: Record<keyof BenchResult["phases"], string> = {
  load: "Content loading (validation)",
  html: "Astro HTML",
  pdf: "PDFs",
  og: "OG images",
  search: "Search index",
  verify: "Post-build checks",
};

/** The budgets listed in docs/performance.md (targets, not assertions). */
export function budgets(r: BenchResult): BudgetCheck[] {
  const check = (name: string, target: string, value: number | null, limit: number, show: (n: number) => string) => ({
    name,
    target,
    value: value === null ? "–" : show(value),
    met: value === null ? null : value <= limit,
  });
  return [
    check("Whole build vs bare Astro", "≤ 3×", r.build.ratioVsBareAstro, 3, (n) => `${n}×`),
    check("HTML phase vs bare Astro", "≤ 1.2×", r.html.ratioVsBareAstro, 1.2, (n) => `${n}×`),
    // CPU time hardly moves when other work shares the machine: the steadier of the two figures.
    check("HTML phase vs bare Astro, CPU time", "≤ 1.2×", r.html.cpuRatioVsBareAstro, 1.2, (n) => `${n}×`),
    check("PDF per page vs Chromium", "≤ 0.25×", r.pdf.ratioVsChromium, 0.25, (n) => `${n}×`),
    check("One edit vs cold (costliest)", "≤ 0.1×", r.edit.ratioVsCold, 0.1, (n) => `${n}×`),
    check("Unchanged rebuild vs cold", "≤ 0.3×", r.rebuild.ratioVsCold, 0.3, (n) => `${n}×`),
    check("Peak RSS (budget set for L)", "≤ 3072 MiB", r.peakRssMiB, 3072, (n) => `${n} MiB`),
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
      "Whole build vs bare Astro (both whole commands)",
      `${seconds(r.build.coldWallMs)} vs ${seconds(r.build.bareAstroWallMs)} → **${r.build.ratioVsBareAstro}×** (CPU time of the process trees ${seconds(
        r.build.coldCpuMs,
      )} vs ${seconds(r.build.bareAstroCpuMs)} → ${r.build.cpuRatioVsBareAstro ?? "–"}×)`,
    ],
    [
      "HTML vs bare Astro (same pages, same text)",
      `${seconds(r.html.ms)} vs ${seconds(r.html.bareAstroMs)} → **${r.html.ratioVsBareAstro ?? "–"}×** (CPU time ${seconds(
        r.html.cpuMs,
      )} vs ${seconds(r.html.bareAstroCpuMs)} → ${r.html.cpuRatioVsBareAstro ?? "–"}×)`,
    ],
    [
      "PDF per page vs Chromium page.pdf() (same pamphlets, warm, interleaved)",
      `Typst ${r.pdf.msPerPage === null ? `– (${r.pdf.note ?? ""})` : `${r.pdf.msPerPage} ms/page (CPU ${r.pdf.cpuMsPerPage})`} · Chromium ${
        r.pdf.chromiumMsPerPage === null ? "–" : `${r.pdf.chromiumMsPerPage} ms/page (${r.pdf.chromiumPages} pages)`
      } → **${r.pdf.ratioVsChromium ?? "–"}×**; cold start ${
        r.pdf.coldStartMs ? `Typst ${r.pdf.coldStartMs.typst} ms, Chromium ${r.pdf.coldStartMs.chromium} ms` : "–"
      }`,
    ],
    [
      "PDF phase of the build (all documents, workers, cache)",
      `${seconds(r.pdf.ms)} for ${r.pdf.pages} pages → ${r.pdf.phaseMsPerPage ?? "–"} ms/page`,
    ],
    ...r.edit.edits.map((e) => [
      `Rebuild after one edit (${e.kind})`,
      e.file === null
        ? "– (no such file in this size)"
        : `${e.file}: ${seconds(e.wallMs)} (CPU ${seconds(e.cpuMs)}) → **${e.ratioVsCold}×** cold`,
    ]),
    [
      "Unchanged rebuild vs cold",
      `${seconds(r.rebuild.wallMs)}${r.rebuild.skipped ? " (skipped: nothing changed)" : ""} → **${r.rebuild.ratioVsCold}×**${
        r.rebuild.forcedWallMs === undefined
          ? ""
          : ` · with --force ${seconds(r.rebuild.forcedWallMs)} → ${r.rebuild.forcedRatioVsCold}×`
      }`,
    ],
    ...(r.warm === null
      ? []
      : [
          [
            "Warm build (caches filled, other output folder, --force)",
            `${seconds(r.warm.wallMs)} (CPU ${seconds(r.warm.cpuMs)}) → **${r.warm.ratioVsCold}×** cold · vs bare Astro ${
              r.warm.ratioVsBareAstro
            }× (CPU ${r.warm.cpuRatioVsBareAstro ?? "–"}×) · ${(Object.keys(PHASE_LABELS) as (keyof BenchResult["phases"])[])
              .map((k) => `${k} ${seconds(r.warm?.phases[k].ms ?? null)}`)
              .join(", ")}`,
          ],
        ]),
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
