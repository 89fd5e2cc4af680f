/**
 * The column tables (and the one-line column lists of open-data-formats.md) of the docs, generated from the column
 * definitions (src/data/columns/): each sits between `<!-- columns:<name>:start … -->` and `<!-- columns:<name>:end -->`
 * in its Markdown file, and the prose around it is left as written. The result is formatted by Biome (the repository's Markdown formatter), so `biome check` accepts it.
 *
 *   node scripts/docs-tables.ts          rewrites the tables
 *   node scripts/docs-tables.ts --check  exits 1 naming each file whose tables differ (test/unit/docs-tables.test.ts)
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  EVENT_EXTENSION_FIELDS,
  EVENT_LEGACY_LAYOUT,
  type EventCsvField,
  eventCsvAliases,
} from "../src/data/columns/event-columns.ts";
import {
  CARE_LEGACY_HEADER,
  CARE_LEGACY_REQUIRED,
  MEDICAL_LEGACY_HEADER,
  MEDICAL_LEGACY_REQUIRED,
  MHLW_HEADER,
  RESOURCE_ALIASES,
  RESOURCE_FORMATS,
} from "../src/data/columns/resource-columns.ts";
import { EVENT_EXTENSION_VALUES, EVENT_STANDARD_ROWS } from "./docs-tables/event-rows.ts";

/** The command that rewrites the tables, for messages. */
export const REGENERATE_COMMAND = "node scripts/docs-tables.ts";

const root = path.resolve(import.meta.dirname, "..");

/** A Markdown table, unpadded (Biome pads it). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

const code = (name: string) => `\`${name}\``;

/** Canonical name → the other names read as the same column (the alias tables of accepted-files.md). */
function aliasTable(aliases: Record<string, readonly string[]>): string {
  const rows = Object.values(aliases).map(([first = "", ...rest]) => [first, rest.map(code).join("、")]);
  return markdownTable(["列", "同じ意味として読む列名"], rows);
}

/** `開始時間`（`開始時刻` / `start_time`）: a column's name and, in brackets, its other names. */
function namesOf(field: EventCsvField): string {
  const [first = "", ...rest] = eventCsvAliases[field];
  return rest.length ? `${code(first)}（${rest.map(code).join(" / ")}）` : code(first);
}

/** The standard-columns table of docs/staff/events.md; throws when a standard column has no row. */
function eventStandardTable(): string {
  const listed = new Set(EVENT_STANDARD_ROWS.flatMap((r) => r.fields));
  const extension = new Set<string>(EVENT_EXTENSION_FIELDS);
  const missing = (Object.keys(eventCsvAliases) as EventCsvField[]).filter((f) => !extension.has(f) && !listed.has(f));
  if (missing.length) {
    throw new Error(`scripts/docs-tables/event-rows.ts: EVENT_STANDARD_ROWS has no row for ${missing.join(", ")}`);
  }
  const rows = EVENT_STANDARD_ROWS.map((r) => [r.meaning, r.fields.map(namesOf).join("、"), r.note ?? ""]);
  return markdownTable(["意味", "列名（かっこの中も同じ列として読みます）", "補足"], rows);
}

/** The extension-columns table of docs/staff/events.md; throws when an extension column has no value text. */
function eventExtensionTable(): string {
  const missing = EVENT_EXTENSION_FIELDS.filter((f) => !EVENT_EXTENSION_VALUES[f]);
  if (missing.length) {
    throw new Error(`scripts/docs-tables/event-rows.ts: EVENT_EXTENSION_VALUES has no text for ${missing.join(", ")}`);
  }
  return markdownTable(
    ["列名", "値"],
    EVENT_EXTENSION_FIELDS.map((f) => [namesOf(f), EVENT_EXTENSION_VALUES[f] ?? ""]),
  );
}

/** The layouts recognised from a resource CSV's header, in the words of the loader's messages. */
function resourceFormatTable(): string {
  return markdownTable(
    ["形式", "判別に使う列"],
    RESOURCE_FORMATS.map((f) => [f.label, f.keys]),
  );
}

/** The legacy イベント一覧 layout (docs/dev/open-data-formats.md §4a). */
function legacyEventTable(): string {
  return markdownTable(
    ["#", "Column", "Req", "Type (NEC)", "Note"],
    EVENT_LEGACY_LAYOUT.map((c, i) => [String(i + 1), c.name, c.required ? "**Req**" : "–", c.type, c.note ?? ""]),
  );
}

