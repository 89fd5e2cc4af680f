/**
 * Builds the {@link ContentModel} the checks read (src/checks/model.ts): site.yaml, every Markdown/MDX document
 * (parsed like Astro parses it), every staff-written text with its location, and the pages the site will have.
 * Reading only: validation errors are reported by content-snapshot.ts; this adds MDX syntax errors, which only a
 * parse of the body can find.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "astro/zod";
import { documentParts } from "../checks/document-parts.ts";
import type {
  ContentDocument,
  ContentModel,
  LocatedEvent,
  LocatedWindow,
  SiteRoutes,
  TextRole,
  TextSpan,
} from "../checks/model.ts";
import { RESOURCE_ALIASES } from "../data/columns/resource-columns.ts";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { eventSchema } from "../schemas/event.ts";
import { pamphletSchema } from "../schemas/pamphlet.ts";
import { talkSchema } from "../schemas/talk.ts";
import { containedContentFile, listContentFiles, TEXT_FILE_MAX_BYTES } from "./content-path.ts";
import { type ContentSnapshot, readContent } from "./content-snapshot.ts";
import { type CsvTable, readCsv } from "./csv/read-csv.ts";
import type { SourcedEvent } from "./events.ts";
import { eventCsvAliases } from "./events-csv.ts";
import { splitFrontmatter } from "./frontmatter.ts";
import { parseLocatedYaml } from "./located-yaml.ts";
import { parseMarkdownBody } from "./markdown-ast.ts";
import { isCollectionDocument } from "./mdx-collection.ts";

/** A folder of Markdown/MDX files: its schema and the name staff know it by. */
export interface MarkdownCollection {
  folder: string;
  /** Japanese name for messages (パンフレット). */
  label: string;
  schema: z.ZodType;
}

/**
 * The Markdown/MDX collections of the content folder: their bodies get every Markdown check (images, headings,
 * links, tables, markup safety) and their front matter the text checks. Extension point: a new folder of
 * Markdown/MDX files adds one line here.
 */
export const MARKDOWN_COLLECTIONS: readonly MarkdownCollection[] = [
  { folder: "pamphlets", label: "パンフレット", schema: pamphletSchema },
  { folder: "events", label: "イベント", schema: eventSchema },
  { folder: "talks", label: "出前講座メニュー", schema: talkSchema },
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
  /** The folder's snapshot, when the caller has read it already (site, windows and events come from it). */
  content?: ContentSnapshot;
}

/**
 * Reads a content folder into the model the checks run on.
 * @returns the model and the issues found while reading it (MDX syntax errors)
 */
