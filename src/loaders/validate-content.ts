import type { ContentIssue } from "../lib/content-issue.ts";
import { pamphletSchema } from "../schemas/pamphlet.ts";
import { validateEventContent } from "./events.ts";
import { readMdxCollection } from "./mdx-collection.ts";
import { readSiteConfig } from "./site-config.ts";

/**
 * Validates the whole content folder without building: site.yaml and every content type. The build runs this
 * first so that Astro only ever sees valid content, and every problem is reported at once, located.
 * @param dir the content folder
 * @returns every issue (errors and warnings)
 */
export function validateContent(dir: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  issues.push(...readSiteConfig(dir).issues);
  issues.push(...readMdxCollection(dir, "pamphlets", pamphletSchema).issues);
  issues.push(...validateEventContent(dir));
  return issues;
}
