import type { ContentIssue } from "../../src/lib/content/content-issue.ts";
import type { WindowOpenData } from "../../src/lib/opendata/opendata-export.ts";
import { normalizeJapanesePhone } from "../../src/lib/values/phone.ts";
import { type CsvTable, readCsv } from "../../src/loaders/csv/read-csv.ts";

/** Header aliases of the windows open-data file (公共施設一覧 layout + this project's extension columns). */
const WINDOW_ALIASES = {
  id: ["ID", "NO"],
  name: ["名称"],
  address: ["所在地_連結表記", "住所"],
  latitude: ["緯度"],
  longitude: ["経度"],
  postalCode: ["郵便番号"],
  phone: ["電話番号"],
  fax: ["FAX番号"],
  email: ["連絡先メールアドレス"],
  days: ["利用可能曜日"],
  hoursNote: ["利用可能日時特記事項", "利用可能時間特記事項"],
  description: ["説明"],
  barrierFree: ["バリアフリー情報"],
  url: ["URL"],
  kind: ["窓口の種類"],
  areas: ["担当地区"],
  services: ["相談できること"],
  access: ["アクセス"],
} as const;

const list = (v: string | undefined) => (v ? v.split(";").filter(Boolean) : []);
const num = (v: string | undefined) => (v ? Number(v) : undefined);
const text = (v: string | undefined) => (v ? v : undefined);

/**
 * Reads a windows open-data CSV (as /opendata/ publishes it) back into records: used by the round-trip test, and
 * by anyone who keeps their windows in a spreadsheet and wants to check the published file.
 */
export function readWindowOpenData(absolutePath: string, file: string): { records: WindowOpenData[]; issues: ContentIssue[] } {
  const { table, issues } = readCsv(absolutePath, file, {
    aliases: WINDOW_ALIASES,
    requiredColumns: ["id", "name", "address", "phone"],
  });
  if (!table) return { records: [], issues };
  return {
    records: (table as CsvTable<keyof typeof WINDOW_ALIASES>).rows.map(({ values: v }) => ({
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