export function loadContentModel(dir: string, options: ContentModelOptions): { model: ContentModel; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const texts: TextSpan[] = [];
  const content = options.content ?? readContent(dir);
  const site = content.site;
  const siteFile = containedContentFile(dir, "site.yaml", TEXT_FILE_MAX_BYTES);
  if (siteFile.absolute && existsSync(siteFile.absolute)) {
    const yaml = parseLocatedYaml(readFileSync(siteFile.absolute, "utf8"), "site.yaml");
    append(texts, yamlTexts(yaml.data, "site.yaml", yaml.lineOf));
  }

  const documents: ContentDocument[] = [];
  for (const collection of options.collections ?? MARKDOWN_COLLECTIONS) {
    const folder = path.join(dir, collection.folder);
    // Files outside the content folder are reported by validation (the same listing); here they are only skipped.
    for (const name of listContentFiles(dir, collection.folder, isCollectionDocument, TEXT_FILE_MAX_BYTES).names) {
      const format = /\.mdx$/.test(name) ? "mdx" : "md";
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
        append(texts, yamlTexts(raw, file, split.frontmatter.lineOf));
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

  // CSV files read as data: a file refused as a whole (no known layout) has its one error, not a warning per cell
  // about text no resident will see (a city's 要配慮者利用施設 list gave 281 warnings about ①).
  const readFiles = new Set(
    [...content.resourceFiles, ...content.eventFiles].filter((f) => f.layout !== undefined).map((f) => f.file),
  );
  const events = locateEvents(dir, content.events, documents, texts, readFiles);
  const windows: LocatedWindow[] = content.windows.map((w) => {
    append(texts, yamlTexts(w.raw, w.file, w.lineOf));
    return { slug: w.slug, file: w.file, data: w.data, lineOf: w.lineOf };
  });
  // Rows outside the published area are never shown: their cells are not checked (the file's one line names them).
  const outsideRows = new Map(content.resourceFiles.map((f) => [f.file, new Set(f.outsideAreaRows)]));
  for (const table of csvTables(dir, "resources", RESOURCE_ALIASES)) {
    if (readFiles.has(table.file)) append(texts, csvTexts(table, undefined, outsideRows.get(table.file)));
  }

  // Pages of dynamic routes, by route prefix: a link to /<prefix><slug>/ must name one of them.
  const families = new Map<string, { label: string; slugs: string[] }>();
  for (const c of options.collections ?? MARKDOWN_COLLECTIONS) {
    families.set(`/${c.folder}/`, {
      label: c.label,
      slugs: documents.filter((d) => d.collection === c.folder).map((d) => d.slug),
    });
  }
  families.set("/events/", { label: "イベント", slugs: events.map((e) => e.id) });
  families.set("/windows/", { label: "相談窓口", slugs: windows.map((w) => w.slug) });
  // /resources/<id>/ is left to the post-build verification: resource ids need the whole resource loader (seconds
  // for a prefecture's CSVs), and staff rarely link to one facility.
  const routes = discoverRoutes(options.pagesDir ?? PAGES_DIR, families);
  return { model: { today: options.today, site, documents, texts, routes, events, windows }, issues };
}

/** Appends without spreading: a CSV of 100,000 rows has more cells than a call may take arguments. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Every CSV table of a folder (decoded and header-mapped; unreadable files are skipped: validation reports them). */
function csvTables<F extends string>(dir: string, folder: string, aliases: Record<F, readonly string[]>): CsvTable<F>[] {
  const full = path.join(dir, folder);
  return listContentFiles(dir, folder, (name) => /\.csv$/i.test(name) && !name.startsWith("_")).names.flatMap(
    (name) => readCsv<F>(path.join(full, name), `${folder}/${name}`, { aliases }).table ?? [],
  );
}

/** Valid events with their locations; the cells of the CSV files in `readFiles` go into `texts`. */
function locateEvents(
  dir: string,
  sourced: readonly SourcedEvent[],
  documents: readonly ContentDocument[],
  texts: TextSpan[],
  readFiles: ReadonlySet<string>,
): LocatedEvent[] {
  const tables = csvTables(dir, "events", eventCsvAliases);
  for (const table of tables) if (readFiles.has(table.file)) append(texts, csvTexts(table));
  return sourced.map((event): LocatedEvent => {
    if (event.row === undefined) {
      const doc = documents.find((d) => d.file === event.file);
      const fieldLine = (field: string) => doc?.fieldLines[field] ?? 2;
      return {
        id: event.id,
        file: event.file,
        line: 2,
        data: event.data,
        fields: { application: "application", status: "cancelled" },
        fieldLine,
      };
    }
    const table = tables.find((t) => t.file === event.file);
    const status = table?.rows.find((r) => r.row === event.row)?.values.status;
    const written = (field: keyof typeof eventCsvAliases) => table?.mapping.written[field] ?? eventCsvAliases[field][0] ?? field;
    return {
      id: event.id,
      file: event.file,
      line: event.row,
      data: event.data,
      csvStatus: status || undefined,
      fields: { application: written("applicationMethod"), status: written("status") },
      fieldLine: () => event.row ?? 1,
    };
  });
}

/** Which kind of text a YAML field or CSV column holds, from its key (and, for opening hours, its path). */
function roleOfField(pathParts: readonly (string | number)[]): TextRole {
  const key = String(pathParts.findLast((p) => typeof p === "string") ?? "");
  if (/(note|notes|description|title|summary|lead|access|method|parking|hours)$/i.test(key) || /備考|説明|特記|方法/.test(key)) {
    return "prose";
  }
  if (/phone|fax|^tel|電話|ＦＡＸ|FAX/i.test(key)) return "phone";
  if (pathParts.includes("hours") || /date|updated|deadline|time$|日付|年月日|時間|開始日|終了日/i.test(key)) return "date";
  return "value";
}

/**
 * The texts of a CSV table for the character checks (機種依存文字, full-width digits, phone numbers …): one span per
 * non-empty cell of a column the site reads, with the row number (header = row 1) as `line` and the column as
 * written in the header as `field`. Columns the site does not read (`row.extra`: a register's 開設年月日, the 在宅_
 * flags read as yes/no) are never shown, so their cells are not checked. CSV content types push these into the
 * model's `texts`.
 * @param roleOf the role of a canonical field (default: by name, phone/fax → phone, date → date, else value)
 * @param skipRows row numbers whose cells are left out (rows that are never published)
 */
export function csvTexts<F extends string>(
  table: CsvTable<F>,
  roleOf: (field: string) => TextRole = (f) => roleOfField([f]),
  skipRows?: ReadonlySet<number>,
): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const row of table.rows) {
    if (skipRows?.has(row.row)) continue;
    for (const [field, text] of Object.entries(row.values) as [F, string][]) {
      if (text)
        spans.push({ file: table.file, line: row.row, field: table.mapping.written[field] ?? field, text, role: roleOf(field) });
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
 * /pamphlets/) and single-parameter routes (`events/[id].astro`) whose slugs the model knows (`families`, keyed by
 * route prefix). Other dynamic routes ([year], [...rest]) become "unchecked" prefixes, verified after the build.
 */
export function discoverRoutes(pagesDir: string, families: ReadonlyMap<string, { label: string; slugs: string[] }>): SiteRoutes {
  const pages = new Set<string>();
  const found: { prefix: string; slugs: string[]; label: string }[] = [];
  const unchecked: string[] = [];
  const walk = (sub: string) => {
    const dir = path.join(pagesDir, sub);
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      const prefix = `/${sub ? `${sub}/` : ""}`;
      if (entry.name.startsWith("_")) continue;
      if (entry.isDirectory()) {
        if (entry.name.includes("[")) unchecked.push(prefix);
        else walk(rel);
        continue;
      }
      const m = /^(.*)\.(astro|md|mdx|ts|js)$/.exec(entry.name);
      if (!m) continue;
      const stem = m[1] ?? "";
      // Endpoints (robots.txt.ts, events/[id].ics.ts) are files, not pages.
      if ((m[2] === "ts" || m[2] === "js") && stem.includes(".")) continue;
      if (stem.includes("[")) {
        const family = /^\[[a-z]+\]$/i.test(stem) ? families.get(prefix) : undefined;
        if (family) {
          found.push({ prefix, ...family });
          for (const slug of family.slugs) pages.add(`${prefix}${slug}/`);
        } else {
          unchecked.push(prefix);
        }
        continue;
      }
      if (stem === "index") pages.add(prefix);
      else if (stem === "404" || stem === "500") pages.add(`${prefix}${stem}.html`);
      else pages.add(`${prefix}${stem}/`);
    }
  };
  walk("");
  return { pages, families: found, unchecked };
}
