/** windows/*.yaml: consultation windows (src/schemas/consultation-window.ts), with 担当地区 covering every town once. */
import { stringify } from "yaml";
import { type Municipality, phone, streetAddress, type Town } from "./municipalities.ts";
import type { Random } from "./random.ts";
import { CHOME } from "./vocabulary-places.ts";

/** One consultation window, as src/schemas/consultation-window.ts reads `windows/<slug>.yaml`. */
interface SyntheticWindow {
  name: string;
  kind: "地域包括支援センター" | "在宅医療・介護連携支援センター" | "市役所の担当課" | "成年後見センター";
  description: string;
  address: string;
  phone: string;
  fax: string;
  email: string;
  latitude: number;
  longitude: number;
  hours: Record<string, unknown>;
  /** 担当地区 (地域包括支援センター only): towns of site.yaml, whole or by 丁目. */
  areas: string[];
  services: string[];
  access: string;
  barrierFree: string[];
  order: number;
}

/** A consultation window as YAML (docs/staff/windows.md). */
function windowYaml(w: SyntheticWindow): string {
  const data = {
    name: w.name,
    kind: w.kind,
    description: w.description,
    postalCode: "100-0000",
    address: w.address,
    phone: w.phone,
    fax: w.fax,
    email: w.email,
    latitude: w.latitude,
    longitude: w.longitude,
    hours: w.hours,
    ...(w.areas.length ? { areas: w.areas } : {}),
    services: w.services,
    access: w.access,
    ...(w.barrierFree.length ? { barrierFree: w.barrierFree } : {}),
    order: w.order,
    updated: "2026-04-01",
  };
  return `# ベンチマーク用の架空の相談窓口です。\n${stringify(data)}`;
}

/** 丁目 as staff write it in areas: 一丁目 or 1丁目 (the loader reads both). */
function chomeLabel(r: Random, n: number): string {
  return r.chance(0.5) ? `${CHOME[n - 1]}丁目` : `${n}丁目`;
}

/**
 * 担当地区 of `centers` 地域包括支援センター: consecutive towns each, every town (or 丁目) exactly once, as site.yaml
 * `towns` requires. Where a town with 丁目 sits between two centers it is sometimes split between them by 丁目.
 */
function shareTowns(r: Random, towns: readonly Town[], centers: number): string[][] {
  if (centers > towns.length) throw new Error(`${centers} 地域包括支援センター for ${towns.length} towns`);
  const areas: string[][] = Array.from({ length: centers }, () => []);
  let carried: { town: Town; from: number } | undefined;
  for (let c = 0; c < centers; c++) {
    const area = areas[c] ?? [];
    if (carried) {
      for (let n = carried.from; n <= carried.town.chome; n++) area.push(`${carried.town.name}${chomeLabel(r, n)}`);
      carried = undefined;
    }
    const from = Math.floor((c * towns.length) / centers);
    const to = Math.floor(((c + 1) * towns.length) / centers);
    for (let t = from; t < to; t++) {
      const town = towns[t];
      if (!town) continue;
      const last = t === to - 1 && c < centers - 1;
      if (last && town.chome >= 2 && r.chance(0.5)) {
        const keep = r.int(1, town.chome - 1);
        for (let n = 1; n <= keep; n++) area.push(`${town.name}${chomeLabel(r, n)}`);
        carried = { town, from: keep + 1 };
      } else {
        area.push(town.name);
      }
    }
  }
  return areas;
}

const WEEKDAY_HOURS = "8:30-17:15";

/**
 * `count` consultation windows shared out between the municipalities, as [path, YAML] pairs. Every town of every
 * municipality ends up in exactly one 地域包括支援センター's areas.
 */
