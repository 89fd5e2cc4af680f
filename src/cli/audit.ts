/**
 * `npm run audit`: Lighthouse (mobile: a mid-range phone on a slow 4G link, simulated) on the built site's main
 * page types — home, a pamphlet, the events list, a window and a resource — served from dist/ under its base path.
 * Prints one row of scores (performance, accessibility, best practices, SEO) per page and writes every report as
 * JSON. Not part of the test suite: performance scores depend on how busy the machine is; `--runs` takes the median.
 *
 * Usage: node src/cli/audit.ts [--dist DIR] [--json FILE] [--runs N] [--min SCORE]   (CONTENT_DIR for site.yaml;
 *        CHROME_PATH or CHROMIUM_PATH for the browser, default Debian's /usr/bin/chromium)
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { createLogger } from "../lib/content/logger.ts";
import { contentDir } from "../loaders/content-dir.ts";
import { loadSiteConfig } from "../loaders/site-config.ts";
import { readArgs } from "./cli-args.ts";
import { serveStatic } from "./static-server.ts";

const AUDIT_USAGE = `
使い方: npm run audit [-- --dist フォルダ] [-- --json ファイル] [-- --runs 回数] [-- --min 点数]
  作成済みのサイトを Lighthouse（スマートフォン・遅い回線を想定）で採点し、ページごとの点数を表にします。
  先に npm run build を実行してください。
  --dist フォルダ   作成済みのサイト（既定: dist）
  --json ファイル   すべての結果を書き出す JSON（既定: test-results/lighthouse.json）
  --runs 回数       1 ページを何回測るか。点数は中央値（既定: 1）
  --min 点数        どれかの点数がこれより低ければ終了コード 1（既定: 98）
  -h, --help        この説明を表示する
`;

/** The four Lighthouse categories, in the order of the table. */
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** One page's scores (0–100) per category, and the audits that kept a category under 100. */
interface PageScores {
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  failing: string[];
}

/** The first page folder of a section, sorted, skipping the section's own sub-lists (e.g. resources/area/). */
function firstPage(dist: string, section: string, skip: readonly string[] = []): string | undefined {
  const dir = path.join(dist, section);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !skip.includes(d.name) && existsSync(path.join(dir, d.name, "index.html")))
    .map((d) => d.name)
    .sort()[0];
  return name ? `/${section}/${name}/` : undefined;
}

/** The median of numbers (the lower middle one for an even count, so the figure was measured, not averaged). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** The scores as a text table, one page a row. */
function formatTable(rows: readonly PageScores[]): string {
  const head = ["page", "perf", "a11y", "best", "seo"];
  const lines = rows.map((r) => [r.path, ...CATEGORIES.map((c) => String(r.scores[c]))]);
  const width = Math.max(head[0]?.length ?? 0, ...lines.map((l) => l[0]?.length ?? 0));
  const row = (cells: string[]) => [cells[0]?.padEnd(width), ...cells.slice(1).map((c) => c.padStart(4))].join("  ");
  return [row(head), ...lines.map(row)].join("\n");
}

async function main(): Promise<number> {
  const values = readArgs("audit", AUDIT_USAGE, {
    dist: { type: "string", default: "dist" },
    json: { type: "string", default: "test-results/lighthouse.json" },
    runs: { type: "string", default: "1" },
    min: { type: "string", default: "98" },
  });
  const log = createLogger("audit");
  const dist = path.resolve(values.dist ?? "dist");
  if (!existsSync(path.join(dist, "index.html"))) {
    log.error(`${dist} に作成済みのサイトがありません。先に npm run build を実行してください。`);
    return 1;
  }
  const runs = Math.max(1, Number.parseInt(values.runs ?? "1", 10) || 1);
  const min = Number(values.min ?? "98");
  const config = loadSiteConfig(contentDir());
  const pages = [
    "/",
    firstPage(dist, "pamphlets"),
    "/events/",
    firstPage(dist, "windows", ["print"]),
    firstPage(dist, "resources", ["area", "feature", "type"]),
  ].filter((p): p is string => p !== undefined);

  const server = await serveStatic(dist, config.site.base);
  const chrome = await launch({
    chromePath: process.env["CHROME_PATH"] ?? process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const rows: PageScores[] = [];
  const reports: unknown[] = [];
  try {
    for (const page of pages) {
      const url = new URL(page.slice(1), server.url).href;
      const measured: PageScores[] = [];
      for (let i = 0; i < runs; i++) {
        log.step(`採点しています: ${page}（${i + 1}/${runs}）`);
        const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
        if (!result) throw new Error(`Lighthouse の結果がありません: ${page}`);
        const { lhr } = result;
        reports.push(lhr);
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
        ) as PageScores["scores"];
        const failing = CATEGORIES.flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
        );
        measured.push({ path: page, scores, failing });
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, median(measured.map((m) => m.scores[c]))]),
      ) as PageScores["scores"];
      rows.push({ path: page, scores, failing: [...new Set(measured.flatMap((m) => m.failing))] });
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  const file = path.resolve(values.json ?? "test-results/lighthouse.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ pages: rows, reports }, null, 1)}\n`);
  console.log(formatTable(rows));
  for (const row of rows) for (const audit of row.failing) console.log(`  ${row.path} ${audit}`);
  const low = rows.filter((r) => CATEGORIES.some((c) => r.scores[c] < min));
  log.done(`結果を書き出しました: ${path.relative(process.cwd(), file)}`);
  if (low.length) {
    log.error(`${min} 点に届かないページがあります: ${low.map((r) => r.path).join("、")}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
