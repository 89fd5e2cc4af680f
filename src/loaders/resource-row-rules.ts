/**
 * Rules that let real published resource files through: loose contact cells are warnings, and a header that matches
 * no layout is explained (the nearest layout, its missing columns and the file's closest columns).
 */
import path from "node:path";
import type { ResourceField } from "../data/columns/resource-columns.ts";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { fileSlug } from "../lib/content/file-slug.ts";
import { readLocalGovernmentCode } from "../lib/values/local-government-code.ts";
import type { z } from "../schemas/shared/zod-japanese.ts";
import { closestLayout, type LayoutRequirement } from "./csv/closest-columns.ts";
import { parseKeepingCells } from "./csv/keep-row.ts";
import type { CsvRow, CsvTable } from "./csv/read-csv.ts";

/**
 * Contact and reference cells that real files fill loosely (`www.example.jp` for a URL, an e-mail address in the URL
 * column, `http：//`, a phone number without its area code), and the coordinates (MHLW's file 331 has a 経度 of
 * -218.04…). A bad value in one of them is left off the page with a located warning (a bad coordinate takes its
 * partner with it: the office is listed without a map pin, as with coordinates outside Japan); the row itself is
 * published, as its name and address are sound.
 */
const LOOSE_FIELDS: ReadonlySet<string> = new Set<ResourceField>([
  "phone",
  "fax",
  "extension",
  "url",
  "email",
  "postalCode",
  "corporateNumber",
  "medicalCode",
  "openTime",
  "closeTime",
  "latitude",
  "longitude",
]);

/** A pin needs both coordinates: a bad one drops the other too. */
const PARTNERS: Partial<Record<ResourceField, ResourceField>> = { latitude: "longitude", longitude: "latitude" };

/**
 * Parses a row; when only loose cells are bad, drops them with a warning each and parses again
 * (see {@link parseKeepingCells}).
 * @param schema the row schema of the layout
 * @param table the file
 * @param row the row
 * @param issues where the warnings go
 */
export function parseKeepingRow<S extends z.ZodType>(
  schema: S,
  table: CsvTable<ResourceField>,
  row: CsvRow<ResourceField>,
  issues: ContentIssue[],
): z.ZodSafeParseResult<z.output<S>> {
  return parseKeepingCells(schema, table, row, issues, { loose: LOOSE_FIELDS, partners: PARTNERS });
}

/** Required fields of each data layout (the homecare sidecar is left out: it has no fixed name column). */
const LAYOUT_REQUIREMENTS: LayoutRequirement<ResourceField>[] = [
  { label: "医療機関一覧", required: ["name", "medicalKind", "address"] },
  { label: "介護サービス事業所一覧", required: ["name", "services", "address"] },
  { label: "介護サービス情報公表（厚生労働省）", required: ["name", "serviceKind", "officeNumber", "address"] },
];

/**
 * 「。いちばん近い形式は…で、…の列がありません（近い列: …）」 for a header that matches no layout.
 * @param table the mapped file
 * @param aliases the alias table (field → header names, the first shown to staff)
 */
export function unrecognisedDetail(table: CsvTable<ResourceField>, aliases: Record<ResourceField, readonly string[]>): string {
  const present = new Set(Object.keys(table.mapping.columns) as ResourceField[]);
  const near = closestLayout(table.headers, present, aliases, LAYOUT_REQUIREMENTS);
  if (!near || near.missing.length === 0) return "";
  const parts = near.missing.map((m) => (m.closest ? `「${m.expected}」（近い列: 「${m.closest}」）` : `「${m.expected}」`));
  return `。いちばん近い形式は${near.label}で、${parts.join("・")}の列がありません`;
}

/** The 団体コード cells of one file: repaired 5-digit codes and wrong check digits, summarised once per file. */
export class CodeTally {
  private readonly repaired: { row: number; written: string; code: string }[] = [];
  private readonly wrong: { row: number; code: string; expected: string }[] = [];

  /**
   * Reads the code cells of one row.
   * @param row the row
   */
  add(row: CsvRow<ResourceField>): void {
    for (const cell of [row.values.localGovernmentCode, row.values.locatedCode]) {
      if (!cell) continue;
      const reading = readLocalGovernmentCode(cell);
      if (reading.status === "repaired") this.repaired.push({ row: row.row, ...reading });
      if (reading.status === "wrong-check-digit") this.wrong.push({ row: row.row, ...reading });
    }
  }

  /**
   * One warning per kind of problem for the file.
   * @param table the file
   */
  issues(table: CsvTable<ResourceField>): ContentIssue[] {
    const field = table.mapping.written.localGovernmentCode ?? table.mapping.written.locatedCode ?? "団体コード";
    const out: ContentIssue[] = [];
    const first = this.repaired[0];
    if (first) {
      out.push({
        severity: "warning",
        file: table.file,
        line: first.row,
        field,
        value: first.written,
        message: `団体コードが 5 桁の行が ${this.repaired.length} 行あります。検査数字を補って読みました（例: ${first.written} → ${first.code}）`,
        hint: "Excel で開くと、先頭の 0 や 6 桁目が消えることがあります。セルを文字列にして 6 桁で保存してください",
      });
    }
    const bad = this.wrong[0];
    if (bad) {
      out.push({
        severity: "warning",
        file: table.file,
        line: bad.row,
        field,
        value: bad.code,
        message: `団体コードの検査数字（6 桁目）が合わない行が ${this.wrong.length} 行あります（例: ${bad.code} は「${bad.expected}」のはずです）`,
        hint: "総務省の全国地方公共団体コードで確かめてください",
      });
    }
    return out;
  }
}

/** What {@link scopeSharedSourceIds} needs of a row's record. */
interface KeyedRecord {
  record: { id: string };
  table: { file: string };
  row: number;
  keyedBySourceId: boolean;
}

/**
 * Two files may number their rows the same way (高松市's 老人福祉施設 and 地域包括支援センター lists both start at ID 1):
 * an ID or NO is unique only within the file's dataset, so such rows must not be merged into one page. Where rows of
 * different files would share a page only through their ID/NO, the later file's pages get its file slug in the URL
 * (`kaigo-1` → `kaigo-takamatsu-...-1`), said once per file. 事業所番号 and 医療機関コード are national: they still merge.
 * @param records every row record, in file order (changed in place)
 * @returns one warning per file whose URLs were scoped
 */
export function scopeSharedSourceIds(records: KeyedRecord[]): ContentIssue[] {
  const firstFileById = new Map<string, string>();
  for (const r of records) if (!firstFileById.has(r.record.id)) firstFileById.set(r.record.id, r.table.file);
  const scoped = new Map<string, number>();
  for (const r of records) {
    const first = firstFileById.get(r.record.id);
    if (!r.keyedBySourceId || first === r.table.file) continue;
    const prefix = r.record.id.slice(0, r.record.id.indexOf("-") + 1);
    r.record.id = `${prefix}${fileSlug(path.basename(r.table.file))}-${r.record.id.slice(prefix.length)}`;
    scoped.set(r.table.file, (scoped.get(r.table.file) ?? 0) + 1);
  }
  return [...scoped].map(([file, count]) => ({
    severity: "warning" as const,
    file,
    line: 1,
    field: "ID",
    message: `${count} 行の ID（NO）がほかのファイルの ID と重なるため、別の施設として扱い、ページの URL にファイル名を入れました`,
    hint: "同じ施設なら、事業所番号か医療機関コードの列があると 1 つのページにまとまります",
  }));
}
