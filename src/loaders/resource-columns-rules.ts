/**
 * What a `.columns.yaml` mapping implies beyond the column names: the layout it chooses, the 医療機関の種類 of files that
 * have none (a city's list of its hospitals and clinics).
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import type { ColumnMapping } from "./columns-mapping.ts";
import type { CsvTable } from "./csv/read-csv.ts";

/** The loader's layout for each layout name staff write in `format:`. */
export const MAPPED_FORMAT = { 医療機関一覧: "medical", 介護サービス事業所一覧: "care" } as const;

/**
 * 医療機関の種類 from the facility's name, for a mapped medical file without that column or value: a name ending in
 * 病院 is a 病院, one with 薬局 a 薬局, one with 歯科 a 歯科診療所, anything else a 診療所. Said once per file with the counts,
 * so staff can add the column (or `values:`) when the guess is wrong.
 */
export function guessMedicalKinds<F extends string>(table: CsvTable<F>, mapping: ColumnMapping<F>): ContentIssue[] {
  const kind = "medicalKind" as F;
  const name = "name" as F;
  if (mapping.format !== "医療機関一覧" || table.mapping.columns[kind] !== undefined || mapping.values[kind]) return [];
  const counts = new Map<string, number>();
  for (const row of table.rows) {
    if (row.values[kind]) continue;
    const guessed = kindFromName(row.values[name] ?? "");
    row.values[kind] = guessed;
    counts.set(guessed, (counts.get(guessed) ?? 0) + 1);
  }
  table.mapping.written[kind] ??= "医療機関の種類（名称から判断）";
  if (counts.size === 0) return [];
  return [
    {
      severity: "warning",
      file: table.file,
      line: 1,
      field: "医療機関の種類",
      message: `医療機関の種類の列がないため、名称から決めました（${[...counts].map(([k, n]) => `${k} ${n}`).join("、")}）`,
      hint: `${mapping.file} の columns: に「医療機関の種類: 列名」、またはすべて同じなら values: に「医療機関の種類: 薬局」のように書くと、その値を使います`,
    },
  ];
}

function kindFromName(name: string): string {
  const n = name.normalize("NFKC").trim();
  if (/病院$/.test(n.replace(/[（(].*?[)）]$/, ""))) return "病院";
  if (n.includes("薬局")) return "薬局";
  if (n.includes("歯科")) return "歯科診療所";
  return "診療所";
}
