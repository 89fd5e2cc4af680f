/**
 * Which national layout a resources/ CSV is in: detected from its header, or chosen by its `.columns.yaml`, and the
 * name of the layout (and its generation) that the data-file report shows.
 */
import { RESOURCE_ALIASES, RESOURCE_FORMATS, type ResourceField, type ResourceFormat } from "../data/columns/resource-columns.ts";
import { resourceColumnsSchema } from "../schemas/columns-mapping.ts";
import { HOME_CARE_PREFIX } from "../schemas/resource.ts";
import type { MappingKind } from "./columns-mapping.ts";
import { normalizeHeader } from "./csv/headers.ts";
import type { CsvTable } from "./csv/read-csv.ts";

/** Detects the layout of a mapped header; null when it matches none. */
export function detectResourceFormat(
  columns: Partial<Record<ResourceField, number>>,
  headers: readonly string[],
): ResourceFormat | null {
  const has = (f: ResourceField) => columns[f] !== undefined;
  const hasAddress = has("address") || has("addressTown") || has("addressCity");
  // Every real MHLW file has 住所; without it the file is refused once with 住所 named, not row by row.
  if (has("serviceKind") && has("officeNumber") && has("name") && hasAddress) return "mhlw";
  if (has("medicalKind") && has("name") && hasAddress) return "medical";
  if (has("services") && has("name") && hasAddress) return "care";
  const homeCareColumns = headers.some((h) => normalizeHeader(h).startsWith(normalizeHeader(HOME_CARE_PREFIX)));
  if (!has("address") && homeCareColumns && (has("sourceId") || has("medicalCode") || has("officeNumber"))) return "homecare";
  return null;
}

/** Generation of a layout (for the report): legacy 推奨データセット or current 自治体標準オープンデータセット. */
export function formatLabel(format: ResourceFormat, table: CsvTable<ResourceField>): string {
  const label = RESOURCE_FORMATS.find((f) => f.format === format)?.label ?? format;
  if (format === "mhlw" || format === "homecare") return label;
  const written = normalizeHeader(table.mapping.written.address ?? "");
  const current =
    written !== normalizeHeader("住所") ||
    (table.mapping.columns.localGovernmentCode !== undefined &&
      normalizeHeader(table.mapping.written.localGovernmentCode ?? "") === normalizeHeader("全国地方公共団体コード"));
  return `${label}（${current ? "自治体標準オープンデータセット" : "推奨データセット"}）`;
}

/** What a resources/ `.columns.yaml` maps onto: a name and an address are required. */
export const RESOURCE_MAPPING: MappingKind<ResourceField> = {
  schema: resourceColumnsSchema,
  aliases: RESOURCE_ALIASES,
  examples: "名称・住所・電話番号・医療機関の種類・実施サービス・緯度・経度",
  required: [
    { label: "名称", fields: ["name"] },
    { label: "住所", fields: ["address", "addressTown", "addressCity"] },
  ],
};
