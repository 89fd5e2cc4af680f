/**
 * Synthetic municipalities for the benchmark: a deterministic (seeded) content folder in the project's own formats —
 * site.yaml, pamphlets/*.mdx, events (イベント一覧 CSV in the legacy 推奨データセット header + a few MDX events),
 * resources (医療機関一覧 and 介護サービス事業所一覧 legacy headers, and the MHLW 介護サービス情報公表 layout) and
 * windows/*.yaml — at the sizes of issue 8. Everything is fictional: 架空 names, 03-0000-xxxx phones, *.example.jp.
 *
 * Each format is written by one small function below (siteYaml, pamphletMdx, eventCsv*, eventMdx, medicalCsv,
 * careCsv, mhlwCsv, windowYaml), so the formats can follow the loaders as they evolve.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { localGovernmentCheckDigit } from "../../src/lib/local-government-code.ts";
import { type CsvSaveAs, csvBytes } from "./csv.ts";
import { createRandom, type Random } from "./random.ts";
import {
  CARE_SERVICES,
  CHOME,
  DEPARTMENTS,
  EVENT_KINDS,
  EVENT_SENTENCES,
  EVENT_THEMES,
  FAQ,
  GENERAL_SENTENCES,
  IMAGE_ALTS,
  LIST_ITEMS,
  MUNICIPALITY_PARTS,
  NAME_WORDS,
  STEPS,
  TABLE_HEADERS,
  TABLE_ROWS,
  TITLE_VARIANTS,
  TOPICS,
  TOWNS,
  VENUES,
} from "./vocabulary.ts";

/** Benchmark sizes. XS exists for tests only. */
export type SizeName = "XS" | "S" | "M" | "L";

/** How much content one size has (issue 8). */
export interface SizeSpec {
  pamphlets: number;
  /** All events: CSV rows plus MDX files. */
  events: number;
  /** All resources: 医療機関 plus 介護サービス事業所 rows. */
  resources: number;
  windows: number;
  /** Municipalities covered: 1 for a town or city, several for a prefecture-wide site. */
  municipalities: number;
}

export const SIZES: Record<SizeName, SizeSpec> = {
  XS: { pamphlets: 3, events: 8, resources: 12, windows: 2, municipalities: 1 },
  S: { pamphlets: 10, events: 60, resources: 150, windows: 5, municipalities: 1 },
  M: { pamphlets: 40, events: 600, resources: 1500, windows: 20, municipalities: 1 },
  L: { pamphlets: 200, events: 6000, resources: 25000, windows: 200, municipalities: 12 },
};

/** The default seed: the same seed gives the same bytes. */
export const DEFAULT_SEED = "zaitaku-bench-1";

/** "Today" the synthetic content is written around (events before and after it); builds should use it as SITE_TODAY. */
export const SYNTHETIC_TODAY = "2026-11-28";

/** What was generated. */
export interface GeneratedSite {
  dir: string;
  size: SizeName;
  seed: string;
  counts: {
    pamphlets: number;
    eventCsvRows: number;
    eventMdx: number;
    medicalRows: number;
    careRows: number;
    mhlwRows: number;
    windows: number;
    images: number;
  };
  /** Files written, relative to `dir`, sorted. */
  files: string[];
}

/** How the events and resources are split between files and formats, for a total count. */
export function splitCounts(spec: SizeSpec): {
  eventMdx: number;
  eventCsvRows: number;
  medicalRows: number;
  careRows: number;
  mhlwRows: number;
} {
  const eventMdx = Math.min(100, Math.ceil(spec.events / 10));
  const medicalRows = Math.round(spec.resources * 0.4);
  const mhlwRows = Math.round(spec.resources * 0.2);
  return {
    eventMdx,
    eventCsvRows: spec.events - eventMdx,
    medicalRows,
    mhlwRows,
    careRows: spec.resources - medicalRows - mhlwRows,
  };
}

interface Municipality {
  name: string;
  kana: string;
  code: string;
  towns: [string, string][];
  lat: number;
  lon: number;
}

interface Place {
  municipality: Municipality;
  town: string;
  townKana: string;
  address: string;
  lat: string;
  lon: string;
}

const PREFECTURE = "架空県";

/** A 6-digit 全国地方公共団体コード with its check digit. */
function localCode(fiveDigits: string): string {
  return `${fiveDigits}${localGovernmentCheckDigit(fiveDigits)}`;
}

