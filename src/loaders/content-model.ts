/**
 * Builds the {@link ContentModel} the checks read (src/checks/model.ts): site.yaml, every Markdown/MDX document
 * (parsed like Astro parses it), every staff-written text with its location, and the pages the site will have.
 * Reading only: validation errors are reported by validate-content.ts; this adds MDX syntax errors, which only a
 * parse of the body can find.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "astro/zod";
import { documentParts } from "../checks/document-parts.ts";
import type { ContentDocument, ContentModel, SiteRoutes, TextRole, TextSpan } from "../checks/model.ts";
import type { ContentIssue } from "../lib/content-issue.ts";
import { pamphletSchema } from "../schemas/pamphlet.ts";
import type { CsvTable } from "./csv/read-csv.ts";
import { splitFrontmatter } from "./frontmatter.ts";
import { parseLocatedYaml } from "./located-yaml.ts";
import { parseMarkdownBody } from "./markdown-ast.ts";
import { readSiteConfig } from "./site-config.ts";

/** A folder of Markdown/MDX files: its schema and the name staff know it by. */
export interface MarkdownCollection {
  folder: string;
  /** Japanese name for messages (パンフレット). */
  label: string;
  schema: z.ZodType;
}

/**
 * The Markdown/MDX collections of the content folder. Extension point: events/talks add their folder here
 * (`{ folder: "events", label: "イベント", schema: eventSchema }`) and their documents are checked like pamphlets.
 */
export const MARKDOWN_COLLECTIONS: readonly MarkdownCollection[] = [
  { folder: "pamphlets", label: "パンフレット", schema: pamphletSchema },
];

/** Where Astro's routes live (src/pages). */
export const PAGES_DIR = path.resolve(import.meta.dirname, "../pages");

/** Options for {@link loadContentModel}. */
export interface ContentModelOptions {
  /** "Today" for date checks, YYYY-MM-DD. */
  today: string;
  /** The routes folder (default src/pages). */
  pagesDir?: string;
  /** The Markdown collections (default {@link MARKDOWN_COLLECTIONS}). */
  collections?: readonly MarkdownCollection[];
}

/**
 * Reads a content folder into the model the checks run on.
 * @returns the model and the issues found while reading it (MDX syntax errors)
 */
export function loadContentModel(dir: string, options: ContentModelOptions): { model: ContentModel; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const texts: TextSpan[] = [];
  const site = readSiteConfig(dir).config;
  const siteFile = path.join(dir, "site.yaml");
  if (existsSync(siteFile)) {
    const yaml = parseLocatedYaml(readFileSync(siteFile, "utf8").replace(/^\uFEFF/, ""), "site.yaml");
    texts.push(...yamlTexts(yaml.data, "site.yaml", yaml.lineOf));
  }

  const documents: ContentDocument[] = [];
  for (const collection of options.collections ?? MARKDOWN_COLLECTIONS) {
    const folder = path.join(dir, collection.folder);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const format = /\.mdx$/.test(name) ? "mdx" : /\.md$/.test(name) ? "md" : undefined;
      if (!format || name.startsWith("_")) continue;
      const file = `${collection.folder}/${name}`;
      const split = splitFrontmatter(readFileSync(path.join(folder, name), "utf8"), file);
      const parsed = parseMarkdownBody(split.body, format, file, split.bodyFirstLine);
      issues.push(...parsed.issues);
      const raw = split.frontmatter?.data;
      const valid = split.issues.length === 0 ? collection.schema.safeParse(raw ?? {}) : undefined;
      const fieldLines: Record<string, number> = {};
      if (split.frontmatter && raw && typeof raw === "object") {
        for (const key of Object.keys(raw)) {
          const line = split.frontmatter.lineOf([key]);
          if (line !== undefined) fieldLines[key] = line;
        }
        texts.push(...yamlTexts(raw, file, split.frontmatter.lineOf));
      }
      const doc: ContentDocument = {
        collection: collection.folder,
        slug: name.replace(/\.mdx?$/, ""),
        file,
        format,
        body: split.body,
        bodyFirstLine: split.bodyFirstLine,
        tree: parsed.tree,
        data: valid?.success ? (valid.data as Record<string, unknown>) : undefined,
        fieldLines,
      };
      documents.push(doc);
      for (const t of documentParts(doc).texts) texts.push({ file, ...t });
    }
  }

  const routes = discoverRoutes(options.pagesDir ?? PAGES_DIR, documents, options.collections ?? MARKDOWN_COLLECTIONS);
  return { model: { today: options.today, site, documents, texts, routes }, issues };
}

