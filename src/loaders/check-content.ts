/**
 * Everything `npm run check` and the build check before building: schema validation of every content type
 * (validate-content.ts), MDX syntax, and the content-quality checks of src/checks/registry.ts.
 */
import type { ContentCheck } from "../checks/model.ts";
import { contentChecks, runChecks } from "../checks/registry.ts";
import { type RuledIssue, sortIssues } from "../lib/issue-report.ts";
import { loadContentModel } from "./content-model.ts";
import { validateContent } from "./validate-content.ts";

/**
 * Checks a content folder without building it.
 * @param dir the content folder
 * @param today "today" for date checks (YYYY-MM-DD)
 * @param extraChecks checks that need something loaded first (the reading check needs the analyser)
 * @returns every issue, each tagged with the rule that found it ("schema" for validation), in reading order
 */
export function checkContent(dir: string, today: string, extraChecks: readonly ContentCheck[] = []): RuledIssue[] {
  const seen = new Set<string>();
  const issues: RuledIssue[] = [];
  const add = (issue: RuledIssue) => {
    const key = [issue.file, issue.line, issue.column, issue.field, issue.message].join("\u0000");
    if (seen.has(key)) return;
    seen.add(key);
    issues.push(issue);
  };
  for (const issue of validateContent(dir)) add({ ...issue, rule: "schema" });
  const { model, issues: syntax } = loadContentModel(dir, { today });
  for (const issue of syntax) add({ ...issue, rule: "mdx-syntax" });
  for (const issue of runChecks(model, [...contentChecks, ...extraChecks])) add(issue);
  return sortIssues(issues);
}
