/**
 * The child process of `npm run build` that checks the content folder (the same checks as `npm run check`, plus what
 * only the printed materials need) and prints the issues it finds (src/cli/child-steps.ts). Its reading dictionary,
 * print fonts and parsed files go with it when it exits, before Astro's pages are rendered.
 *
 * Usage (by the build only): node src/cli/check-child.ts     (CONTENT_DIR and SITE_TODAY from the environment;
 *   an IPC channel to the parent)
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { formatIssueReport, summaryLine } from "../lib/content/issue-report.ts";
import { createLogger } from "../lib/content/logger.ts";
import { siteToday } from "../lib/dates/today.ts";
import { contentDir } from "../loaders/content-dir.ts";
import { type CheckChildMessage, serveChildStep, startSpent } from "./child-steps.ts";

type CheckedReadings = Extract<CheckChildMessage, { kind: "checked" }>["readings"];

const isError = (issue: ContentIssue) => issue.severity === "error";

await serveChildStep<CheckChildMessage>(async () => {
  const spent = startSpent();
  const { issues, complete, items, readings } = await checkForBuild(contentDir(), siteToday());
  const report = issues.length ? formatIssueReport(issues) : "";
  if (report) console.error(report);
  const refused = !complete || issues.some(isError) ? summaryLine(issues) : undefined;
  return { kind: "checked", report, refused, items, readings, load: spent() };
});

/**
 * Every issue of the content folder that the build reports; any error stops the build, and so does an incomplete
 * check (a data file over the size limits, an invalid site.yaml: `complete` false). `items` is the site's size
 * (src/cli/overlap.ts), 0 when the content was not read; `readings` what the search's read-ahead needs
 * (src/outputs/search-preread.ts), undefined without a valid site.yaml.
 */
async function checkForBuild(
  content: string,
  today: string,
): Promise<{ issues: ContentIssue[]; complete: boolean; items: number; readings: CheckedReadings }> {
  const log = createLogger("build");
  // Data files over the size limits stop the build here, streamed with bounded memory, before any whole read.
  const { formatDataFileProgress, scanDataFiles } = await import("../loaders/csv/data-file-limits.ts");
  const oversized = await scanDataFiles(content, { onProgress: (p) => log.step(formatDataFileProgress(p)) });
  if (oversized.length) {
    const issues = oversized.map((issue) => ({ ...issue, rule: "data-file-size" }));
    return { issues, complete: false, items: 0, readings: undefined };
  }
  const { checkContent } = await import("../loaders/check-content.ts");
  const { readContent } = await import("../loaders/content-snapshot.ts");
  const snapshot = readContent(content);
  const found = checkContent(content, today, [], snapshot);
  // Without a valid site.yaml (checkContent reports why) nothing can be built.
  const { contentItems } = await import("./overlap.ts");
  const items = contentItems(snapshot);
  if (!snapshot.site) return { issues: found, complete: false, items, readings: undefined };
  if (!found.some(isError)) {
    // What only the printed materials need (glyphs in the print typeface, table widths, image formats).
    const { checkPrintContent } = await import("../outputs/pdf.ts");
    for (const issue of checkPrintContent({ contentDir: content, site: snapshot.site, content: snapshot })) {
      found.push({ ...issue, rule: "print" });
    }
  }
  const readings = { siteWords: snapshot.readings, towns: snapshot.site.towns.map(({ name, kana }) => ({ name, kana })) };
  return { issues: found, complete: true, items, readings };
}
