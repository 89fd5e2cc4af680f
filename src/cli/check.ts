/**
 * `npm run check`: checks the content folder without building and prints every problem at once, grouped by file
 * (file:line:column, エラー / 警告, what is wrong, how to fix it). Exit status 1 when there is an error.
 *
 * Usage: node src/cli/check.ts [--json] [--list]     (CONTENT_DIR, SITE_TODAY from the environment)
 *   --json   machine-readable report on stdout (for CI bots)
 *   --list   the checks that run, with their ids
 */
import path from "node:path";
import { unreadWordsCheck } from "../checks/readings.ts";
import { contentChecks } from "../checks/registry.ts";
import { formatDataFileSummary } from "../lib/content/data-file-summary.ts";
import { formatIssueReport, jsonIssueReport, sortIssues } from "../lib/content/issue-report.ts";
import { siteToday } from "../lib/dates/today.ts";
import { loadDomainReadings } from "../lib/readings/dictionary.ts";
import { loadTokenizer } from "../lib/readings/reader.ts";
import { checkContent } from "../loaders/check-content.ts";
import { contentDir } from "../loaders/content-dir.ts";
import { type ContentSnapshot, readContent } from "../loaders/content-snapshot.ts";
import { formatDataFileProgress, scanDataFiles } from "../loaders/csv/data-file-limits.ts";
import { readArgs } from "./cli-args.ts";

const CHECK_USAGE = `
使い方: npm run check [-- --json] [-- --list]
  コンテンツフォルダ（CONTENT_DIR、既定は content/）を確かめ、直すところをファイル名・行・項目つきで表示します。
  サイトは作りません。問題がなければ 0、直すところがあれば 1 で終わります。
  --json      結果を JSON で出す
  --list      確かめる項目の一覧を表示する
  -h, --help  この説明を表示する
`;

async function main(): Promise<number> {
  const values = readArgs("check", CHECK_USAGE, { json: { type: "boolean" }, list: { type: "boolean" } });
  if (values.list) {
    console.log(["schema\t項目の書き方（site.yaml とフロントマター）", "mdx-syntax\tMDX の書き方"].join("\n"));
    for (const check of contentChecks) console.log(`${check.id}\t${check.title}`);
    console.log("unread-words\t読みがわからない漢字の語（ふりがなと読みの検索に使います）");
    return 0;
  }
  let today: string;
  try {
    today = siteToday();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const dir = contentDir();
  const started = performance.now();
  // Data files over the size limits are reported alone: the other checks would read them whole.
  const oversized = await scanDataFiles(dir, { onProgress: (p) => console.error(formatDataFileProgress(p)) });
  // Read and validated once; the checks and the per-file summary below both take this snapshot.
  const snapshot = oversized.length ? undefined : readContent(dir);
  const issues = snapshot
    ? checkContent(dir, today, await readingCheck(snapshot), snapshot)
    : sortIssues(oversized.map((issue) => ({ ...issue, rule: "data-file-size" })));
  const report = jsonIssueReport(issues, dir, today);
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(`コンテンツを確認しました: ${dir}（今日: ${today}、${((performance.now() - started) / 1000).toFixed(1)} 秒）\n`);
    const files = [...(snapshot?.resourceFiles ?? []), ...(snapshot?.eventFiles ?? [])];
    if (files.length) console.log(`データファイル:\n${files.map((f) => `  ${formatDataFileSummary(f)}`).join("\n")}\n`);
    console.log(formatIssueReport(issues));
  }
  return report.ok ? 0 : 1;
}

/** The reading check with its analyser loaded (readings.yaml problems are reported by the schema validation). */
async function readingCheck(snapshot: ContentSnapshot) {
  const root = path.resolve(import.meta.dirname, "../..");
  const domain = loadDomainReadings(path.join(root, "src/data/domain-readings.json"));
  return [unreadWordsCheck({ tokenizer: await loadTokenizer(), domain, site: snapshot.readings })];
}

try {
  process.exitCode = await main();
} catch (error) {
  // A bug, not a content problem: say so in one line (the stack only with ZAITAKU_DEBUG=1).
  console.error(
    `内部エラーで確認を終えられませんでした（コンテンツではなくプログラムの不具合です。開発担当者に伝えてください）: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (process.env["ZAITAKU_DEBUG"]) console.error(error);
  process.exitCode = 2;
}
