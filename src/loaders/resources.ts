import { existsSync } from "node:fs";
import path from "node:path";
import { RESOURCE_ALIASES, RESOURCE_FORMATS, type ResourceField, type ResourceFormat } from "../data/columns/resource-columns.ts";
import type { ContentIssue } from "../lib/content-issue.ts";
import { type DataFileSummary, newDataFileSummary } from "../lib/data-file-summary.ts";
import { urlSlug } from "../lib/file-slug.ts";
import { checkJapanCoordinates } from "../lib/geo.ts";
import { AreaTally, placeRow } from "../lib/resource-area.ts";
import { foldTownText, type TownDefinition } from "../lib/town.ts";
import { resourceColumnsSchema } from "../schemas/columns-mapping.ts";
import {
  careRowSchema,
  HOME_CARE_PREFIX,
  type HomeCareKey,
  homeCareFlags,
  medicalRowSchema,
  mhlwRowSchema,
  OFFICE_NUMBER_PATTERN,
  parseYesNo,
  type Resource,
  type ResourceCategory,
} from "../schemas/resource.ts";
import type { SiteConfig } from "../schemas/site.ts";
import {
  applyColumnMapping,
  columnsFileNames,
  type MappingKind,
  readColumnMapping,
  unusedColumnFiles,
} from "./columns-mapping.ts";
import { listContentFiles } from "./content-path.ts";
import { normalizeHeader } from "./csv/headers.ts";
import { type CsvRow, type CsvTable, readCsv } from "./csv/read-csv.ts";
import { rowIssues } from "./csv/row-issues.ts";
import { guessMedicalKinds, MAPPED_FORMAT } from "./resource-columns-rules.ts";
import { CodeTally, parseKeepingRow, scopeSharedSourceIds, unrecognisedDetail } from "./resource-row-rules.ts";

/** Detects the layout of a mapped header; null when it matches none. */
export function detectResourceFormat(
  columns: Partial<Record<ResourceField, number>>,
  headers: readonly string[],
): ResourceFormat | null {
  const has = (f: ResourceField) => columns[f] !== undefined;
  const hasAddress = has("address") || has("addressTown") || has("addressCity");
  if (has("serviceKind") && has("officeNumber") && has("name")) return "mhlw";
  if (has("medicalKind") && has("name") && hasAddress) return "medical";
  if (has("services") && has("name") && hasAddress) return "care";
  const homeCareColumns = headers.some((h) => normalizeHeader(h).startsWith(normalizeHeader(HOME_CARE_PREFIX)));
  if (!has("address") && homeCareColumns && (has("sourceId") || has("medicalCode") || has("officeNumber"))) return "homecare";
  return null;
}

/** Generation of a layout (for the report): legacy 推奨データセット or current 自治体標準オープンデータセット. */
function formatLabel(format: ResourceFormat, table: CsvTable<ResourceField>): string {
  const label = RESOURCE_FORMATS.find((f) => f.format === format)?.label ?? format;
  if (format === "mhlw" || format === "homecare") return label;
  const written = normalizeHeader(table.mapping.written.address ?? "");
  const current =
    written !== normalizeHeader("住所") ||
    (table.mapping.columns.localGovernmentCode !== undefined &&
      normalizeHeader(table.mapping.written.localGovernmentCode ?? "") === normalizeHeader("全国地方公共団体コード"));
  return `${label}（${current ? "自治体標準オープンデータセット" : "推奨データセット"}）`;
}

const DENTAL = /^(歯科|矯正歯科|小児歯科|歯科口腔外科)$/;

function categoryOf(kind: string, departments: readonly string[]): ResourceCategory {
  if (kind === "病院") return "病院";
  if (kind === "薬局") return "薬局";
  if (kind === "歯科診療所") return "歯科診療所";
  if (departments.length > 0 && departments.every((d) => DENTAL.test(d))) return "歯科診療所";
  return "診療所";
}

