/**
 * resources/*.csv → resource records: one pass over the files (layout, rows, area, coordinates), then the merge of rows
 * naming the same office and the home-care sidecars. Layout detection, 在宅_ columns, merging and addresses are in the
 * resource-*.ts files beside this one.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { RESOURCE_ALIASES, RESOURCE_FORMATS, type ResourceField } from "../data/columns/resource-columns.ts";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { type DataFileSummary, newDataFileSummary } from "../lib/content/data-file-summary.ts";
import { urlSlug } from "../lib/content/file-slug.ts";
import { AreaTally, placeRow } from "../lib/resources/resource-area.ts";
import { checkJapanCoordinates } from "../lib/values/geo.ts";
import {
  careRowSchema,
  medicalRowSchema,
  mhlwRowSchema,
  OFFICE_NUMBER_PATTERN,
  type Resource,
  type ResourceCategory,
} from "../schemas/resource.ts";
import type { SiteConfig } from "../schemas/site.ts";
import { applyColumnMapping, columnsFileNames, readColumnMapping, unusedColumnFiles } from "./columns-mapping.ts";
import { listContentFiles } from "./content-path.ts";
import { type CsvTable, readCsv } from "./csv/read-csv.ts";
import { rowIssues } from "./csv/row-issues.ts";
import { buildingNotIn, townOfAddress } from "./resource-address.ts";
import { guessMedicalKinds, MAPPED_FORMAT } from "./resource-columns-rules.ts";
import { detectResourceFormat, formatLabel, RESOURCE_MAPPING } from "./resource-format.ts";
import { applySidecar, homeCareOf, unknownHomeCareColumns } from "./resource-home-care.ts";
import { mergeRecords, type RowRecord } from "./resource-merge.ts";
import { CodeTally, parseKeepingRow, scopeSharedSourceIds, unrecognisedDetail } from "./resource-row-rules.ts";

const DENTAL = /^(歯科|矯正歯科|小児歯科|歯科口腔外科)$/;

function categoryOf(kind: string, departments: readonly string[]): ResourceCategory {
  if (kind === "病院") return "病院";
  if (kind === "薬局") return "薬局";
  if (kind === "歯科診療所") return "歯科診療所";
  if (departments.length > 0 && departments.every((d) => DENTAL.test(d))) return "歯科診療所";
  return "診療所";
}

function cleanText(value: string | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

/**
 * Reads every `resources/*.csv`, detects each file's layout from its header, validates rows with located errors,
 * merges the MHLW per-service rows (and any other care rows) by 事業所番号, and applies home-care sidecar files.
 * @param dir the content folder
 * @param config the validated site.yaml (towns for the area of each address)
 */
