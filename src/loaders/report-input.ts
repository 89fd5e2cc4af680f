import type { ReportInput } from "../lib/activity-report.ts";
import type { ContentIssue } from "../lib/content-issue.ts";
import { pamphletSchema } from "../schemas/pamphlet.ts";
import { readAllEvents } from "./events.ts";
import { readMdxCollection } from "./mdx-collection.ts";
import { readSiteConfig } from "./site-config.ts";
import { readSurveys } from "./surveys.ts";

/**
 * Reads what the activity report needs from a content folder, validated by the same loaders as the build.
 * @param dir the content folder
 * @param today "YYYY-MM-DD"
 * @returns the input, or the issues that prevent it
 */
export function readReportInput(dir: string, today: string): { input?: ReportInput; issues: ContentIssue[] } {
  const site = readSiteConfig(dir);
  const pamphlets = readMdxCollection(dir, "pamphlets", pamphletSchema);
  const events = readAllEvents(dir);
  const surveys = readSurveys(dir, new Set(events.events.map((e) => e.id)));
  const issues = [...site.issues, ...pamphlets.issues, ...events.issues, ...surveys.issues];
  if (!site.config || issues.some((i) => i.severity === "error")) return { issues };
  return {
    input: {
      today,
      events: events.events,
      pamphlets: pamphlets.entries,
      targets: site.config.targets,
      // The municipality's towns (site.yaml `towns`), which the 地域包括支援センター cover between them.
      towns: site.config.towns.map((t) => t.name),
      surveys: surveys.surveys,
    },
    issues,
  };
}
