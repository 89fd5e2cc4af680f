import type { ContentIssue } from "../lib/content-issue.ts";
import { pamphletSchema } from "../schemas/pamphlet.ts";
import { talkSchema } from "../schemas/talk.ts";
import { readA11yResults } from "./a11y-results.ts";
import { readAllEvents } from "./events.ts";
import { readMdxCollection } from "./mdx-collection.ts";
import { readNote } from "./note.ts";
import { cp932Issues } from "./opendata-check.ts";
import { readResources } from "./resources.ts";
import { readSiteConfig } from "./site-config.ts";
import { readSiteReadings } from "./site-readings.ts";
import { readSurveys } from "./surveys.ts";
import { readWindows } from "./windows.ts";

/**
 * Validates the whole content folder without building: site.yaml and every content type. The build runs this
 * first so that Astro only ever sees valid content, and every problem is reported at once, located.
 * @param dir the content folder
 * @returns every issue (errors and warnings)
 */
export function validateContent(dir: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const site = readSiteConfig(dir);
  issues.push(...site.issues);
  issues.push(...readMdxCollection(dir, "pamphlets", pamphletSchema).issues);
  const windows = readWindows(dir, site.config);
  const resources = readResources(dir, site.config);
  issues.push(...windows.issues, ...resources.issues, ...cp932Issues(resources.resources, windows.entries));
  const events = readAllEvents(dir);
  issues.push(...readMdxCollection(dir, "talks", talkSchema).issues, ...events.issues);
  issues.push(...readSurveys(dir, new Set(events.events.map((e) => e.id))).issues);
  issues.push(...readA11yResults(dir).issues);
  issues.push(...readNote(dir).issues);
  issues.push(...readSiteReadings(dir).issues);
  return issues;
}
