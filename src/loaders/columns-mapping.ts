/**
 * `<folder>/<name>.columns.yaml` beside a CSV in no national layout (resources/ or events/): the staff's own mapping of
 * its columns onto the national ones (schema: src/schemas/columns-mapping.ts). The CSV is then read with that mapping
 * instead of layout detection; only the kind's required columns must be there, everything else the mapping leaves out
 * stays empty. One reader for every kind, so the same mistake gets the same located message in either folder.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import type { ColumnsMappingFile } from "../schemas/columns-mapping.ts";
import type { z } from "../schemas/shared/zod-japanese.ts";
import { readContentText } from "./content-path.ts";
import { type HeaderAliases, normalizeHeader } from "./csv/headers.ts";
import type { CsvTable } from "./csv/read-csv.ts";
import { parseLocatedYaml } from "./located-yaml.ts";
import { schemaIssues } from "./schema-issues.ts";

/** The sidecar's name for a CSV file name: `kusuri.csv` → `kusuri.columns.yaml` (`.yml` is accepted too). */
export function columnsFileNames(csvName: string): string[] {
  const stem = csvName.replace(/\.csv$/i, "");
  return [`${stem}.columns.yaml`, `${stem}.columns.yml`];
}

/** What differs between the kinds of data file a mapping can be written for. */
export interface MappingKind<F extends string> {
  /** The schema of the sidecar (its `format:` names). */
  schema: z.ZodType<ColumnsMappingFile>;
  /** The kind's alias table (field → national header names). */
  aliases: HeaderAliases<F>;
  /** Examples of national column names, for the message when a left-hand name is not one. */
  examples: string;
  /** National columns a mapped file must have: the name shown to staff and the fields any of which will do. */
  required: readonly { label: string; fields: readonly F[] }[];
}

/** A mapping ready for the CSV reader. */
export interface ColumnMapping<F extends string> {
  /** The sidecar, relative to the content folder (for messages). */
  file: string;
  /** The layout the staff chose. */
  format: string;
  /** The alias table with the mapped fields pointing at the file's own column names only. */
  aliases: HeaderAliases<F>;
  /** Mapped field → the file's column name as written in the sidecar. */
  columns: Partial<Record<F, string>>;
  /** Field → the value every row gets where the file has no such column or leaves the cell empty. */
  values: Partial<Record<F, string>>;
  /** The kind's required columns (see {@link MappingKind}). */
  required: MappingKind<F>["required"];
}

/**
 * Reads and checks one `.columns.yaml`: every national column name must be one the project knows (any name in the
 * kind's alias table).
 * @param dir the content folder
 * @param file the sidecar, relative to the content folder
 * @param kind what the folder's files are (schema, aliases, required columns)
 */
export function readColumnMapping<F extends string>(
  dir: string,
  file: string,
  kind: MappingKind<F>,
): { mapping?: ColumnMapping<F>; issues: ContentIssue[] } {
  const parsed = parseLocatedYaml(readContentText(dir, file), file);
  if (parsed.syntaxIssues.length) return { issues: parsed.syntaxIssues };
  const result = kind.schema.safeParse(parsed.data ?? {});
  if (!result.success) return { issues: schemaIssues(result.error, parsed.data, file, parsed.lineOf) };
  const fieldOf = new Map<string, F>();
  for (const [field, names] of Object.entries(kind.aliases) as [F, readonly string[]][]) {
    for (const name of names) fieldOf.set(normalizeHeader(name), field);
  }
  const issues: ContentIssue[] = [];
  const known = (section: "columns" | "values", national: string): F | undefined => {
    const field = fieldOf.get(normalizeHeader(national));
    if (!field) {
      issues.push({
        severity: "error",
        file,
        line: parsed.lineOf([section, national]),
        field: `${section}.${national}`,
        message: `「${national}」は全国の形式の列名ではありません`,
        hint: `左側には ${kind.examples} のような全国の形式の列名を書き、右側にこのファイルの列名を書きます`,
      });
    }
    return field;
  };
  const columns: Partial<Record<F, string>> = {};
  for (const [national, own] of Object.entries(result.data.columns)) {
    const field = known("columns", national);
    if (field) columns[field] = own;
  }
  const values: Partial<Record<F, string>> = {};
  for (const [national, value] of Object.entries(result.data.values)) {
    const field = known("values", national);
    if (field) values[field] = value;
  }
  if (issues.length) return { issues };
  // The mapped fields match only the file's own names; those names no longer mean any other field.
  const own = new Set(Object.values(columns).map((c) => normalizeHeader(c as string)));
  const mapped = Object.fromEntries(
    (Object.entries(kind.aliases) as [F, readonly string[]][]).map(([field, names]) => [
      field,
      columns[field] !== undefined ? [columns[field]] : names.filter((n) => !own.has(normalizeHeader(n))),
    ]),
  ) as unknown as HeaderAliases<F>;
  return {
    mapping: { file, format: result.data.format, aliases: mapped, columns, values, required: kind.required },
    issues,
  };
}

function requiredIssue(file: string, national: string, all: string): ContentIssue {
  return {
    severity: "error",
    file,
    field: "columns",
    message: `「${national}」にあたる列がありません（${all}は必須です）`,
    hint: `columns: の下に「${national}: このファイルの列名」と書いてください`,
  };
}

/**
 * Checks the mapping against the file's header and fills the fixed values into the rows (where the cell is missing or
 * empty). Returns one issue per mapped column the file does not have (naming the columns it does have), and one per
 * required column the file, mapped, still lacks.
 */
export function applyColumnMapping<F extends string>(table: CsvTable<F>, mapping: ColumnMapping<F>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [field, own] of Object.entries(mapping.columns) as [F, string][]) {
    if (table.mapping.columns[field] !== undefined) continue;
    const listed = table.headers.filter((h) => h.trim() !== "").map((h) => `「${h.replace(/^\uFEFF/, "").trim()}」`);
    issues.push({
      severity: "error",
      file: mapping.file,
      field: `columns`,
      value: own,
      message: `${table.file} に「${own}」という列がありません`,
      hint: `このファイルの列: ${listed.slice(0, 20).join("")}${listed.length > 20 ? " ほか" : ""}`,
    });
  }
  for (const [field, value] of Object.entries(mapping.values) as [F, string][]) {
    table.mapping.written[field] ??= `${mapping.file} の values`;
    for (const row of table.rows) if (!row.values[field]) row.values[field] = value;
  }
  const present = (f: F) => table.mapping.columns[f] !== undefined || mapping.values[f] !== undefined;
  const all = mapping.required.map((r) => r.label).join("と");
  for (const need of mapping.required) {
    if (!need.fields.some(present)) issues.push(requiredIssue(mapping.file, need.label, all));
  }
  return issues;
}

/**
 * A `.columns.yaml` whose CSV is not there (renamed or deleted): a warning, so a typo in its name is noticed.
 * @param folder the content folder's subfolder (resources, events)
 * @param columnFiles the sidecar names found there
 * @param csvNames the CSV names found there
 */
export function unusedColumnFiles(folder: string, columnFiles: readonly string[], csvNames: readonly string[]): ContentIssue[] {
  const used = new Set(csvNames.flatMap(columnsFileNames));
  return columnFiles
    .filter((name) => !used.has(name))
    .map((name) => ({
      severity: "warning" as const,
      file: `${folder}/${name}`,
      message: "この対応づけのファイルに合う CSV がありません（使われていません）",
      hint: `CSV が「${name.replace(/\.columns\.ya?ml$/i, ".csv")}」という名前で同じフォルダにあるか確かめてください`,
    }));
}
