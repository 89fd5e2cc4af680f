/**
 * Open-data exports of the site's windows and resources in the national formats (docs/dev/open-data-formats.md §5–§7):
 * 医療機関一覧 and 介護サービス事業所一覧 in the current 自治体標準オープンデータセット layout, windows in the 公共施設一覧
 * layout, each followed by this project's documented extension columns (在宅_…, 窓口の種類, 担当地区 …). The project's
 * own importers read these files back to the same records (round-trip test).
 */
import { CARE_EXPORT_HEADER, MEDICAL_EXPORT_HEADER } from "../../data/columns/resource-columns.ts";
import { WINDOW_EXPORT_FIELDS, WINDOW_EXPORT_HEADER, type WindowField } from "../../data/columns/window-columns.ts";
import type { ConsultationWindow } from "../../schemas/consultation-window.ts";
import { HOME_CARE_PREFIX, homeCareFlags, type Resource } from "../../schemas/resource.ts";
import { formatRanges, summarizeWeekly } from "../windows/opening-hours.ts";
import { csvText } from "./csv-write.ts";

/** The publisher: 全国地方公共団体コード and 地方公共団体名 (prefecture + municipality). */
export interface Publisher {
  code: string;
  name: string;
}

const yesNo = (v: boolean | undefined) => (v === undefined ? "" : v ? "有" : "無");
const homeCareHeader = homeCareFlags.map((f) => `${HOME_CARE_PREFIX}${f.label}`);

/** 医療機関一覧 (current layout) + 在宅_ columns; pharmacies carry 医療機関の種類 = 薬局 (project extension). */
export function medicalCsv(resources: readonly Resource[], publisher: Publisher): string {
  const header = [...MEDICAL_EXPORT_HEADER, ...homeCareHeader];
  const rows = resources
    .filter((r) => r.domain === "medical")
    .map((r) => [
      publisher.code,
      r.sourceId ?? r.medicalCode,
      publisher.name,
      r.name,
      r.nameKana,
      r.medicalKind ?? r.category,
      r.address,
      r.building,
      r.latitude,
      r.longitude,
      r.postalCode,
      r.phone,
      r.extension,
      r.fax,
      r.email,
      r.corporateNumber,
      r.corporateName,
      r.medicalCode,
      r.days,
      r.openTime,
      r.closeTime,
      r.hoursNote,
      r.afterHours,
      r.departments.join(";"),
      r.beds,
      r.url,
      r.note,
      ...homeCareFlags.map((f) => yesNo(r.homeCare[f.key])),
    ]);
  return csvText(header, rows);
}

/** 介護サービス事業所一覧 (current layout) + 在宅_ columns; a merged office lists all its services in 実施サービス. */
export function careCsv(resources: readonly Resource[], publisher: Publisher): string {
  const header = [...CARE_EXPORT_HEADER, ...homeCareHeader];
  const rows = resources
    .filter((r) => r.domain === "care")
    .map((r) => [
      publisher.code,
      r.sourceId,
      publisher.name,
      r.name,
      r.nameKana,
      r.services.join(";"),
      r.address,
      r.building,
      r.latitude,
      r.longitude,
      r.postalCode,
      r.phone,
      r.extension,
      r.fax,
      r.email,
      r.corporateNumber,
      r.corporateName,
      r.officeNumber,
      r.days,
      r.hoursNote,
      r.capacity,
      r.url,
      r.note,
      ...homeCareFlags.map((f) => yesNo(r.homeCare[f.key])),
    ]);
  return csvText(header, rows);
}

/** What a window's open-data row carries, as the importer reads it back. */
export interface WindowOpenData {
  id: string;
  name: string;
  kind: string;
  address: string;
  postalCode?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  phone: string;
  fax?: string | undefined;
  email?: string | undefined;
  url?: string | undefined;
  /** The weekly hours in one line (利用可能曜日). */
  days: string;
  /** Exceptions (祝日, 年末年始, rules, dates, note) in one line. */
  hoursNote?: string | undefined;
  description?: string | undefined;
  areas: string[];
  services: string[];
  barrierFree: string[];
  access?: string | undefined;
}

/** The open-data view of a window. */
export function windowOpenData(slug: string, w: ConsultationWindow): WindowOpenData {
  const notes = [
    `祝日: ${w.hours.holidays === "closed" ? "休み" : w.hours.holidays === "regular" ? "曜日どおり" : formatRanges(w.hours.holidays)}`,
    `年末年始（12月29日〜1月3日）: ${w.hours.yearEnd === "closed" ? "休み" : "曜日どおり"}`,
    ...w.hours.rules.map((r) => `${r.label}: ${formatRanges(r.hours)}`),
    ...w.hours.dates.map((d) => `${d.date}: ${formatRanges(d.hours)}`),
    ...(w.hours.note ? [w.hours.note] : []),
  ];
  return {
    id: slug,
    name: w.name,
    kind: w.kind,
    address: w.address,
    postalCode: w.postalCode,
    latitude: w.latitude,
    longitude: w.longitude,
    phone: w.phone,
    fax: w.fax,
    email: w.email,
    url: w.url,
    days: summarizeWeekly(w.hours),
    hoursNote: notes.join("。"),
    description: w.description,
    areas: w.areas,
    services: w.services,
    barrierFree: w.barrierFree,
    access: w.access,
  };
}

/** 開始時間/終了時間 when every open weekday has the same single range (else they stay empty: see 利用可能曜日). */
function uniformTimes(w: ConsultationWindow): [string, string] | undefined {
  const open = w.hours.weekly.filter((d) => d.length > 0);
  const first = open[0]?.[0];
  if (!first || open.some((d) => d.length !== 1 || d[0]?.start !== first.start || d[0]?.end !== first.end)) return undefined;
  const [start, end] = formatRanges([first]).split("〜");
  return start && end ? [start, end] : undefined;
}

/** One window's cells by column (a missing column does not compile). */
function windowCells(id: string, w: ConsultationWindow, publisher: Publisher): Record<WindowField, string | number | undefined> {
  const o = windowOpenData(id, w);
  const times = uniformTimes(w);
  return {
    localGovernmentCode: publisher.code,
    id: o.id,
    localGovernmentName: publisher.name,
    name: o.name,
    address: o.address,
    latitude: o.latitude,
    longitude: o.longitude,
    postalCode: o.postalCode,
    phone: o.phone,
    fax: o.fax,
    email: o.email,
    days: o.days,
    startTime: times?.[0],
    endTime: times?.[1],
    hoursNote: o.hoursNote,
    description: o.description,
    barrierFree: o.barrierFree.join(";"),
    url: o.url,
    note: undefined,
    kind: o.kind,
    areas: o.areas.join(";"),
    services: o.services.join(";"),
    access: o.access,
  };
}

/**
 * The windows export (公共施設一覧 layout + extension columns); its columns are src/data/columns/window-columns.ts.
 */
export function windowsCsv(windows: readonly { id: string; data: ConsultationWindow }[], publisher: Publisher): string {
  const rows = windows.map(({ id, data }) => {
    const cells = windowCells(id, data, publisher);
    return WINDOW_EXPORT_FIELDS.map((f) => cells[f]);
  });
  return csvText(WINDOW_EXPORT_HEADER, rows);
}
