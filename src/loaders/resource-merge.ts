/**
 * Rows of resources/ CSVs that name the same office become one record: care rows by 事業所番号 (across files and
 * layouts), while a repeated medical ID is an error.
 */
import type { ResourceField } from "../data/columns/resource-columns.ts";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { HOME_CARE_PREFIX, type HomeCareKey, homeCareFlags, type Resource } from "../schemas/resource.ts";
import type { CsvTable } from "./csv/read-csv.ts";

/** A resource before merging, with the row it came from. */
export interface RowRecord {
  record: Resource;
  table: CsvTable<ResourceField>;
  row: number;
  /** True when the page's key is the file's own ID/NO (unique only within the dataset that numbered it). */
  keyedBySourceId: boolean;
}
/** Merges rows of the same office: care rows by 事業所番号 (services united); a repeated medical ID is an error. */
export function mergeRecords(rows: readonly RowRecord[], issues: ContentIssue[]): Map<string, Resource> {
  const byId = new Map<string, { record: Resource; first: RowRecord }>();
  for (const item of rows) {
    const existing = byId.get(item.record.id);
    if (!existing) {
      byId.set(item.record.id, { record: structuredClone(item.record), first: item });
      continue;
    }
    const where = `${existing.first.table.file} の ${existing.first.row} 行目`;
    if (item.record.domain === "medical" || existing.record.domain === "medical") {
      issues.push({
        severity: "error",
        file: item.table.file,
        line: item.row,
        field: item.table.mapping.written.sourceId ?? "ID",
        value: item.record.sourceId ?? item.record.medicalCode,
        message: `同じ ID の医療機関が ${where}にもあります`,
        hint: "ID（NO）は自治体の中で重ならないように付けてください",
      });
      continue;
    }
    const target = existing.record;
    if (target.name !== item.record.name) {
      issues.push({
        severity: "warning",
        file: item.table.file,
        line: item.row,
        field: item.table.mapping.written.name ?? "名称",
        value: item.record.name,
        message: `事業所番号が同じ ${where} と名称が違います（「${target.name}」として 1 つにまとめます）`,
      });
    }
    for (const s of item.record.services) if (!target.services.includes(s)) target.services.push(s);
    for (const [k, v] of Object.entries(item.record) as [keyof Resource, unknown][]) {
      if (target[k] === undefined && v !== undefined) (target as Record<string, unknown>)[k] = v;
    }
    for (const [k, v] of Object.entries(item.record.homeCare) as [HomeCareKey, boolean][]) {
      const current = target.homeCare[k];
      if (current !== undefined && current !== v) {
        issues.push({
          severity: "error",
          file: item.table.file,
          line: item.row,
          field: `${HOME_CARE_PREFIX}${homeCareFlags.find((f) => f.key === k)?.label}`,
          message: `同じ事業所の ${where} と値が食い違っています`,
        });
      } else {
        target.homeCare[k] = v;
      }
    }
    target.sources.push(...item.record.sources);
  }
  return new Map([...byId].map(([id, v]) => [id, v.record]));
}