/**
 * A published header as one line, the way docs/dev/open-data-formats.md writes the resource layouts (§5a, §6a, §6c):
 * the columns in order, `*` after each the definition marks Required, then the count.
 */
function headerList(header: readonly string[], required?: readonly string[]): string {
  const names = header.map((name) => (required?.includes(name) ? `${name}*` : name));
  const legend = required?.length ? "; `*` = Required per NEC" : "";
  return `\`${names.join(", ")}\`\n(${header.length} columns${legend}.)`;
}

/** Each generated table: the block's name and what it holds. */
const TABLES: Record<string, () => string> = {
  "resource-aliases": () => aliasTable(RESOURCE_ALIASES),
  "event-aliases": () => aliasTable(eventCsvAliases),
  "resource-formats": resourceFormatTable,
  "event-standard": eventStandardTable,
  "event-extension": eventExtensionTable,
  "event-legacy": legacyEventTable,
  "medical-legacy": () => headerList(MEDICAL_LEGACY_HEADER, MEDICAL_LEGACY_REQUIRED),
  "care-legacy": () => headerList(CARE_LEGACY_HEADER, CARE_LEGACY_REQUIRED),
  "mhlw-header": () => headerList(MHLW_HEADER),
};

/** The docs holding generated tables, relative to the repository, with the blocks each must hold. */
export const DOCS_WITH_TABLES: Record<string, readonly string[]> = {
  "docs/staff/accepted-files.md": ["resource-formats", "resource-aliases", "event-aliases"],
  "docs/staff/resources.md": ["resource-formats"],
  "docs/staff/events.md": ["event-standard", "event-extension"],
  "docs/dev/open-data-formats.md": ["event-legacy", "medical-legacy", "care-legacy", "mhlw-header"],
};

const BLOCK = /(<!-- columns:([a-z-]+):start[^>]*-->\n)[\s\S]*?(<!-- columns:\2:end -->)/g;

/** Formats Markdown text as `biome check` wants it (Biome reads the repository's biome.json). */
function biomeFormat(text: string, file: string): string {
  const biome = path.join(root, "node_modules/@biomejs/biome/bin/biome");
  const result = spawnSync(process.execPath, [biome, "format", `--stdin-file-path=${file}`], {
    cwd: root,
    input: text,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`biome format ${file} failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * The doc with its generated blocks rewritten from the definitions and formatted by Biome.
 * @param file the doc, relative to the repository (one of {@link DOCS_WITH_TABLES})
 * @param text the doc's current text
 */
export function regenerate(file: string, text: string): string {
  const found: string[] = [];
  const replaced = text.replace(BLOCK, (_all, start: string, name: string, end: string) => {
    const render = TABLES[name];
    if (!render) throw new Error(`${file}: unknown generated table "${name}" (known: ${Object.keys(TABLES).join(", ")})`);
    found.push(name);
    return `${start}\n${render()}\n\n${end}`;
  });
  const missing = (DOCS_WITH_TABLES[file] ?? []).filter((name) => !found.includes(name));
  if (missing.length) {
    throw new Error(`${file}: no <!-- columns:${missing[0]}:start --> … <!-- columns:${missing[0]}:end --> block`);
  }
  return biomeFormat(replaced, file);
}

/** Rewrites (or with `check`, only compares) every doc; returns the docs whose tables were out of date. */
export function updateDocs(check: boolean): string[] {
  const stale: string[] = [];
  for (const file of Object.keys(DOCS_WITH_TABLES)) {
    const full = path.join(root, file);
    const text = readFileSync(full, "utf8");
    const next = regenerate(file, text);
    if (next === text) continue;
    stale.push(file);
    if (!check) writeFileSync(full, next);
  }
  return stale;
}

if (import.meta.main) {
  const check = process.argv.includes("--check");
  const stale = updateDocs(check);
  if (check && stale.length) {
    console.error(`Column tables out of date in ${stale.join(", ")}; run: ${REGENERATE_COMMAND}`);
    process.exitCode = 1;
  } else {
    console.log(stale.length ? `Rewrote ${stale.join(", ")}` : "Column tables are up to date");
  }
}