export function windowFiles(r: Random, count: number, munis: Municipality[]): [string, string][] {
  const files: [string, string][] = [];
  let i = 0;
  munis.forEach((muni, m) => {
    const here = Math.floor(count / munis.length) + (m < count % munis.length ? 1 : 0);
    // With three or more windows, a municipality has its office and a 連携支援センター (and from eight a
    // 成年後見センター); the rest are 地域包括支援センター sharing out its towns.
    const kinds = Array.from({ length: here }, (_, k): SyntheticWindow["kind"] =>
      here >= 3 && k === 0
        ? "市役所の担当課"
        : here >= 3 && k === 1
          ? "在宅医療・介護連携支援センター"
          : here >= 8 && k === 2
            ? "成年後見センター"
            : "地域包括支援センター",
    );
    const centers = kinds.filter((k) => k === "地域包括支援センター").length;
    const areas = shareTowns(r, muni.towns, centers);
    const office = muni.name.endsWith("市") ? `${muni.name}役所` : `${muni.name}役場`;
    let c = 0;
    for (const kind of kinds) {
      const center = kind === "地域包括支援センター" ? c++ : -1;
      const home =
        center >= 0 ? (muni.towns[Math.floor((center * muni.towns.length) / centers)] ?? muni.towns[0]) : muni.towns[0];
      if (!home) throw new Error("a municipality without towns");
      const area = center >= 0 ? (areas[center] ?? []) : [];
      const served = center >= 0 ? [...new Set(area.map((a) => a.replace(/(\d+|[一二三四五])丁目$/, "")))] : [];
      const name = {
        地域包括支援センター: `${muni.name}${home.short}地域包括支援センター`,
        "在宅医療・介護連携支援センター": `${muni.name}在宅医療・介護連携支援センター`,
        市役所の担当課: `${office} 高齢者支援課`,
        成年後見センター: `${muni.name}成年後見センター`,
      }[kind];
      const description = {
        地域包括支援センター: `${served.map((t) => t.replace(muni.name, "")).join("・")}にお住まいの高齢者とご家族の、介護・医療・福祉の総合相談窓口です。`,
        "在宅医療・介護連携支援センター": "医療・介護の専門職からの在宅医療の相談や、退院するときの調整を受け付けます。",
        市役所の担当課: "介護保険の申請、在宅医療・介護の連携の取り組みについて相談できます。",
        成年後見センター: "判断する力が心配になったときの財産管理や契約、成年後見制度の利用について相談できます。",
      }[kind];
      const services = {
        地域包括支援センター: [
          "介護や福祉の総合相談",
          "介護保険の申請の手伝い",
          "介護予防の相談",
          "権利を守る相談",
          "認知症の相談",
        ],
        "在宅医療・介護連携支援センター": ["在宅医療の相談", "退院後の暮らしの相談", "専門職どうしの連携の相談"],
        市役所の担当課: ["要介護認定の申請", "介護保険料の相談", "在宅医療・介護の連携の相談"],
        成年後見センター: ["成年後見制度の相談", "申し立ての手伝い", "お金の管理の相談"],
      }[kind];
      const hours: Record<string, unknown> =
        kind === "地域包括支援センター"
          ? {
              weekly: r.chance(0.4) ? { 平日: WEEKDAY_HOURS, 土: "8:30-12:00" } : { 平日: WEEKDAY_HOURS },
              ...(r.chance(0.25) ? { rules: [{ days: "第2日曜", hours: "9:00-12:00" }] } : {}),
              ...(r.chance(0.15) ? { dates: [{ date: "2026-12-28", hours: "休み" }] } : {}),
              note: "受付時間外は留守番電話にお名前と電話番号を残してください。翌日にお電話します。",
            }
          : { weekly: { 平日: kind === "在宅医療・介護連携支援センター" ? "9:00-17:00" : WEEKDAY_HOURS } };
      i++;
      const stem = {
        地域包括支援センター: "houkatsu",
        "在宅医療・介護連携支援センター": "renkei",
        市役所の担当課: "yakusho",
        成年後見センター: "kouken",
      }[kind];
      files.push([
        `windows/${String(i).padStart(3, "0")}-${stem}.yaml`,
        windowYaml({
          name,
          kind,
          description,
          address: streetAddress(r, muni, home),
          phone: phone(3000 + i * 2),
          fax: phone(3001 + i * 2),
          email: `window-${String(i).padStart(3, "0")}@city.example.jp`,
          latitude: Number((muni.lat + r.next() * 0.08).toFixed(6)),
          longitude: Number((muni.lon + r.next() * 0.08).toFixed(6)),
          hours,
          areas: area,
          services: r.sample(services, r.int(2, services.length)),
          access: `${home.short}バス停から徒歩${r.int(1, 10)}分`,
          barrierFree: r.sample(
            ["入口に段差はありません", "車いす用トイレがあります", "筆談・FAXでの相談ができます"],
            r.int(0, 3),
          ),
          order: center >= 0 ? center + 1 : 1,
        }),
      ]);
    }
  });
  return files;
}
