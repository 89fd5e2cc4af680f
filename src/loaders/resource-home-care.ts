/**
 * The 在宅_ columns of resource CSVs (this project's extension, docs/staff/resources.md): read from a row, unknown
 * names reported once per file, and home-care sidecar files (key column + 在宅_ columns) applied to the records.
 */
import type { ResourceField } from "../data/columns/resource-columns.ts";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { HOME_CARE_PREFIX, type HomeCareKey, homeCareFlags, parseYesNo, type Resource } from "../schemas/resource.ts";
import { normalizeHeader } from "./csv/headers.ts";
import type { CsvRow, CsvTable } from "./csv/read-csv.ts";

/** Reads the 在宅_ extension columns of a row. Unknown 在宅_ names and unreadable values are located errors. */
export function homeCareOf(
  table: CsvTable<ResourceField>,
  row: CsvRow<ResourceField>,
  issues: ContentIssue[],
): Partial<Record<HomeCareKey, boolean>> {
  const result: Partial<Record<HomeCareKey, boolean>> = {};
  for (const [header, value] of Object.entries(row.extra)) {
    const key = normalizeHeader(header);
    if (!key.startsWith(normalizeHeader(HOME_CARE_PREFIX))) continue;
    const flag = homeCareFlags.find((f) => normalizeHeader(`${HOME_CARE_PREFIX}${f.label}`) === key);
    if (!flag) continue; // reported once per file, see unknownHomeCareColumns
    const parsed = parseYesNo(value);
    if (parsed === null) {
      issues.push({
        severity: "error",
        file: table.file,
        line: row.row,
        field: header,
        value,
        message: "有・無（○・×、あり・なし でも可）のどれかで書いてください。わからないときは空にします",
      });
    } else if (parsed !== undefined) {
      result[flag.key] = parsed;
    }
  }
  return result;
}

/** 在宅_ columns of the header that name no known flag: one located error each. */
export function unknownHomeCareColumns(table: CsvTable<ResourceField>): ContentIssue[] {
  return table.mapping.unknown
    .filter(({ header }) => normalizeHeader(header).startsWith(normalizeHeader(HOME_CARE_PREFIX)))
    .filter(
      ({ header }) => !homeCareFlags.some((f) => normalizeHeader(`${HOME_CARE_PREFIX}${f.label}`) === normalizeHeader(header)),
    )
    .map(({ header }) => ({
      severity: "error" as const,
      file: table.file,
      line: 1,
      field: header,
      message: "知らない在宅情報の列です",
      hint: `使える列: ${homeCareFlags.map((f) => `${HOME_CARE_PREFIX}${f.label}`).join("、")}`,
    }));
}

/** Applies a home-care sidecar CSV (key column + 在宅_ columns) to the records it names. */
export function applySidecar(table: CsvTable<ResourceField>, records: Map<string, Resource>, issues: ContentIssue[]): void {
  for (const row of table.rows) {
    const keyField = (["officeNumber", "medicalCode", "sourceId"] as const).find((f) => row.values[f]);
    const key = keyField ? row.values[keyField]?.normalize("NFKC").trim() : undefined;
    if (!keyField || !key) {
      issues.push({
        severity: "error",
        file: table.file,
        line: row.row,
        message: "どの医療機関・事業所の行か分かりません（ID・NO・医療機関コード・事業所番号が空です）",
      });
      continue;
    }
    const matches = [...records.values()].filter((r) =>
      keyField === "officeNumber"
        ? r.officeNumber === key
        : keyField === "medicalCode"
          ? r.medicalCode === key
          : r.sourceId === key,
    );
    const column = table.mapping.written[keyField] ?? keyField;
    if (matches.length !== 1) {
      issues.push({
        severity: "error",
        file: table.file,
        line: row.row,
        field: column,
        value: key,
        message:
          matches.length === 0
            ? "この番号の医療機関・事業所が resources/ の CSV にありません"
            : `この番号に当てはまる行が ${matches.length} 件あります（${matches.map((m) => m.name).join("、")}）。医療機関コードか事業所番号で指定してください`,
      });
      continue;
    }
    const target = matches[0];
    if (!target) continue;
    const flags = homeCareOf(table, row, issues);
    for (const [k, v] of Object.entries(flags) as [HomeCareKey, boolean][]) {
      const current = target.homeCare[k];
      if (current !== undefined && current !== v) {
        const source = target.sources[0];
        issues.push({
          severity: "error",
          file: table.file,
          line: row.row,
          field: `${HOME_CARE_PREFIX}${homeCareFlags.find((f) => f.key === k)?.label}`,
          value: v ? "有" : "無",
          message: `${source?.file ?? ""} の ${source?.row ?? ""} 行目の値と食い違っています`,
        });
      } else {
        target.homeCare[k] = v;
      }
    }
  }
}
