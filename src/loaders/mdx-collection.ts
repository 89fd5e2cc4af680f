import { readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "astro/zod";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { listContentFiles, TEXT_FILE_MAX_BYTES } from "./content-path.ts";
import { splitFrontmatter } from "./frontmatter.ts";
import { checkImageReferences, findImageReferences } from "./markdown-images.ts";
import { schemaIssues } from "./schema-issues.ts";

/** Whether a file name is a document of a Markdown collection: `.md` or `.mdx`, and not a draft (`_` first). */
export function isCollectionDocument(name: string): boolean {
  return /\.mdx?$/.test(name) && !name.startsWith("_");
}

/** A validated MDX entry, read without Astro (for checks, the report and print outputs). */
export interface MdxEntry<T> {
  /** URL slug: the file name without extension. */
  slug: string;
  /** Path relative to the content folder, e.g. pamphlets/zaitaku-iryo.mdx. */
  file: string;
  /** Validated front matter. */
  data: T;
  /** Markdown body. */
  body: string;
  /** 1-based line of the body's first line in the file (for located messages about the body). */
  bodyFirstLine: number;
}

/** File names become URLs, so they are limited to lower-case letters, digits and hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads every `*.mdx`/`*.md` in `<contentDir>/<folder>`, validating front matter with `schema`, slugs and images.
 * A missing folder is an empty collection; files outside the content folder (symbolic links) are refused, located.
 * @returns the valid entries and every located issue
 */
export function readMdxCollection<S extends z.ZodType>(
  contentDir: string,
  folder: string,
  schema: S,
): { entries: MdxEntry<z.infer<S>>[]; issues: ContentIssue[] } {
  const dir = path.join(contentDir, folder);
  const entries: MdxEntry<z.infer<S>>[] = [];
  const issues: ContentIssue[] = [];
  const listing = listContentFiles(contentDir, folder, isCollectionDocument, TEXT_FILE_MAX_BYTES);
  issues.push(...listing.issues);
  for (const name of listing.names) {
    const file = `${folder}/${name}`;
    const absolute = path.join(dir, name);
    const slug = name.replace(/\.mdx?$/, "");
    if (!SLUG_PATTERN.test(slug)) {
      issues.push({
        severity: "error",
        file,
        field: "ファイル名",
        value: name,
        message: "ファイル名はページの URL になるため、半角の英小文字・数字・ハイフンだけにしてください",
        hint: "例: zaitaku-iryo.mdx",
      });
    }
    const split = splitFrontmatter(readFileSync(absolute, "utf8"), file);
    issues.push(...split.issues);
    issues.push(...checkImageReferences(findImageReferences(split.body, split.bodyFirstLine), absolute, file, contentDir));
    if (!split.frontmatter || split.issues.length) continue;
    const result = schema.safeParse(split.frontmatter.data ?? {});
    if (!result.success) {
      issues.push(...schemaIssues(result.error, split.frontmatter.data, file, split.frontmatter.lineOf));
      continue;
    }
    entries.push({ slug, file, data: result.data, body: split.body, bodyFirstLine: split.bodyFirstLine });
  }
  return { entries, issues };
}
