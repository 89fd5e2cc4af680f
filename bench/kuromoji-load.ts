/**
 * Benchmark: loading kuromoji's IPADIC tokenizer, kuromoji's own builder (`stock`) against the hand-written loader
 * behind loadTokenizer() (`native`, src/lib/readings/kuromoji-dictionary.ts). Each load runs in a fresh process,
 * the two alternating, and reports wall and CPU time (process.cpuUsage, all threads, so kuromoji's gunzip on
 * libuv's thread pool counts) of the load alone, after the modules are imported. Prints JSON with the medians.
 * Not a timed test: run it by hand and record the figures in docs/performance.md.
 *
 * Usage: node bench/kuromoji-load.ts [--runs 7]
 */
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import kuromoji from "kuromoji";
import { kuromojiDictPath } from "../src/lib/readings/kuromoji-dictionary.ts";
import { loadTokenizer } from "../src/lib/readings/reader.ts";

/** One load's cost. */
interface LoadCost {
  wallMs: number;
  cpuMs: number;
}

const VARIANTS = ["stock", "native"] as const;
type Variant = (typeof VARIANTS)[number];

/** Loads the tokenizer once the way `variant` does and measures it (run in the child process). */
async function measureLoad(variant: Variant): Promise<LoadCost> {
  const dicPath = kuromojiDictPath();
  const cpu = process.cpuUsage();
  const started = performance.now();
  if (variant === "stock") {
    await new Promise((resolve, reject) => {
      kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
    });
  } else {
    await loadTokenizer();
  }
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" }, child: { type: "string" } } });
if (values.child) {
  process.stdout.write(JSON.stringify(await measureLoad(values.child as Variant)));
} else {
  const runs = Number(values.runs);
  const costs: Record<Variant, LoadCost[]> = { stock: [], native: [] };
  for (let i = 0; i < runs; i++) {
    // Alternate which variant goes first, so a trend in the machine's load weighs on both alike.
    const order = i % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
    for (const variant of order) {
      const out = execFileSync(process.execPath, [import.meta.filename, "--child", variant], { encoding: "utf8" });
      costs[variant].push(JSON.parse(out) as LoadCost);
    }
  }
  const summary = (list: LoadCost[]) => ({
    medianWallMs: round(median(list.map((c) => c.wallMs))),
    medianCpuMs: round(median(list.map((c) => c.cpuMs))),
    wallMs: list.map((c) => round(c.wallMs)),
    cpuMs: list.map((c) => round(c.cpuMs)),
  });
  const stock = summary(costs.stock);
  const native = summary(costs.native);
  const report = {
    runs,
    stock,
    native,
    savedCpuMs: round(stock.medianCpuMs - native.medianCpuMs),
    savedWallMs: round(stock.medianWallMs - native.medianWallMs),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
