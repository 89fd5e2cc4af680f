/**
 * resources/*.csv rows: 医療機関一覧 with the `在宅_…` extension columns, 介護サービス事業所一覧, and the MHLW
 * 介護サービス情報公表 layout. The headers come from src/data/columns/resource-columns.ts; these functions give the rows.
 */
import { HOME_CARE_PREFIX, homeCareFlags } from "../../src/schemas/resource.ts";
import { corporateNumber, type Municipality, type Place, PREFECTURE, phone, place } from "./municipalities.ts";
import type { Random } from "./random.ts";
import { CARE_SERVICES, DEPARTMENTS, NAME_WORDS } from "./vocabulary-resources.ts";

/**
 * The project's home-care extension columns (`在宅_<label>` with 有/無, src/schemas/resource.ts homeCareFlags),
 * appended after the standard ones. 在宅_在宅訪問薬局 is left out: the synthetic 医療機関一覧 has no 薬局 rows.
 */
export const MEDICAL_HOME_CARE_COLUMNS = homeCareFlags
  .filter((f) => f.key !== "homeVisitPharmacy")
  .map((f) => `${HOME_CARE_PREFIX}${f.label}`);

function facilityName(r: Random, p: Place, kind: string, kindKana: string): [string, string] {
  const [word, wordKana] = r.pick(NAME_WORDS);
  return r.chance(0.5)
    ? [`${p.town.short}${kind}`, `${p.town.shortKana}${kindKana}`]
    : [`${word}${kind}`, `${wordKana}${kindKana}`];
}

/** `count` rows of 医療機関一覧 (legacy header + MEDICAL_HOME_CARE_COLUMNS): 病院, 有床 and 無床診療所, 歯科. */
export function medicalRows(r: Random, count: number, munis: Municipality[]): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const p = place(r, r.pick(munis));
    const roll = r.next();
    const type = roll < 0.08 ? "病院" : roll < 0.15 ? "有床診療所" : "無床診療所";
    const dental = type === "無床診療所" && r.chance(0.3);
    const [suffix, suffixKana] =
      type === "病院" ? ["病院", "ビョウイン"] : dental ? ["歯科医院", "シカイイン"] : ["クリニック", "クリニック"];
    const [name, kana] = facilityName(r, p, suffix, suffixKana);
    const homeVisit = !dental && r.chance(type === "病院" ? 0.3 : 0.35);
    const support = homeVisit && r.chance(0.5);
    const departments = dental ? ["歯科"] : r.sample(DEPARTMENTS, type === "病院" ? r.int(4, 9) : r.int(1, 3));
    const beds = type === "病院" ? r.int(50, 400) : type === "有床診療所" ? r.int(1, 19) : 0;
    const n = i + 1;
    rows.push([
      p.municipality.code,
      String(n),
      PREFECTURE,
      p.municipality.name,
      name,
      kana,
      type,
      p.address,
      r.chance(0.3) ? `${r.pick(NAME_WORDS)[0]}ビル${r.int(1, 5)}階` : "",
      p.lat,
      p.lon,
      phone(2000 + n),
      "",
      r.chance(0.6) ? phone(5000 + n) : "",
      r.chance(0.5) ? corporateNumber(String(100000000000 + n * 7919).slice(-12)) : "",
      r.chance(0.5) ? `医療法人社団${r.pick(NAME_WORDS)[0]}会` : "",
      String(9900000 + (n % 100000)).slice(-7),
      r.pick(["月火水木金", "月火水金土", "月火木金土", "月～金"]),
      "09:00",
      r.pick(["17:00", "18:00", "18:30"]),
      r.pick(["", "土曜日は午前のみ", "木曜日・土曜日は午前のみ", "祝日は休診"]),
      support ? "24時間対応（在宅療養支援診療所）" : homeVisit ? "往診可（要相談）" : "",
      departments.join(";"),
      String(beds),
      `https://clinic-${String(n).padStart(5, "0")}.example.jp/`,
      r.chance(0.1) ? "駐車場あり" : "",
      homeVisit ? "有" : "無",
      support ? "有" : "無",
      support ? "有" : "無",
      support && r.chance(0.7) ? "有" : "無",
      dental && r.chance(0.4) ? "有" : "無",
    ]);
  }
  return rows;
}

