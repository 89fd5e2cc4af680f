/** content/readings.yaml (optional): validated with the other content, so a bad entry stops the build before Astro. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { type SiteReadings, siteReadingsSchema } from "../lib/readings/dictionary.ts";
import { SITE_READINGS_FILE } from "../lib/readings/site-reader.ts";
import { containedContentFile, TEXT_FILE_MAX_BYTES } from "./content-path.ts";
import { parseLocatedYaml } from "./located-yaml.ts";
import { schemaIssues } from "./schema-issues.ts";

/**
 * The site dictionary's words (empty without the file) and any problem found in it. The file passes the content
 * folder's containment rule like every other content file, and its problems are located issues: a YAML parser's own
 * message would be English and quote the file's lines.
 */
export function readSiteReadings(dir: string): { words: SiteReadings["words"]; issues: ContentIssue[] } {
  if (!existsSync(path.join(dir, SITE_READINGS_FILE))) return { words: [], issues: [] };
  const contained = containedContentFile(dir, SITE_READINGS_FILE, TEXT_FILE_MAX_BYTES);
  if (contained.issue) return { words: [], issues: [contained.issue] };
  const parsed = parseLocatedYaml(readFileSync(contained.absolute, "utf8"), SITE_READINGS_FILE);
  if (parsed.syntaxIssues.length) return { words: [], issues: parsed.syntaxIssues };
  const result = siteReadingsSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    const hint = "「words:」の下に「- { word: 漢字の語, reading: ひらがなの読み }」の形で書いてください";
    const issues = schemaIssues(result.error, parsed.data, SITE_READINGS_FILE, parsed.lineOf).map((i) => ({ ...i, hint }));
    return { words: [], issues };
  }
  return { words: result.data.words, issues: [] };
}
