import type { ContentIssue } from "../lib/content/content-issue.ts";
import type { ReportInput } from "../lib/report/activity-report.ts";
import type { ContentSnapshot } from "./content-snapshot.ts";

/** The files the activity report is made from: a problem elsewhere (a window, a resource file) does not stop it. */
const REPORT_SOURCES = ["site.yaml", "pamphlets/", "events/", "talks/", "surveys/"];

/**
 * What the activity report needs, from the content snapshot (validated by the same loaders as the build).
 * @param content the content folder's snapshot
 * @param today "YYYY-MM-DD"
 * @returns the input, or the issues of its source files that prevent it
 */
export function reportInputOf(content: ContentSnapshot, today: string): { input?: ReportInput; issues: ContentIssue[] } {
  const issues = content.issues.filter((i) => REPORT_SOURCES.some((source) => i.file?.startsWith(source)));
  if (!content.site || issues.some((i) => i.severity === "error")) return { issues };
  return {
    input: {
      today,
      events: [...content.events],
      pamphlets: [...content.pamphlets],
      targets: content.site.targets,
      // The municipality's towns (site.yaml `towns`), which the 地域包括支援センター cover between them.
      towns: content.site.towns.map((t) => t.name),
      surveys: [...content.surveys],
    },
    issues,
  };
}