interface CareFacility {
  n: number;
  place: Place;
  service: (typeof CARE_SERVICES)[number];
  name: string;
  kana: string;
  officeNumber: string;
  corporate: string;
  corporateName: string;
  days: string;
  capacity: string;
}

function careFacility(
  r: Random,
  n: number,
  munis: Municipality[],
  services: readonly (typeof CARE_SERVICES)[number][],
): CareFacility {
  const p = place(r, r.pick(munis));
  const service = r.pick(services);
  const [word, wordKana] = r.pick(NAME_WORDS);
  const [prefix, prefixKana] = r.chance(0.5) ? [p.town.short, p.town.shortKana] : [word, wordKana];
  const residential = /施設|共同生活|短期入所|通所|小規模/.test(service.name);
  return {
    n,
    place: p,
    service,
    name: `${prefix}${service.name}事業所`,
    kana: `${prefixKana}${service.kana}ジギョウショ`,
    // 介護保険事業所番号: 10 digits (prefecture-like 2 digits + 8).
    officeNumber: `99${String(7000000 + n * 13)
      .padStart(8, "0")
      .slice(-8)}`,
    corporate: r.chance(0.7) ? corporateNumber(String(200000000000 + n * 104729).slice(-12)) : "",
    corporateName: r.chance(0.5) ? `社会福祉法人${word}会` : `株式会社${word}ケア`,
    days: r.pick(["月火水木金", "月火水木金土", "毎日"]),
    capacity: residential ? String(r.pick([9, 18, 25, 29, 50, 80])) : "",
  };
}

/** `count` rows of 介護サービス事業所一覧 (legacy header), any service of CARE_SERVICES. */
export function careRows(r: Random, count: number, munis: Municipality[]): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const f = careFacility(r, i + 1, munis, CARE_SERVICES);
    rows.push([
      f.place.municipality.code,
      String(f.n),
      PREFECTURE,
      f.place.municipality.name,
      f.name,
      f.kana,
      f.service.name,
      f.place.address,
      r.chance(0.2) ? `${r.int(1, 3)}階` : "",
      f.place.lat,
      f.place.lon,
      phone(6000 + f.n),
      "",
      r.chance(0.7) ? phone(8000 + f.n) : "",
      f.corporate,
      f.corporateName,
      f.officeNumber,
      f.days,
      f.days === "毎日" ? "年末年始も営業" : "",
      f.capacity,
      r.chance(0.6) ? `https://care-${String(f.n).padStart(5, "0")}.example.jp/` : "",
      "",
    ]);
  }
  return rows;
}

/**
 * `count` rows of the MHLW 介護サービス情報公表 layout for one service `code` (one file per service, as the MHLW
 * publishes them); `offset` keeps their numbers, phones and URLs apart from the other files' facilities.
 */
export function mhlwRows(r: Random, count: number, munis: Municipality[], code: string, offset: number): string[][] {
  const service = CARE_SERVICES.find((s) => s.code === code);
  if (!service) throw new Error(`unknown MHLW service code ${code}`);
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const f = careFacility(r, offset + i + 1, munis, [service]);
    rows.push([
      f.place.municipality.code,
      String(i + 1),
      PREFECTURE,
      f.place.municipality.name,
      f.name,
      f.kana,
      service.name,
      f.place.address,
      "",
      f.place.lat,
      f.place.lon,
      phone(6000 + f.n),
      phone(8000 + f.n),
      f.corporate,
      f.corporateName,
      f.officeNumber,
      f.days,
      "",
      f.capacity,
      `https://care-${String(f.n).padStart(5, "0")}.example.jp/`,
      "",
      "",
      "",
      "",
    ]);
  }
  return rows;
}
