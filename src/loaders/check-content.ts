/**
 * Everything `npm run check` and the build check before building: schema validation of every content type
 * (content-snapshot.ts), MDX syntax, and the content-quality checks of src/checks/registry.ts.
 */
import type { ContentCheck } from "../checks/model.ts";
import { contentChecks, runChecks } from "../checks/registry.ts";
import { type RuledIssue, sortIssues } from "../lib/content/issue-report.ts";
import { loadContentModel } from "./content-model.ts";
import { type ContentSnapshot, readContent } from "./content-snapshot.ts";

/**
 * Checks a content folder without building it.
 * @param dir the content folder
 * @param today "today" for date checks (YYYY-MM-DD)
 * @param extraChecks checks that need something loaded first (the reading check needs the analyser)
 * @param content the folder's snapshot, when the caller has read it already (the build passes it on to the outputs)
 * @returns every issue, each tagged with the rule that found it ("schema" for validation), in reading order
 */
export function checkContent(
  dir: string,
  today: string,
  extraChecks: readonly ContentCheck[] = [],
  content: ContentSnapshot = readContent(dir),
): RuledIssue[] {
  const seen = new Set<string>();
  const issues: RuledIssue[] = [];
  const add = (issue: RuledIssue) => {
    const key = [issue.file, issue.line, issue.column, issue.field, issue.message].join("\u0000");
    if (seen.has(key)) return;
    seen.add(key);
    issues.push(issue);
  };
  for (const issue of content.issues) add({ ...issue, rule: "schema" });
  const { model, issues: syntax } = loadContentModel(dir, { today, content });
  for (const issue of syntax) add({ ...issue, rule: "mdx-syntax" });
  for (const issue of runChecks(model, [...contentChecks, ...extraChecks])) add(issue);
  return sortIssues(issues);
}