export function readResources(
  dir: string,
  config?: SiteConfig,
): { resources: Resource[]; issues: ContentIssue[]; files: DataFileSummary[] } {
  const folder = path.join(dir, "resources");
  const issues: ContentIssue[] = [];
  // One listing for the data files and the staff's column mappings beside them.
  const isCsv = (name: string) => /\.csv$/i.test(name) && !name.startsWith("_");
  const isColumns = (name: string) => /\.columns\.ya?ml$/i.test(name);
  const listing = listContentFiles(dir, "resources", (name) => isCsv(name) || isColumns(name));
  issues.push(...listing.issues);
  const csvNames = listing.names.filter(isCsv);
  const columnNames = listing.names.filter(isColumns);
  if (!existsSync(folder)) return { resources: [], issues, files: [] };
  const files: DataFileSummary[] = [];
  const towns = config?.towns ?? [];
  const prefixes = config ? [config.municipality.prefecture, config.municipality.name] : [];
  const records: RowRecord[] = [];
  const officeByNameAddress = new Map<string, string>();
  const sidecars: CsvTable<ResourceField>[] = [];
  issues.push(...unusedColumnFiles("resources", columnNames, csvNames));
  for (const name of csvNames) {
    const file = `resources/${name}`;
    const columnsName = columnsFileNames(name).find((n) => columnNames.includes(n));
    const mapped = columnsName ? readColumnMapping(dir, `resources/${columnsName}`, RESOURCE_MAPPING) : undefined;
    issues.push(...(mapped?.issues ?? []));
    if (mapped && !mapped.mapping) continue;
    const aliases = mapped?.mapping?.aliases ?? RESOURCE_ALIASES;
    const { table, issues: fileIssues } = readCsv<ResourceField>(path.join(folder, name), file, { aliases });
    if (table && mapped?.mapping)
      fileIssues.push(...applyColumnMapping(table, mapped.mapping), ...guessMedicalKinds(table, mapped.mapping));
    issues.push(...fileIssues);
    if (!table) continue;
    const format = mapped?.mapping
      ? MAPPED_FORMAT[mapped.mapping.format as keyof typeof MAPPED_FORMAT]
      : detectResourceFormat(table.mapping.columns, table.headers);
    const summary = newDataFileSummary(file, table);
    files.push(summary);
    if (!format) {
      issues.push({
        severity: "error",
        file,
        line: 1,
        message: `どの形式の CSV か判別できません（見出しの行に必要な列が見つかりません）${unrecognisedDetail(table, RESOURCE_ALIASES)}`,
        // A city's own layout (IMI English headers, a hospital register) is read through a mapping, not by renaming.
        hint: `${RESOURCE_FORMATS.map((f) => `${f.label}: ${f.keys}`).join(" ／ ")}。列名を上の名前に変えるか、CSV はそのままで同じフォルダに「${columnsFileNames(name)[0]}」（列の対応づけ）を置くと読めます`,
      });
      continue;
    }
    const label = mapped?.mapping
      ? `${RESOURCE_FORMATS.find((f) => f.format === format)?.label}（${columnsName} の対応づけ）`
      : formatLabel(format, table);
    summary.layout = label;
    summary.withErrors = summary.rowsRead;
    issues.push(...unknownHomeCareColumns(table));
    if (fileIssues.some((i) => i.severity === "error")) continue;
    if (format === "homecare") {
      summary.kept = table.rows.length;
      summary.withErrors = 0;
      sidecars.push(table);
      continue;
    }
    const recordsBefore = records.length;
    const schema = format === "medical" ? medicalRowSchema : format === "care" ? careRowSchema : mhlwRowSchema;
    let namedRows = 0;
    const tally = new AreaTally();
    const codes = new CodeTally();
    for (const row of table.rows) {
      codes.add(row);
      if (config) {
        // Placed before anything else: a row outside the published area is never shown, so whatever its cells hold
        // (a national file's broken coordinate, Ⅱ in a name) it has no message of its own, only the file's one line.
        const v = row.values;
        const placement = placeRow(
          {
            code: v.locatedCode ?? v.localGovernmentCode,
            cityName: v.addressCity ?? v.cityName,
            address:
              cleanText(v.address) ?? [v.addressPrefecture, v.addressCity, v.addressTown, v.addressRest].filter(Boolean).join(""),
          },
          config.resources.area,
          { ...config.municipality, towns: towns.map((t) => t.name) },
        );
        tally.add(placement, row.row);
        if (placement.kind === "outside") {
          summary.outsideAreaRows.push(row.row);
          continue;
        }
      }
      const result = parseKeepingRow(schema, table, row, issues);
      const flags = homeCareOf(table, row, issues);
      if (!result.success) {
        issues.push(...rowIssues(result.error, table, row));
        continue;
      }
      const r = result.data as typeof result.data & { medicalKind?: string; services?: string[]; serviceKind?: string };
      const departments = r.departments ?? [];
      const domain = format === "medical" ? "medical" : "care";
      if (r.officeNumber && !OFFICE_NUMBER_PATTERN.test(r.officeNumber)) {
        issues.push({
          severity: "warning",
          file,
          line: row.row,
          field: table.mapping.written.officeNumber ?? "事業所番号",
          value: r.officeNumber,
          message: "事業所番号は半角の数字と英大文字の 10 文字です。この行はそのまま載せますが、番号を確かめてください",
          hint: "例: 3520712345、介護医療院は 01B0100011 のように英字を含みます",
        });
      }
      const idKey = domain === "care" ? (r.officeNumber ?? r.sourceId) : (r.sourceId ?? r.medicalCode);
      const address =
        cleanText(r.address) ?? [r.addressPrefecture, r.addressCity, r.addressTown, r.addressRest].filter(Boolean).join("");
      // no number: the office is known by its name and address (the same pair on two rows is one office)
      const nameAddress = `${r.name.trim()} ${address}`.normalize("NFKC").replace(/\s+/g, " ");
      let key = idKey ?? nameAddress;
      if (!idKey) namedRows++;
      // 自治体標準 care lists repeat an office once per 実施サービス with a new ID and no 事業所番号: one office, one page
      if (domain === "care" && !r.officeNumber) {
        const first = officeByNameAddress.get(nameAddress);
        if (first) key = first;
        else officeByNameAddress.set(nameAddress, key);
      }
      if (r.latitude !== undefined && r.longitude !== undefined) {
        const check = checkJapanCoordinates(r.latitude, r.longitude);
        if (check !== "inside") {
          issues.push({
            severity: "warning",
            file,
            line: row.row,
            field: table.mapping.written.latitude ?? "緯度",
            value: `${r.latitude}, ${r.longitude}`,
            message:
              check === "swapped"
                ? "緯度と経度が逆のようです（入れ替えると日本国内になります）。地図には表示しません"
                : check === "zero"
                  ? "座標が 0,0 です。位置が不明として扱い、地図には表示しません"
                  : "日本の範囲の外の座標です。地図には表示しません",
          });
        }
      }
      const inJapan =
        r.latitude !== undefined && r.longitude !== undefined && checkJapanCoordinates(r.latitude, r.longitude) === "inside";
      const record: Resource = {
        id: `${domain === "care" ? "kaigo" : "iryo"}-${urlSlug(key, "id")}`,
        domain,
        category: domain === "care" ? "介護サービス事業所" : categoryOf(r.medicalKind ?? "", departments),
        sourceId: r.sourceId,
        name: r.name.trim(),
        nameKana: cleanText(r.nameKana),
        medicalKind: r.medicalKind,
        services: domain === "care" ? (r.services ?? (r.serviceKind ? [r.serviceKind] : [])) : [],
        departments,
        address,
        building: buildingNotIn(cleanText(r.building), address),
        postalCode: r.postalCode,
        latitude: inJapan ? r.latitude : undefined,
        longitude: inJapan ? r.longitude : undefined,
        phone: r.phone,
        extension: cleanText(r.extension),
        fax: r.fax,
        email: r.email,
        url: r.url,
        corporateNumber: r.corporateNumber,
        corporateName: cleanText(r.corporateName),
        medicalCode: r.medicalCode,
        officeNumber: r.officeNumber,
        days: cleanText(r.days),
        openTime: cleanText(r.openTime),
        closeTime: cleanText(r.closeTime),
        hoursNote: cleanText(r.hoursNote),
        afterHours: cleanText(r.afterHours),
        beds: cleanText(r.beds),
        capacity: cleanText(r.capacity),
        note: cleanText(r.note),
        homeCare: flags,
        town: townOfAddress(address, towns, prefixes),
        sources: [{ file, row: row.row, format: label }],
      };
      const keyedBySourceId = idKey !== undefined && idKey === r.sourceId && idKey !== r.officeNumber;
      records.push({ record, table, row: row.row, keyedBySourceId });
    }
    issues.push(...codes.issues(table), ...tally.issues(file, areaName(config)));
    summary.kept = records.length - recordsBefore;
    summary.outsideArea = tally.leftOut;
    summary.withErrors = summary.rowsRead - summary.kept - summary.outsideArea;
    if (namedRows > 0) {
      issues.push({
        severity: "warning",
        file,
        line: 1,
        field: format === "medical" ? "ID" : "事業所番号",
        message: `${namedRows} 行に ID（事業所番号）がないため、名称と住所からページの URL を作りました。名称か住所を変えると URL も変わります`,
        hint: "「ID」「NO」「医療機関コード」「事業所番号」のどれかの列があれば、それを使います",
      });
    }
  }
  issues.push(...scopeSharedSourceIds(records));
  const merged = mergeRecords(records, issues);
  for (const sidecar of sidecars) applySidecar(sidecar, merged, issues);
  for (const r of merged.values()) {
    const owner = files.find((f) => f.file === r.sources[0]?.file);
    if (owner) owner.pages++;
  }
  return { resources: [...merged.values()], issues, files };
}

/** The name of the published area in the one-line summary: 架空市, 山口県, or the listed places. */
function areaName(config: SiteConfig | undefined): string {
  const area = config?.resources.area ?? "municipality";
  if (area === "prefecture") return config?.municipality.prefecture ?? "";
  if (Array.isArray(area)) return area.join("・");
  return config?.municipality.name ?? "";
}