/** A 13-digit 法人番号 with its check digit (国税庁: 9 − (Σ Pn×Qn mod 9), Qn = 1 for odd n, 2 for even n from the right). */
function corporateNumber(twelveDigits: string): string {
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(twelveDigits[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return `${9 - (sum % 9)}${twelveDigits}`;
}

/** A fictional phone number: 03-0000-xxxx only. */
function phone(n: number): string {
  return `03-0000-${String(n % 10000).padStart(4, "0")}`;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function paragraph(r: Random, pool: readonly string[], min: number, max: number): string {
  return r.sample(pool, r.int(min, max)).join("");
}

function municipalities(spec: SizeSpec, size: SizeName): Municipality[] {
  const kind = spec.municipalities > 1 ? ["市", "町", "村"] : [size === "S" || size === "XS" ? "町" : "市"];
  const townsEach = size === "XS" ? 4 : size === "S" ? 8 : TOWNS.length;
  const list: Municipality[] = [];
  for (let i = 0; i < spec.municipalities; i++) {
    const [part, kana] = MUNICIPALITY_PARTS[i % MUNICIPALITY_PARTS.length] ?? ["", "カクウ"];
    const suffix = kind[i % kind.length] ?? "市";
    const suffixKana = { 市: "シ", 町: "マチ", 村: "ムラ" }[suffix] ?? "シ";
    list.push({
      name: `架空${part}${suffix}`,
      kana: `${kana}${suffixKana}`,
      // 999xx: outside every real prefecture (real codes start 01–47).
      code: localCode(`99${size === "L" ? 1 : 9}${String(10 + i).padStart(2, "0")}`),
      towns: TOWNS.slice(0, townsEach),
      lat: 35.3 + (i % 4) * 0.1,
      lon: 139.3 + Math.floor(i / 4) * 0.1,
    });
  }
  return list;
}

function place(r: Random, muni: Municipality): Place {
  const [town, townKana] = r.pick(muni.towns);
  const chome = r.pick(CHOME);
  return {
    municipality: muni,
    town,
    townKana,
    address: `${PREFECTURE}${muni.name}${town}${chome}丁目${r.int(1, 30)}番${r.int(1, 20)}号`,
    lat: (muni.lat + r.next() * 0.08).toFixed(6),
    lon: (muni.lon + r.next() * 0.08).toFixed(6),
  };
}

// --- site.yaml -------------------------------------------------------------------------------------------------

function siteYaml(size: SizeName, site: { name: string; code: string }): string {
  const data = {
    municipality: { name: site.name, prefecture: PREFECTURE, code: site.code },
    site: {
      title: `${site.name} 在宅医療・介護のてびき`,
      description: `住み慣れた家で、最期まで自分らしく暮らすために。${site.name}の在宅医療・介護の情報をまとめています。`,
      url: `https://bench-${size.toLowerCase()}.example.jp`,
      base: "/",
      dateStyle: "western",
    },
    department: {
      name: "健康福祉部 高齢者支援課 在宅医療・介護連携係",
      postalCode: "100-0000",
      address: `${PREFECTURE}${site.name}中央一丁目1番1号`,
      phone: "03-0000-1234",
      fax: "03-0000-1235",
      email: "zaitaku@city.example.jp",
      hours: "月曜日から金曜日の8時30分から17時15分まで（祝日・年末年始を除く）",
    },
    accessibility: { targetLevel: "AA", policyDate: "2026-04-01" },
    targets: [{ fiscalYear: 2026, lectures: 4, outreachTalks: 12, dementiaCafes: 24, participants: 600, pamphletUpdates: 6 }],
  };
  return `# ベンチマーク用の架空の自治体（bench/synthetic/generate.ts が作成）。実在の自治体・電話番号ではありません。\n${stringify(data)}`;
}

// --- pamphlets/*.mdx -------------------------------------------------------------------------------------------

interface PamphletPlan {
  slug: string;
  title: string;
  topic: (typeof TOPICS)[number];
}

function planPamphlets(count: number): PamphletPlan[] {
  const plans: PamphletPlan[] = [];
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[i % TOPICS.length] ?? TOPICS[0];
    if (!topic) throw new Error("no topics");
    const round = Math.floor(i / TOPICS.length);
    const variant = TITLE_VARIANTS[round % TITLE_VARIANTS.length] ?? "";
    const edition = round >= TITLE_VARIANTS.length ? `（その${Math.floor(round / TITLE_VARIANTS.length) + 1}）` : "";
    plans.push({
      slug: round === 0 ? topic.stem : `${topic.stem}-${round + 1}`,
      title: `${topic.title}${variant}${edition}`,
      topic,
    });
  }
  return plans;
}

function pamphletMdx(r: Random, plan: PamphletPlan, index: number, all: PamphletPlan[], images: number): string {
  const { topic } = plan;
  const keyword = topic.tags[0] ?? topic.title;
  const frontmatter = {
    title: plan.title,
    description: `${topic.intro[0] ?? ""}${plan.title}について、わかりやすく説明します。`.slice(0, 200),
    updated: addDays("2025-04-01", r.int(0, 600)),
    order: index + 1,
    audience: r.chance(0.15) ? ["医療・介護関係者"] : r.chance(0.5) ? ["住民", "家族"] : ["住民"],
    tags: [...topic.tags, ...r.sample(["介護保険", "相談窓口", "家族", "在宅医療", "地域包括ケア"], r.int(0, 2))].filter(
      (tag, i, list) => list.indexOf(tag) === i,
    ),
  };
  // Real pamphlets range from a short leaflet to a long guide (the demo's are 3,000–4,500 characters).
  const length = r.pick([1, 1, 1.5, 2, 2.5]);
  const para = (min: number, max: number) => paragraph(r, GENERAL_SENTENCES, Math.round(min * length), Math.round(max * length));
  const out: string[] = [];
  const section = (heading: string, ...blocks: string[]) => out.push(`## ${heading}`, ...blocks);

  section(r.chance(0.5) ? `${keyword}ってなに？` : "はじめに", `${topic.intro.join("")}${para(1, 2)}`, para(2, 4));
  if (r.chance(0.35)) {
    const n = index % images;
    out.push(`![${IMAGE_ALTS[n % IMAGE_ALTS.length]}](../images/illust-${n + 1}.svg)`);
  }
  const middle = r.sample(["what", "who", "cost", "flow", "family", "emergency", "prepare"], r.int(3, 6));
  for (const kind of middle) {
    switch (kind) {
      case "what":
        section(
          "どんなことをしてくれるの？",
          para(1, 3),
          ...r
            .sample(["暮らしの支え", "医療的なケア", "家族への支え", "専門職どうしの連携"], r.int(1, 3))
            .flatMap((sub) => [`### ${sub}`, list(r, 3, 6), para(1, 2)]),
        );
        break;
      case "who":
        section("利用できる方", para(2, 3), list(r, 3, 5));
        break;
      case "cost":
        section("費用のめやす", para(2, 3), table(r), para(1, 2));
        break;
      case "flow":
        section(
          "始めるまでの流れ",
          r
            .sample(STEPS, r.int(3, 6))
            .map((step, i) => `${i + 1}. ${step}`)
            .join("\n"),
          para(1, 3),
        );
        break;
      case "family":
        section("家族の方へ", para(2, 4), para(2, 4));
        break;
      case "emergency":
        section("困ったときは", para(1, 3), list(r, 3, 4), r.chance(0.5) ? table(r) : "");
        break;
      case "prepare":
        section("用意しておくもの", para(1, 2), list(r, 4, 7));
        break;
    }
  }
  if (r.chance(0.7)) {
    section("よくある質問", ...r.sample(FAQ, r.int(2, 4)).flatMap(([q, a]) => [`### ${q}`, a]));
  }
  const others = r.sample(
    all.filter((p) => p.slug !== plan.slug),
    r.int(1, 2),
  );
  section(
    "相談窓口",
    `${para(1, 2)}${others.map((o) => `[${o.title}](/pamphlets/${o.slug}/)`).join("、")}もあわせてご覧ください。`,
    "高齢者支援課 在宅医療・介護連携係（電話 03-0000-1234、FAX 03-0000-1235）でも相談を受け付けています。",
  );
  return `---\n${stringify(frontmatter)}---\n\n${out.filter(Boolean).join("\n\n")}\n`;
}

function list(r: Random, min: number, max: number): string {
  return r
    .sample(LIST_ITEMS, r.int(min, max))
    .map((item) => `- ${item}`)
    .join("\n");
}

function table(r: Random): string {
  const [a, b] = r.pick(TABLE_HEADERS);
  const rows = r.sample(TABLE_ROWS, r.int(3, 6));
  return [`| ${a} | ${b} |`, "| --- | --- |", ...rows.map(([x, y]) => `| ${x} | ${y} |`)].join("\n");
}

function illustrationSvg(n: number): string {
  const hue = (n * 67) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360" role="img">
  <title>${IMAGE_ALTS[(n - 1) % IMAGE_ALTS.length]}</title>
  <rect width="640" height="360" fill="hsl(${hue} 60% 95%)"/>
  <path d="M120 300V170l140-100 140 100v130z" fill="hsl(${hue} 45% 70%)"/>
  <rect x="230" y="210" width="60" height="90" fill="hsl(${hue} 40% 40%)"/>
  <circle cx="480" cy="200" r="40" fill="hsl(${(hue + 40) % 360} 50% 60%)"/>
  <rect x="450" y="240" width="60" height="60" rx="12" fill="hsl(${(hue + 40) % 360} 50% 50%)"/>
</svg>
`;
}

// --- events ----------------------------------------------------------------------------------------------------

/** イベント一覧, legacy 推奨データセット header (open-data-formats.md §4a), in order. */
export const EVENT_LEGACY_HEADER = [
  "都道府県コード又は市区町村コード",
  "NO",
  "都道府県名",
  "市区町村名",
  "イベント名",
  "イベント名_カナ",
  "イベント名_英語",
  "開始日",
  "終了日",
  "開始時間",
  "終了時間",
  "開始日時特記事項",
  "説明",
  "料金(基本)",
  "料金(詳細)",
  "連絡先名称",
  "連絡先電話番号",
  "連絡先内線番号",
  "主催者",
  "場所名称",
  "住所",
  "方書",
  "緯度",
  "経度",
  "アクセス方法",
  "駐車場情報",
  "定員",
  "参加申込終了日",
  "参加申込終了時間",
  "参加申込方法",
  "URL",
  "備考",
] as const;

/** One synthetic event, the same facts whether it goes to CSV or MDX. */
interface SyntheticEvent {
  no: string;
  kind: (typeof EVENT_KINDS)[number];
  title: string;
  kana: string;
  date: string;
  start: string;
  end: string;
  description: string;
  fee: number;
  venue: string;
  room: string;
  place: Place;
  capacity: number;
  deadline: string;
  needsApplication: boolean;
}

function makeEvent(r: Random, i: number, munis: Municipality[]): SyntheticEvent {
  const weights = [0.15, 0.3, 0.1, 0.35, 0.1];
  let pick = r.next();
  let k = 0;
  while (k < weights.length - 1 && pick >= (weights[k] ?? 1)) pick -= weights[k++] ?? 1;
  const kind = EVENT_KINDS[k] ?? EVENT_KINDS[0];
  if (!kind) throw new Error("no event kinds");
  const muni = r.pick(munis);
  const where = place(r, muni);
  const [theme, themeKana] = r.pick(EVENT_THEMES);
  const [start, end] = r.pick(kind.times);
  const cafe = kind.kind === "認知症カフェ";
  const date = addDays("2025-04-01", r.int(0, 729));
  const [venue, room] = cafe ? [`${where.town}地区センター`, "談話室"] : r.pick(VENUES);
  const needsApplication = !cafe && r.chance(0.7);
  return {
    no: String(i + 1).padStart(5, "0"),
    kind,
    title: cafe ? `${where.town}認知症カフェ` : `${kind.kind}「${theme}」`,
    kana: cafe ? `${where.townKana}ニンチショウカフェ` : `${kind.kana} ${themeKana}`,
    date,
    start,
    end,
    description: paragraph(r, EVENT_SENTENCES, 2, 4),
    fee: cafe ? 100 : 0,
    venue: cafe ? venue : `${muni.name}${venue}`,
    room,
    place: where,
    capacity: cafe ? 20 : r.pick([30, 50, 80, 100, 200]),
    deadline: addDays(date, -r.int(3, 14)),
    needsApplication,
  };
}

function eventCsvRow(e: SyntheticEvent): string[] {
  const muni = e.place.municipality;
  return [
    muni.code,
    e.no,
    PREFECTURE,
    muni.name,
    e.title,
    e.kana,
    "",
    e.date,
    e.date,
    e.start,
    e.end,
    "",
    e.description,
    String(e.fee),
    e.fee ? `参加費${e.fee}円（お茶代）` : "無料",
    "高齢者支援課 在宅医療・介護連携係",
    "03-0000-1234",
    "",
    muni.name,
    e.venue,
    e.place.address,
    e.room,
    e.place.lat,
    e.place.lon,
    `架空駅から徒歩${(Number(e.no) % 15) + 3}分`,
    Number(e.no) % 3 === 0 ? "なし" : "あり（台数に限りがあります）",
    String(e.capacity),
    e.needsApplication ? e.deadline : "",
    e.needsApplication ? "17:00" : "",
    e.needsApplication ? "電話またはFAXで高齢者支援課へ（FAX 03-0000-1235）" : "申し込みは不要です",
    `https://city.example.jp/events/${e.no}.html`,
    "",
  ];
}

/** A rich event as MDX. The front matter is a best guess at the events schema; align it when events land. */
function eventMdx(r: Random, e: SyntheticEvent): string {
  const frontmatter = {
    title: e.title,
    kind: e.kind.kind,
    date: e.date,
    startTime: e.start,
    endTime: e.end,
    place: `${e.venue} ${e.room}`,
    address: e.place.address,
    fee: e.fee ? `${e.fee}円` : "無料",
    capacity: e.capacity,
    application: e.needsApplication ? `${e.deadline}までに電話で高齢者支援課へ（03-0000-1234）` : "申し込みは不要です",
    contact: { name: "高齢者支援課 在宅医療・介護連携係", phone: "03-0000-1234" },
  };
  const body = [
    `## ${e.kind.kind}のご案内`,
    e.description,
    paragraph(r, EVENT_SENTENCES, 1, 3),
    "## 内容",
    r
      .sample(["あいさつ", "講演", "事例の紹介", "グループでの話し合い", "質問の時間", "個別相談"], r.int(3, 5))
      .map((x) => `- ${x}`)
      .join("\n"),
    "## 会場へのアクセス",
    `${e.place.address}。${paragraph(r, EVENT_SENTENCES, 1, 1)}`,
  ];
  return `---\n${stringify(frontmatter)}---\n\n${body.join("\n\n")}\n`;
}

// --- resources -------------------------------------------------------------------------------------------------

/** 医療機関一覧, legacy header (open-data-formats.md §5a). */
export const MEDICAL_LEGACY_HEADER = [
  "都道府県コード又は市区町村コード",
  "NO",
  "都道府県名",
  "市区町村名",
  "名称",
  "名称_カナ",
  "医療機関の種類",
  "住所",
  "方書",
  "緯度",
  "経度",
  "電話番号",
  "内線番号",
  "FAX番号",
  "法人番号",
  "法人の名称",
  "医療機関コード",
  "診療曜日",
  "診療開始時間",
  "診療終了時間",
  "診療日時特記事項",
  "時間外における対応",
  "診療科目",
  "病床数",
  "URL",
  "備考",
] as const;

/**
 * The project's home-care extension columns (DESIGN.md §2: `在宅_…` with 有/無), appended after the standard ones.
 * Align the names with the resources loader when it lands.
 */
export const MEDICAL_HOME_CARE_COLUMNS = [
  "在宅_訪問診療",
  "在宅_在宅療養支援診療所",
  "在宅_24時間対応",
  "在宅_看取り",
  "在宅_訪問歯科",
] as const;

/** 介護サービス事業所一覧, legacy header (open-data-formats.md §6a). */
export const CARE_LEGACY_HEADER = [
  "都道府県コード又は市区町村コード",
  "NO",
  "都道府県名",
  "市区町村名",
  "介護サービス事業所名称",
  "介護サービス事業所名称_カナ",
  "実施サービス",
  "住所",
  "方書",
  "緯度",
  "経度",
  "電話番号",
  "内線番号",
  "FAX番号",
  "法人番号",
  "法人の名称",
  "事業所番号",
  "利用可能曜日",
  "利用可能曜日特記事項",
  "定員",
  "URL",
  "備考",
] as const;

/** 厚生労働省 介護サービス情報公表システム open data (open-data-formats.md §6c). */
export const MHLW_HEADER = [
  "都道府県コード又は市町村コード",
  "No",
  "都道府県名",
  "市区町村名",
  "事業所名",
  "事業所名カナ",
  "サービスの種類",
  "住所",
  "方書（ビル名等）",
  "緯度",
  "経度",
  "電話番号",
  "FAX番号",
  "法人番号",
  "法人の名称",
  "事業所番号",
  "利用可能曜日",
  "利用可能曜日特記事項",
  "定員",
  "URL",
  "高齢者の方と障害者の方が同時一体的に利用できるサービス",
  "介護保険の通常の指定基準を満たしている",
  "障害福祉の通常の指定基準を満たしている",
  "備考",
] as const;

function facilityName(r: Random, p: Place, kind: string, kindKana: string): [string, string] {
  const [word, wordKana] = r.pick(NAME_WORDS);
  return r.chance(0.5) ? [`${p.town}${kind}`, `${p.townKana}${kindKana}`] : [`${word}${kind}`, `${wordKana}${kindKana}`];
}

function medicalRows(r: Random, count: number, munis: Municipality[]): string[][] {
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
  const [prefix, prefixKana] = r.chance(0.5) ? [p.town, p.townKana] : [word, wordKana];
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

function careRows(r: Random, count: number, munis: Municipality[]): string[][] {
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

function mhlwRows(r: Random, count: number, munis: Municipality[], code: string, offset: number): string[][] {
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

// --- windows/*.yaml --------------------------------------------------------------------------------------------

/** A consultation window as YAML. The shape is a best guess at the windows schema; align it when windows land. */
function windowYaml(w: {
  name: string;
  kind: string;
  address: string;
  phone: string;
  fax: string;
  email: string;
  towns: string[];
  services: string[];
  access: string;
}): string {
  const data = {
    name: w.name,
    kind: w.kind,
    postalCode: "100-0000",
    address: w.address,
    phone: w.phone,
    fax: w.fax,
    email: w.email,
    hours: [{ days: ["月", "火", "水", "木", "金"], open: "08:30", close: "17:15" }],
    closed: "土曜日・日曜日・祝日・年末年始（12月29日から1月3日まで）",
    towns: w.towns,
    services: w.services,
    access: w.access,
  };
  return `# ベンチマーク用の架空の相談窓口です。\n${stringify(data)}`;
}

function windowFiles(r: Random, count: number, munis: Municipality[]): [string, string][] {
  const files: [string, string][] = [];
  let i = 0;
  munis.forEach((muni, m) => {
    const here = Math.floor(count / munis.length) + (m < count % munis.length ? 1 : 0);
    // With three or more windows, a municipality has its office and a 連携支援センター; the rest are
    // 地域包括支援センター sharing out its towns (each town has exactly one).
    const kinds = Array.from({ length: here }, (_, k) =>
      here >= 3 && k === 0 ? "市役所の担当課" : here >= 3 && k === 1 ? "在宅医療・介護連携支援センター" : "地域包括支援センター",
    );
    const centers = kinds.filter((k) => k === "地域包括支援センター").length;
    let c = 0;
    for (const kind of kinds) {
      const center = kind === "地域包括支援センター" ? c++ : 0;
      const towns =
        kind === "地域包括支援センター"
          ? muni.towns
              .filter((_, t) => t % centers === center)
              .flatMap(([town]) => CHOME.slice(0, r.int(2, CHOME.length)).map((ch) => `${town}${ch}丁目`))
          : [];
      const [home] = muni.towns[center % muni.towns.length] ?? ["中央"];
      const name =
        kind === "地域包括支援センター"
          ? `${muni.name}${home}地域包括支援センター${centers > muni.towns.length ? `第${center + 1}` : ""}`
          : kind === "市役所の担当課"
            ? `${muni.name}役所 高齢者支援課`
            : `${muni.name}在宅医療・介護連携支援センター`;
      const stem = kind === "地域包括支援センター" ? "houkatsu" : kind === "市役所の担当課" ? "yakusho" : "renkei";
      i++;
      files.push([
        `windows/${String(i).padStart(3, "0")}-${stem}.yaml`,
        windowYaml({
          name,
          kind,
          address: `${PREFECTURE}${muni.name}${home}${r.pick(CHOME)}丁目${r.int(1, 30)}番${r.int(1, 20)}号`,
          phone: phone(3000 + i * 2),
          fax: phone(3001 + i * 2),
          email: `window-${String(i).padStart(3, "0")}@city.example.jp`,
          towns,
          services: r.sample(
            [
              "介護や福祉の総合相談",
              "介護保険の申請の手伝い",
              "介護予防の相談",
              "権利を守る相談",
              "在宅医療の相談",
              "退院後の暮らしの相談",
            ],
            r.int(2, 4),
          ),
          access: `${home}バス停から徒歩${r.int(1, 10)}分`,
        }),
      ]);
    }
  });
  return files;
}

// --- the whole folder ------------------------------------------------------------------------------------------

/**
 * Writes a synthetic content folder into `dir` (which must not exist or be empty).
 * @param size XS (tests), S, M or L (issue 8)
 * @param seed the same seed writes the same bytes
 */
export function generateSite(dir: string, size: SizeName, seed: string = DEFAULT_SEED): GeneratedSite {
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: the generator only writes into an empty folder`);
  const spec = SIZES[size];
  const split = splitCounts(spec);
  const munis = municipalities(spec, size);
  const first = munis[0];
  if (!first) throw new Error("no municipality");
  const site = spec.municipalities > 1 ? { name: PREFECTURE, code: localCode("99000") } : { name: first.name, code: first.code };
  const files = new Map<string, string | Buffer>();
  const stream = (name: string) => createRandom(`${seed}:${size}:${name}`);

  files.set("site.yaml", siteYaml(size, site));

  const images = Math.min(IMAGE_ALTS.length, spec.pamphlets);
  for (let n = 1; n <= images; n++) files.set(`images/illust-${n}.svg`, illustrationSvg(n));
  const plans = planPamphlets(spec.pamphlets);
  const pr = stream("pamphlets");
  plans.forEach((plan, i) => {
    files.set(`pamphlets/${plan.slug}.mdx`, pamphletMdx(pr, plan, i, plans, images));
  });

  const er = stream("events");
  const events = Array.from({ length: spec.events }, (_, i) => makeEvent(er, i, munis));
  const csvEvents = events.slice(split.eventMdx).sort((a, b) => a.date.localeCompare(b.date) || a.no.localeCompare(b.no));
  // One CSV per fiscal year (年度, April–March), as municipalities publish them.
  const byYear = new Map<number, string[][]>();
  for (const e of csvEvents) {
    const [y, m] = e.date.split("-").map(Number) as [number, number];
    const fiscal = m >= 4 ? y : y - 1;
    const rows = byYear.get(fiscal) ?? [];
    rows.push(eventCsvRow(e));
    byYear.set(fiscal, rows);
  }
  for (const [year, rows] of [...byYear].sort(([a], [b]) => a - b)) {
    files.set(`events/event-list-${year}.csv`, csvBytes(EVENT_LEGACY_HEADER, rows, "utf-8-bom"));
  }
  const mr = stream("event-mdx");
  events.slice(0, split.eventMdx).forEach((e) => {
    files.set(`events/${e.date}-${e.no}.mdx`, eventMdx(mr, e));
  });

  const save = (file: string, header: readonly string[], rows: string[][], as: CsvSaveAs) => {
    if (rows.length) files.set(file, csvBytes(header, rows, as));
  };
  save(
    "resources/medical-institutions.csv",
    [...MEDICAL_LEGACY_HEADER, ...MEDICAL_HOME_CARE_COLUMNS],
    medicalRows(stream("medical"), split.medicalRows, munis),
    "cp932",
  );
  save("resources/care-services.csv", CARE_LEGACY_HEADER, careRows(stream("care"), split.careRows, munis), "utf-8-bom");
  const visiting = Math.ceil(split.mhlwRows / 2);
  save("resources/jigyosho_130.csv", MHLW_HEADER, mhlwRows(stream("mhlw-130"), visiting, munis, "130", 50000), "utf-8-bom");
  save(
    "resources/jigyosho_430.csv",
    MHLW_HEADER,
    mhlwRows(stream("mhlw-430"), split.mhlwRows - visiting, munis, "430", 70000),
    "utf-8-bom",
  );

  for (const [file, text] of windowFiles(stream("windows"), spec.windows, munis)) files.set(file, text);

  const names = [...files.keys()].sort();
  for (const name of names) {
    const absolute = path.join(dir, name);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, files.get(name) ?? "");
  }
  return {
    dir,
    size,
    seed,
    counts: {
      pamphlets: plans.length,
      eventCsvRows: csvEvents.length,
      eventMdx: split.eventMdx,
      medicalRows: split.medicalRows,
      careRows: split.careRows,
      mhlwRows: split.mhlwRows,
      windows: spec.windows,
      images,
    },
    files: names,
  };
}