/** Which kind of text a YAML field or CSV column holds, from its key. */
function roleOfField(pathParts: readonly (string | number)[]): TextRole {
  const key = String(pathParts.findLast((p) => typeof p === "string") ?? "");
  if (/phone|fax|tel|電話|ＦＡＸ/i.test(key)) return "phone";
  if (/date|updated|日付|年月日/i.test(key)) return "date";
  if (/^(title|description|hours|lead|summary|body|note|notes|access)$/i.test(key)) return "prose";
  return "value";
}

/**
 * The texts of a CSV table for the character checks (機種依存文字, full-width digits, phone numbers …): one span per
 * non-empty cell, with the row number (header = row 1) as `line` and the column as written in the header as
 * `field`. CSV content types push these into the model's `texts`.
 * @param roleOf the role of a canonical field (default: by name, phone/fax → phone, date → date, else value)
 */
export function csvTexts<F extends string>(
  table: CsvTable<F>,
  roleOf: (field: string) => TextRole = (f) => roleOfField([f]),
): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const row of table.rows) {
    for (const [field, text] of Object.entries(row.values) as [F, string][]) {
      if (text)
        spans.push({ file: table.file, line: row.row, field: table.mapping.written[field] ?? field, text, role: roleOf(field) });
    }
    for (const [header, text] of Object.entries(row.extra)) {
      spans.push({ file: table.file, line: row.row, field: header, text, role: roleOf(header) });
    }
  }
  return spans;
}

/** Every string value of a YAML document, located. */
function yamlTexts(data: unknown, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): TextSpan[] {
  const spans: TextSpan[] = [];
  const walk = (value: unknown, at: (string | number)[]) => {
    if (typeof value === "string") {
      spans.push({ file, line: lineOf(at) ?? 1, field: at.join("."), text: value, role: roleOfField(at) });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...at, i]);
      });
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
    }
  };
  walk(data, []);
  return spans;
}

/**
 * The pages the build will produce, from src/pages: static routes (index.astro → /, pamphlets/index.astro →
 * /pamphlets/) and `<folder>/[slug].astro` routes of Markdown collections. Other dynamic routes ([id], [...rest])
 * become "unchecked" prefixes, verified after the build instead.
 */
export function discoverRoutes(
  pagesDir: string,
  documents: readonly ContentDocument[],
  collections: readonly MarkdownCollection[],
): SiteRoutes {
  const pages = new Set<string>();
  const families: { prefix: string; slugs: string[]; label: string }[] = [];
  const unchecked: string[] = [];
  const walk = (sub: string) => {
    const dir = path.join(pagesDir, sub);
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.name.startsWith("_")) continue;
      if (entry.isDirectory()) {
        if (entry.name.includes("[")) unchecked.push(`/${sub ? `${sub}/` : ""}`);
        else walk(rel);
        continue;
      }
      const m = /^(.*)\.(astro|md|mdx|ts|js)$/.exec(entry.name);
      if (!m) continue;
      const stem = m[1] ?? "";
      const prefix = `/${sub ? `${sub}/` : ""}`;
      if (stem.includes("[")) {
        const collection = collections.find((c) => c.folder === sub);
        if (stem === "[slug]" && collection) {
          families.push({
            prefix,
            label: collection.label,
            slugs: documents.filter((d) => d.collection === sub).map((d) => d.slug),
          });
          for (const d of documents) if (d.collection === sub) pages.add(`${prefix}${d.slug}/`);
        } else {
          unchecked.push(prefix);
        }
        continue;
      }
      // Endpoints (robots.txt.ts, events.ics.ts) are files, not pages.
      if ((m[2] === "ts" || m[2] === "js") && stem.includes(".")) continue;
      if (stem === "index") pages.add(prefix);
      else if (stem === "404" || stem === "500") pages.add(`${prefix}${stem}.html`);
      else pages.add(`${prefix}${stem}/`);
    }
  };
  walk("");
  return { pages, families, unchecked };
}