/** Reads the 在宅_ extension columns of a row. Unknown 在宅_ names and unreadable values are located errors. */
function homeCareOf(
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

function unknownHomeCareColumns(table: CsvTable<ResourceField>): ContentIssue[] {
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

/** A leading 大字 or 字 (the 町字 prefix that real addresses write or leave out). */
const AZA = /^(?:大字|字)/u;

/** The 町名 of site.yaml `towns` an address is in (longest name after the prefecture and municipality). */
export function townOfAddress(
  address: string,
  towns: readonly TownDefinition[],
  prefixes: readonly string[],
): string | undefined {
  let text = foldTownText(address);
  for (const p of foldedOnce(prefixes)) {
    if (text.startsWith(p.folded)) text = text.slice(p.folded.length);
  }
  // 「大字北町」「字北町」 and 「北町」 name the same town: real files write either, in the address or in towns
  text = text.replace(AZA, "");
  // Longest name first, so 青葉台 is not taken for 青葉.
  return foldedTowns(towns).find((t) => text.startsWith(t.folded))?.name;
}

/** Folded town names per town list, longest first: folding once per list, not once per row (25,000 rows at L). */
const foldedTownCache = new WeakMap<readonly TownDefinition[], { name: string; folded: string }[]>();
function foldedTowns(towns: readonly TownDefinition[]): { name: string; folded: string }[] {
  let list = foldedTownCache.get(towns);
  if (!list) {
    list = towns
      .map((t) => ({ name: t.name, folded: foldTownText(t.name).replace(AZA, "") }))
      .sort((a, b) => b.folded.length - a.folded.length);
    foldedTownCache.set(towns, list);
  }
  return list;
}

const foldedPrefixCache = new WeakMap<readonly string[], { folded: string }[]>();
function foldedOnce(prefixes: readonly string[]): { folded: string }[] {
  let list = foldedPrefixCache.get(prefixes);
  if (!list) {
    list = prefixes.map((p) => ({ folded: foldTownText(p) }));
    foldedPrefixCache.set(prefixes, list);
  }
  return list;
}

function cleanText(value: string | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

/** A resource before merging, with the row it came from. */
interface RowRecord {
  record: Resource;
  table: CsvTable<ResourceField>;
  row: number;
  /** True when the page's key is the file's own ID/NO (unique only within the dataset that numbered it). */
  keyedBySourceId: boolean;
}

/** What a resources/ `.columns.yaml` maps onto: a name and an address are required. */
const RESOURCE_MAPPING: MappingKind<ResourceField> = {
  schema: resourceColumnsSchema,
  aliases: RESOURCE_ALIASES,
  examples: "名称・住所・電話番号・医療機関の種類・実施サービス・緯度・経度",
  required: [
    { label: "名称", fields: ["name"] },
    { label: "住所", fields: ["address", "addressTown", "addressCity"] },
  ],
};

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
        hint: `${RESOURCE_FORMATS.map((f) => `${f.label}: ${f.keys}`).join(" ／ ")}。列名を上の名前に変えると読めます`,
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
      const result = parseKeepingRow(schema, table, row, issues);
      const flags = homeCareOf(table, row, issues);
      codes.add(row);
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
      if (config) {
        const placement = placeRow(
          {
            code: row.values.locatedCode ?? row.values.localGovernmentCode,
            cityName: row.values.addressCity ?? row.values.cityName,
            address,
          },
          config.resources.area,
          { ...config.municipality, towns: towns.map((t) => t.name) },
        );
        tally.add(placement, row.row);
        if (placement.kind === "outside") continue;
      }
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

/** Merges rows of the same office: care rows by 事業所番号 (services united); a repeated medical ID is an error. */
function mergeRecords(rows: readonly RowRecord[], issues: ContentIssue[]): Map<string, Resource> {
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

/** Applies a home-care sidecar CSV (key column + 在宅_ columns) to the records it names. */
function applySidecar(table: CsvTable<ResourceField>, records: Map<string, Resource>, issues: ContentIssue[]): void {
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

/** The name of the published area in the one-line summary: 架空市, 山口県, or the listed places. */
function areaName(config: SiteConfig | undefined): string {
  const area = config?.resources.area ?? "municipality";
  if (area === "prefecture") return config?.municipality.prefecture ?? "";
  if (Array.isArray(area)) return area.join("・");
  return config?.municipality.name ?? "";
}

/** 方書 unless 所在地_連結表記 already ends with it (current-layout files repeat it there; it would print twice). */
function buildingNotIn(building: string | undefined, address: string): string | undefined {
  if (!building) return undefined;
  const squash = (t: string) => t.normalize("NFKC").replace(/[\s\u3000]+/g, "");
  return squash(address).includes(squash(building)) ? undefined : building;
}
