import { WINDOW_ALIASES, type WindowField } from "../../src/data/columns/window-columns.ts";
import type { ContentIssue } from "../../src/lib/content/content-issue.ts";
import type { WindowOpenData } from "../../src/lib/opendata/opendata-export.ts";
import { normalizeJapanesePhone } from "../../src/lib/values/phone.ts";
import { type CsvTable, readCsv } from "../../src/loaders/csv/read-csv.ts";

const list = (v: string | undefined) => (v ? v.split(";").filter(Boolean) : []);
const num = (v: string | undefined) => (v ? Number(v) : undefined);
const text = (v: string | undefined) => (v ? v : undefined);

/**
 * Reads a windows open-data CSV (as /opendata/ publishes it) back into records, by the column names the export writes
 * (src/data/columns/window-columns.ts): used by the round-trip test, and by anyone who keeps their windows in a
 * spreadsheet and wants to check the published file.
 */
export function readWindowOpenData(absolutePath: string, file: string): { records: WindowOpenData[]; issues: ContentIssue[] } {
  const { table, issues } = readCsv(absolutePath, file, {
    aliases: WINDOW_ALIASES,
    requiredColumns: ["id", "name", "address", "phone"],
  });
  if (!table) return { records: [], issues };
  return {
    records: (table as CsvTable<WindowField>).rows.map(({ values: v }) => ({
      id: v.id ?? "",
      name: v.name ?? "",
      kind: v.kind ?? "",
      address: v.address ?? "",
      postalCode: text(v.postalCode),
      latitude: num(v.latitude),
      longitude: num(v.longitude),
      phone: normalizeJapanesePhone(v.phone ?? "") ?? "",
      fax: v.fax ? (normalizeJapanesePhone(v.fax) ?? v.fax) : undefined,
      email: text(v.email),
      url: text(v.url),
      days: v.days ?? "",
      hoursNote: text(v.hoursNote),
      description: text(v.description),
      areas: list(v.areas),
      services: list(v.services),
      barrierFree: list(v.barrierFree),
      access: text(v.access),
    })),
    issues,
  };
}
