import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentIssue } from "../lib/content/content-issue.ts";
import { type SiteConfig, siteConfigSchema } from "../schemas/site.ts";
import { containedContentFile, TEXT_FILE_MAX_BYTES } from "./content-path.ts";
import { parseLocatedYaml } from "./located-yaml.ts";
import { schemaIssues } from "./schema-issues.ts";

/** Result of reading site.yaml: the config when valid, and every issue found. */
export interface SiteConfigResult {
  config?: SiteConfig;
  issues: ContentIssue[];
}

/**
 * Reads and validates `<contentDir>/site.yaml`, collecting located issues instead of throwing.
 * @param dir the content folder
 */
export function readSiteConfig(dir: string): SiteConfigResult {
  const file = "site.yaml";
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    return {
      issues: [
        {
          severity: "error",
          file,
          message: `site.yaml が見つかりません（探した場所: ${full}）`,
          hint: "コンテンツフォルダに site.yaml を置くか、CONTENT_DIR で正しいフォルダを指定してください",
        },
      ],
    };
  }
  const contained = containedContentFile(dir, file, TEXT_FILE_MAX_BYTES);
  if (contained.issue) return { issues: [contained.issue] };
  const parsed = parseLocatedYaml(readFileSync(contained.absolute, "utf8"), file);
  if (parsed.syntaxIssues.length) return { issues: parsed.syntaxIssues };
  const result = siteConfigSchema.safeParse(parsed.data ?? {});
  if (!result.success) return { issues: schemaIssues(result.error, parsed.data, file, parsed.lineOf) };
  return { config: result.data, issues: [] };
}

const cache = new Map<string, SiteConfig>();

/**
 * The validated site configuration of a content folder (cached per folder).
 * @throws ContentError with located Japanese messages when site.yaml is missing or invalid
 */
export function loadSiteConfig(dir: string): SiteConfig {
  const cached = cache.get(dir);
  if (cached) return cached;
  const { config, issues } = readSiteConfig(dir);
  if (!config) throw new ContentError(issues);
  cache.set(dir, config);
  return config;
}
