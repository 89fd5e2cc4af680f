import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { type A11yResults, a11yResultsSchema } from "../schemas/a11y-results.ts";
import { listContentFiles, TEXT_FILE_MAX_BYTES } from "./content-path.ts";
import { parseLocatedYaml } from "./located-yaml.ts";
import { schemaIssues } from "./schema-issues.ts";

/** Folder (in the content folder) of accessibility test results. */
export const A11Y_RESULTS_DIR = "accessibility";

/** Name of a results file for a date: test-results-2026-11-28.yaml. */
export function a11yResultsFileName(date: string): string {
  return `test-results-${date}.yaml`;
}

const FILE_PATTERN = /^test-results-(\d{4}-\d{2}-\d{2})\.ya?ml$/;

/** The newest results file, if any, and every issue found in it. */
export interface A11yResultsRead {
  results?: A11yResults;
  /** The file read, relative to the content folder. */
  file?: string;
  issues: ContentIssue[];
}

/**
 * Reads the newest `accessibility/test-results-YYYY-MM-DD.yaml` of the content folder (older ones are kept as
 * history and not read). No folder or no file is fine: the page then says that no results are published yet.
 */
export function readA11yResults(dir: string): A11yResultsRead {
  const folder = path.join(dir, A11Y_RESULTS_DIR);
  if (!existsSync(folder)) return { issues: [] };
  const listing = listContentFiles(dir, A11Y_RESULTS_DIR, (name) => FILE_PATTERN.test(name), TEXT_FILE_MAX_BYTES);
  const newest = listing.names.at(-1);
  if (!newest) return { issues: listing.issues };
  const file = `${A11Y_RESULTS_DIR}/${newest}`;
  const parsed = parseLocatedYaml(readFileSync(path.join(folder, newest), "utf8"), file);
  if (parsed.syntaxIssues.length) return { file, issues: parsed.syntaxIssues };
  const result = a11yResultsSchema.safeParse(parsed.data ?? {});
  if (!result.success) return { file, issues: schemaIssues(result.error, parsed.data, file, parsed.lineOf) };
  return { results: result.data, file, issues: [] };
}
