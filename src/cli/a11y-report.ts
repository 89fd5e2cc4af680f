/**
 * `npm run a11y:report`: tests the built site (dist/, after `npm run build`) with axe-core in Chromium against the
 * WCAG 2.2 A/AA rules, and writes the results into the content folder as
 * `accessibility/test-results-YYYY-MM-DD.yaml`. The next `npm run build` publishes them on /accessibility/.
 * Every page of the sitemap is tested (a sample keeping every section when there are more than 300).
 *
 * Usage: node src/cli/a11y-report.ts [--dist DIR] [--max N]     (CONTENT_DIR, SITE_TODAY from the environment)
 *   --max  most pages to test (default 300); above it, a sample keeping every section
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { stringify } from "yaml";
import { createLogger } from "../lib/content/logger.ts";
import { siteToday } from "../lib/dates/today.ts";
import { criteriaForLevel } from "../lib/report/wcag-criteria.ts";
import { A11Y_RESULTS_DIR, a11yResultsFileName } from "../loaders/a11y-results.ts";
import { contentDir } from "../loaders/content-dir.ts";
import { loadSiteConfig } from "../loaders/site-config.ts";
import type { A11yResults } from "../schemas/a11y-results.ts";
import {
  auditPage,
  axeVersion,
  browserVersion,
  type PageAudit,
  sitemapPaths,
  stratifiedSample,
  summarizeCriteria,
} from "./axe-audit.ts";
import { CHROMIUM_LAUNCH } from "./chromium.ts";
import { readArgs } from "./cli-args.ts";
import { serveStatic } from "./static-server.ts";

const A11Y_USAGE = `
使い方: npm run a11y:report [-- --dist フォルダ] [-- --max ページ数]
  作成済みのサイトを Chromium で開き、アクセシビリティの自動チェック（axe）の結果を記録します。
  先に npm run build を実行してください。
  --dist フォルダ   作成済みのサイト（既定: dist）
  --max ページ数    確かめるページの上限（既定: 300）
  -h, --help        この説明を表示する
`;

async function main(): Promise<number> {
  const values = readArgs("a11y:report", A11Y_USAGE, {
    dist: { type: "string", default: "dist" },
    max: { type: "string", default: "300" },
  });
  const max = Number.parseInt(values.max ?? "300", 10);
  const dist = path.resolve(values.dist ?? "dist");
  const log = createLogger("a11y");
  const content = contentDir();
  const config = loadSiteConfig(content);
  if (!existsSync(path.join(dist, "sitemap-index.xml"))) {
    log.error(`${dist} に作成済みのサイトがありません。先に npm run build を実行してください。`);
    return 1;
  }
  const siteRoot = new URL(config.site.base, config.site.url).href;
  const all = sitemapPaths(dist, siteRoot);
  const paths = stratifiedSample(all, Number.isInteger(max) && max > 0 ? max : 300);
  log.step(`アクセシビリティ試験（axe-core ${axeVersion()}、WCAG 2.2 A・AA）: ${paths.length} / ${all.length} ページ`);

  const server = await serveStatic(dist, config.site.base);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const audits: PageAudit[] = [];
  try {
    const context = await browser.newContext({ locale: "ja-JP" });
    // Only the site itself: nothing is fetched from elsewhere while testing.
    await context.route("**/*", (route) =>
      new URL(route.request().url()).origin === server.origin ? route.continue() : route.abort("blockedbyclient"),
    );
    const page = await context.newPage();
    for (const [i, sitePath] of paths.entries()) {
      await page.goto(new URL(sitePath.slice(1), server.url).href);
      audits.push(await auditPage(page, sitePath));
      log.progress(i + 1, paths.length, "試験したページ");
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const date = siteToday();
  const criteria = summarizeCriteria(audits, criteriaForLevel(config.accessibility.targetLevel));
  const results: A11yResults = {
    date,
    targetLevel: config.accessibility.targetLevel,
    tool: { name: "axe-core", version: axeVersion() },
    browser: browserVersion(browser),
    totalPages: all.length,
    pages: audits.map((a) => ({ path: a.path, violations: a.violations.reduce((n, v) => n + v.nodes.length, 0) })),
    criteria: criteria.map((c) => ({ id: c.id, result: c.result, rules: c.rules, failedPages: c.failedPages })),
  };
  const folder = path.join(content, A11Y_RESULTS_DIR);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, a11yResultsFileName(date));
  const header = [
    "# アクセシビリティ試験結果（npm run a11y:report が作成）。npm run build で /accessibility/ に掲載されます。",
    "# 人が確認した達成基準は result を pass / fail / na に書き換え、note に確認した内容を書いてください。",
  ].join("\n");
  writeFileSync(file, `${header}\n${stringify(results, { lineWidth: 0 })}`);

  const problems = audits.flatMap((a) => a.violations.map((v) => `${a.path}: ${v.id}（${v.help}）`));
  for (const problem of problems) log.error(problem);
  const count = (r: string) => criteria.filter((c) => c.result === r).length;
  log.done(
    `結果を書き出しました: ${path.relative(process.cwd(), file)}（問題なし ${count("pass")}、問題あり ${count("fail")}、人による確認が必要 ${count("manual")}）`,
  );
  log.step("掲載するには、もう一度 npm run build を実行してください。");
  return 0;
}

process.exitCode = await main();
