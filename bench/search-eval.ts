/**
 * Search quality through the real search page in Chromium: recall@5 and MRR for the tuning set
 * (test/fixtures/search/queries.json), the independent unseen set (unseen-queries-independent.json) and the
 * independent kana set (kana-queries-independent.json, queries typed in hiragana/katakana) and a fresh independent set
 * written after those were used (fresh-queries-independent.json, with phrases typed in hiragana), and a set written
 * on 2026-12-05 from the built pages only (unseen-queries-2026-12-05.json), and a second one written the same way after
 * that one had been used for tuning (unseen-queries-2026-12-06.json), separately.
 * Builds the demo content under /zaitaku/ (like the browser tests), serves it on 127.0.0.1, opens /search/?q=….
 * Usage: node bench/search-eval.ts [--misses] [--set=tuning|unseen|kana|fresh|2026-12-05|2026-12-06]
 *   --misses lists the queries whose page is not in the top 5; --set measures one set only (repeatable).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { BASE, openDemoSite } from "../test/browser/helpers/demo-site.ts";

interface QueryCase {
  query: string;
  expected: string | string[];
  kind: string;
}
const root = path.resolve(import.meta.dirname, "..");
const load = (file: string) =>
  (JSON.parse(readFileSync(path.join(root, "test/fixtures/search", file), "utf8")) as { queries: QueryCase[] }).queries;
const allSets: [string, string, QueryCase[]][] = [
  ["tuning", "tuning (queries.json)", load("queries.json")],
  ["unseen", "unseen, independent (unseen-queries-independent.json)", load("unseen-queries-independent.json")],
  ["kana", "kana, independent (kana-queries-independent.json)", load("kana-queries-independent.json")],
  ["fresh", "fresh, independent (fresh-queries-independent.json)", load("fresh-queries-independent.json")],
  ["2026-12-05", "unseen 2026-12-05 (unseen-queries-2026-12-05.json)", load("unseen-queries-2026-12-05.json")],
  ["2026-12-06", "unseen 2026-12-06 (unseen-queries-2026-12-06.json)", load("unseen-queries-2026-12-06.json")],
];
const chosen = process.argv.filter((a) => a.startsWith("--set=")).map((a) => a.slice("--set=".length));
const sets = allSets.filter(([id]) => chosen.length === 0 || chosen.includes(id)).map(([, label, q]) => [label, q] as const);

const site = await openDemoSite();
try {
  const page = await site.context.newPage();
  for (const [label, queries] of sets) {
    let hits = 0;
    let rr = 0;
    const misses: string[] = [];
    for (const q of queries) {
      await page.goto(site.url(`/search/?q=${encodeURIComponent(q.query)}`));
      await page.waitForFunction(() => {
        const text = document.querySelector("#search-status")?.textContent ?? "";
        return text !== "" && !text.includes("検索しています");
      });
      const hrefs = await page
        .locator(".search-result__title a")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      const paths = hrefs.map((h) => `/${h.slice(BASE.length)}`);
      const expected = Array.isArray(q.expected) ? q.expected : [q.expected];
      const rank = paths.findIndex((p) => expected.includes(p)) + 1;
      if (rank >= 1 && rank <= 5) hits++;
      else misses.push(`${q.query} (${q.kind}) → ${paths.slice(0, 3).join(" ") || "結果なし"}`);
      if (rank >= 1) rr += 1 / rank;
    }
    const n = queries.length;
    console.log(`${label}: ${n} queries, recall@5 ${(hits / n).toFixed(3)}, MRR ${(rr / n).toFixed(3)}`);
    if (process.argv.includes("--misses")) for (const m of misses) console.log(`  miss: ${m}`);
  }
} finally {
  await site.close();
}
