/**
 * Accessibility audit of a built site with axe-core in Chromium: shared by the browser tests (which require zero
 * violations) and `npm run a11y:report` (which writes the results file that /accessibility/ publishes).
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { axeTagOf, type WcagCriterion } from "../lib/report/wcag-criteria.ts";

/** axe-core rule tags for WCAG 2.2 levels A and AA (2.0, 2.1 and 2.2 criteria). */
export const WCAG_AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** One axe finding, trimmed to what a report needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  tags: string[];
  nodes: { target: string; summary: string }[];
}

/** What axe found on one page. */
export interface PageAudit {
  /** Site path without the base, e.g. /pamphlets/kaigo-hoken/. */
  path: string;
  violations: AxeViolation[];
  /** Ids of the rules that passed. */
  passes: string[];
  /** Ids of the rules whose result needs a person to check (axe "incomplete"). */
  incomplete: string[];
  /** The rules' tags, by rule id (to map rules to criteria). */
  ruleTags: Record<string, string[]>;
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** axe-core's version (from its package). */
export function axeVersion(): string {
  return (require("axe-core/package.json") as { version: string }).version;
}

/**
 * Runs axe with the WCAG 2.2 A/AA rules on the page as it is now (load the page first).
 * @param sitePath the page's site path, for the report
 */
export async function auditPage(page: Page, sitePath: string): Promise<PageAudit> {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time.
    const axe = (window as any).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    type Rule = {
      id: string;
      impact: string | null;
      help: string;
      tags: string[];
      nodes: { target: unknown[]; failureSummary?: string }[];
    };
    const slim = (rule: Rule) => ({
      id: rule.id,
      impact: rule.impact,
      help: rule.help,
      tags: rule.tags,
      nodes: rule.nodes.map((n) => ({ target: n.target.map(String).join(" "), summary: n.failureSummary ?? "" })),
    });
    return {
      violations: (r.violations as Rule[]).map(slim),
      passes: (r.passes as Rule[]).map(slim),
      incomplete: (r.incomplete as Rule[]).map(slim),
    };
  }, WCAG_AXE_TAGS);
  const ruleTags: Record<string, string[]> = {};
  for (const rule of [...result.violations, ...result.passes, ...result.incomplete]) ruleTags[rule.id] = rule.tags;
  return {
    path: sitePath,
    violations: result.violations,
    passes: result.passes.map((r) => r.id),
    incomplete: result.incomplete.map((r) => r.id),
    ruleTags,
  };
}

/**
 * Site paths of every page in the built site's sitemap (sitemap-index.xml and the sitemaps it lists),
 * e.g. ["/", "/pamphlets/"] for https://example.jp/zaitaku/ and https://example.jp/zaitaku/pamphlets/.
 */
export function sitemapPaths(dist: string, siteRoot: string): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const locs = files.flatMap((f) =>
    [...readFileSync(path.join(dist, f), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ""),
  );
  return [...new Set(locs.filter((loc) => loc.startsWith(siteRoot)).map((loc) => `/${loc.slice(siteRoot.length)}`))].sort();
}

/**
 * At most `max` paths, keeping every section: paths are grouped by their first segment and taken round-robin,
 * so a site with 2,000 事業所 pages still has its pamphlets and windows tested.
 */
export function stratifiedSample(paths: string[], max = 300): string[] {
  if (paths.length <= max) return paths;
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const key = p.split("/")[1] ?? "";
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const queues = [...groups.values()];
  const sample: string[] = [];
  for (let i = 0; sample.length < max; i++) {
    let took = false;
    for (const q of queues) {
      const p = q[i];
      if (p !== undefined && sample.length < max) {
        sample.push(p);
        took = true;
      }
    }
    if (!took) break;
  }
  return sample.sort();
}

/** Result of one criterion over all audited pages. */
export interface CriterionResult {
  id: string;
  /**
   * pass: axe's rules for it found nothing and decided everywhere; fail: they found problems; manual: no automatic
   * rule covers it, or axe could not decide somewhere (a person has to check).
   */
  result: "pass" | "fail" | "manual";
  /** axe rules that checked it. */
  rules: string[];
  /** Pages with a violation of it. */
  failedPages: number;
}

/** Maps page audits to WCAG criteria (an axe rule tagged wcag143 checks 1.4.3). */
export function summarizeCriteria(audits: PageAudit[], criteria: WcagCriterion[]): CriterionResult[] {
  return criteria.map((criterion) => {
    const tag = axeTagOf(criterion.id);
    const rules = new Set<string>();
    let undecided = false;
    for (const audit of audits) {
      for (const [rule, tags] of Object.entries(audit.ruleTags)) {
        if (!tags.includes(tag)) continue;
        rules.add(rule);
        if (audit.incomplete.includes(rule)) undecided = true;
      }
    }
    const failedPages = audits.filter((a) => a.violations.some((v) => v.tags.includes(tag))).length;
    // A rule that axe could not decide somewhere (incomplete) leaves the criterion to a person.
    const result = failedPages > 0 ? "fail" : rules.size > 0 && !undecided ? "pass" : "manual";
    return { id: criterion.id, result, rules: [...rules].sort(), failedPages };
  });
}

/** Chromium's version as the browser reports it, e.g. "Chromium 131.0.6778.85". */
export function browserVersion(browser: Browser): string {
  return `Chromium ${browser.version()}`;
}
