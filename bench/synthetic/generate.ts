/**
 * Synthetic municipalities for the benchmark: a deterministic (seeded) content folder in the project's own formats —
 * site.yaml (with the `towns` list), pamphlets/*.mdx, talks/*.mdx, events (イベント一覧 CSV in the legacy
 * 推奨データセット header + a few MDX events), resources (医療機関一覧 with the `在宅_…` extension columns and
 * 介護サービス事業所一覧 legacy headers, and the MHLW 介護サービス情報公表 layout) and windows/*.yaml — at the sizes of a
 * town, a city and a whole prefecture (docs/performance.md). Everything is fictional: 架空 names, 03-0000-xxxx phones, *.example.jp.
 *
 * Each format is written by one small function below (siteYaml, pamphletMdx, talkMdx, eventCsvRow, eventMdx,
 * medicalRows, careRows, mhlwRows, windowYaml) following the schemas and loaders in src/ (the unit test runs the
 * project's validation on the output and expects no error or warning).
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { EVENT_LEGACY_HEADER } from "../../src/data/columns/event-columns.ts";
import { CARE_LEGACY_HEADER, MEDICAL_LEGACY_HEADER, MHLW_HEADER } from "../../src/data/columns/resource-columns.ts";
import { localGovernmentCheckDigit } from "../../src/lib/values/local-government-code.ts";
import { guessEventKind } from "../../src/loaders/events-csv.ts";
import { HOME_CARE_PREFIX, homeCareFlags } from "../../src/schemas/resource.ts";
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
  TALKS,
  TITLE_VARIANTS,
  TOPICS,
  TOWNS,
  VENUES,
} from "./vocabulary.ts";

/** Benchmark sizes. XS exists for tests only. */
export type SizeName = "XS" | "S" | "M" | "L";

/** How much content one size has. */
export interface SizeSpec {
  pamphlets: number;
  /** All events: CSV rows plus MDX files. */
  events: number;
  /** All resources: 医療機関 plus 介護サービス事業所 rows. */
  resources: number;
  windows: number;
  /** 出前講座 menu items (talks/*.mdx); 出前講座 events refer to them. */
  talks: number;
  /** Municipalities covered: 1 for a town or city, several for a prefecture-wide site. */
  municipalities: number;
}

export const SIZES: Record<SizeName, SizeSpec> = {
  XS: { pamphlets: 3, events: 8, resources: 12, windows: 2, talks: 2, municipalities: 1 },
  S: { pamphlets: 10, events: 60, resources: 150, windows: 5, talks: 6, municipalities: 1 },
  M: { pamphlets: 40, events: 600, resources: 1500, windows: 20, talks: 10, municipalities: 1 },
  L: { pamphlets: 200, events: 6000, resources: 25000, windows: 200, talks: 12, municipalities: 12 },
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
    talks: number;
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

/** A town (町名) of site.yaml `towns`, the unit of 地域包括支援センター areas and of the resources' area filter. */
interface Town {
  /** The name in site.yaml: unique across the site (prefixed with the municipality on a prefecture-wide site). */
  name: string;
  /** Reading of `name` in katakana. */
  kana: string;
  /** The town as written inside its municipality (中央), for venue and facility names. */
  short: string;
  shortKana: string;
  /** Number of 丁目; 0 for a town without (addresses then use 番地). */
  chome: number;
}

interface Municipality {
  name: string;
  kana: string;
  code: string;
  towns: Town[];
  lat: number;
  lon: number;
}

interface Place {
  municipality: Municipality;
  town: Town;
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

function municipalities(r: Random, spec: SizeSpec, size: SizeName): Municipality[] {
  const kind = spec.municipalities > 1 ? ["市", "町", "村"] : [size === "S" || size === "XS" ? "町" : "市"];
  const townsEach = size === "XS" ? 4 : size === "S" ? 8 : TOWNS.length;
  const prefixed = spec.municipalities > 1;
  const list: Municipality[] = [];
  for (let i = 0; i < spec.municipalities; i++) {
    const [part, kana] = MUNICIPALITY_PARTS[i % MUNICIPALITY_PARTS.length] ?? ["", "カクウ"];
    const suffix = kind[i % kind.length] ?? "市";
    const suffixKana = { 市: "シ", 町: "マチ", 村: "ムラ" }[suffix] ?? "シ";
    const name = `架空${part}${suffix}`;
    const nameKana = `${kana}${suffixKana}`;
    list.push({
      name,
      kana: nameKana,
      // 999xx: outside every real prefecture (real codes start 01–47).
      code: localCode(`99${spec.municipalities > 1 ? 1 : 9}${String(10 + i).padStart(2, "0")}`),
      // A prefecture-wide site lists the towns of every municipality in one site.yaml, so each name carries its
      // municipality (架空北町中央), which is also how the address reads after the prefecture.
      towns: TOWNS.slice(0, townsEach).map(([short, shortKana]) => ({
        name: prefixed ? `${name}${short}` : short,
        kana: prefixed ? `${nameKana}${shortKana}` : shortKana,
        short,
        shortKana,
        chome: r.pick([0, 0, 2, 3, 3, 4, 5]),
      })),
      lat: 35.3 + (i % 4) * 0.1,
      lon: 139.3 + Math.floor(i / 4) * 0.1,
    });
  }
  return list;
}

/** A street address in a town: 一丁目12番3号 where the town has 丁目, 123番地 where it has none. */
function streetAddress(r: Random, muni: Municipality, town: Town): string {
  const rest =
    town.chome > 0 ? `${CHOME[r.int(0, town.chome - 1)]}丁目${r.int(1, 30)}番${r.int(1, 20)}号` : `${r.int(1, 999)}番地`;
  return `${PREFECTURE}${muni.name}${town.short}${rest}`;
}

function place(r: Random, muni: Municipality): Place {
  const town = r.pick(muni.towns);
  return {
    municipality: muni,
    town,
    address: streetAddress(r, muni, town),
    lat: (muni.lat + r.next() * 0.08).toFixed(6),
    lon: (muni.lon + r.next() * 0.08).toFixed(6),
  };
}

// --- site.yaml -------------------------------------------------------------------------------------------------

/** Katakana → hiragana, as staff usually write readings in site.yaml. */
function hiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

function siteYaml(size: SizeName, site: { name: string; code: string }, munis: Municipality[]): string {
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
    targets: [
      { fiscalYear: 2025, lectures: 4, outreachTalks: 10, dementiaCafes: 24, participants: 500, pamphletUpdates: 4 },
      { fiscalYear: 2026, lectures: 4, outreachTalks: 12, dementiaCafes: 24, participants: 600, pamphletUpdates: 6 },
    ],
    // A prefecture-wide site keeps the rows of every municipality in the prefecture (resources.area).
    ...(munis.length > 1 ? { resources: { area: "prefecture" } } : {}),
    // Every town once; each is covered by exactly one 地域包括支援センター (windowFiles).
    towns: munis.flatMap((m) =>
      m.towns.map((t) => ({ name: t.name, kana: hiragana(t.kana), ...(t.chome > 0 ? { chome: t.chome } : {}) })),
    ),
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
  /** 地区: a municipality's part (中央地区) or, on a prefecture-wide site, the municipality. */
  area: string;
  capacity: number;
  deadline: string;
  needsApplication: boolean;
  /** 出前講座メニュー (talks/<slug>.mdx) the event delivers. */
  talk?: string;
  audience: ("住民" | "医療機関" | "介護事業所")[];
  accessibility: ("手話通訳" | "要約筆記" | "車いす席")[];
  cancelled: boolean;
  /** Participants, for events before SYNTHETIC_TODAY (the activity report). */
  attendance?: number;
}

const AREAS = ["中央地区", "北地区", "南地区", "東地区", "西地区"];

/** The 地区 of a town: five areas in a town or city, the municipality on a prefecture-wide site. */
function areaOf(place: Place, munis: Municipality[]): string {
  if (munis.length > 1) return place.municipality.name;
  return AREAS[place.municipality.towns.indexOf(place.town) % AREAS.length] ?? "中央地区";
}

/**
 * Titles whose words give the intended kind: a national-format CSV has no 種類 column, so the loader tells the kind
 * from the title (kindKeywordRules); 講演会「人生会議を始めよう」 would read as a 人生会議ワークショップ.
 */
function themesFor(kind: (typeof EVENT_KINDS)[number], talks: readonly (typeof TALKS)[number][]): [string, string, string?][] {
  const pool: [string, string, string?][] =
    kind.kind === "出前講座" ? talks.map((t) => [t.title, t.kana, t.slug]) : EVENT_THEMES.map(([t, k]) => [t, k]);
  const fitting = pool.filter(([theme]) => guessEventKind(`${kind.kind}「${theme}」`) === kind.kind);
  if (fitting.length === 0) throw new Error(`no event theme reads as ${kind.kind}`);
  return fitting;
}

function makeEvent(r: Random, i: number, munis: Municipality[], talks: readonly (typeof TALKS)[number][]): SyntheticEvent {
  const weights = [0.15, 0.3, 0.1, 0.35, 0.1];
  let pick = r.next();
  let k = 0;
  while (k < weights.length - 1 && pick >= (weights[k] ?? 1)) pick -= weights[k++] ?? 1;
  const kind = EVENT_KINDS[k] ?? EVENT_KINDS[0];
  if (!kind) throw new Error("no event kinds");
  const muni = r.pick(munis);
  const where = place(r, muni);
  const [theme, themeKana, talk] = r.pick(themesFor(kind, talks));
  const [start, end] = r.pick(kind.times);
  const cafe = kind.kind === "認知症カフェ";
  const date = addDays("2025-04-01", r.int(0, 729));
  const [venue, room] = cafe ? [`${where.town.short}地区センター`, "談話室"] : r.pick(VENUES);
  const needsApplication = !cafe && r.chance(0.7);
  const capacity = cafe ? 20 : r.pick([30, 50, 80, 100, 200]);
  const cancelled = r.chance(0.02);
  return {
    no: String(i + 1).padStart(5, "0"),
    kind,
    title: cafe ? `${where.town.short}認知症カフェ` : `${kind.kind}「${theme}」`,
    kana: cafe ? `${where.town.shortKana}ニンチショウカフェ` : `${kind.kana} ${themeKana}`,
    date,
    start,
    end,
    description: paragraph(r, EVENT_SENTENCES, 2, 4),
    fee: cafe ? 100 : 0,
    venue: cafe ? venue : `${muni.name}${venue}`,
    room,
    place: where,
    area: areaOf(where, munis),
    capacity,
    deadline: addDays(date, -r.int(3, 14)),
    needsApplication,
    ...(talk ? { talk } : {}),
    audience: kind.kind === "研修会" ? r.pick([["医療機関", "介護事業所"], ["介護事業所"], ["医療機関"]]) : ["住民"],
    accessibility: kind.kind === "講演会" && r.chance(0.5) ? ["手話通訳", "要約筆記"] : r.chance(0.2) ? ["車いす席"] : [],
    cancelled,
    ...(date < SYNTHETIC_TODAY && !cancelled ? { attendance: Math.max(3, Math.round(capacity * (0.4 + r.next() * 0.6))) } : {}),
  };
}

/** The department in charge as events name it. */
function contactName(muni: Municipality): string {
  return `${muni.name} 高齢者支援課 在宅医療・介護連携係`;
}

function eventCsvRow(e: SyntheticEvent): string[] {
  const muni = e.place.municipality;
  return [
    muni.code,
    e.no,
    PREFECTURE,
    muni.name,
    // Municipalities mark a cancellation in the name; the loader reads 【中止】 as cancelled.
    `${e.cancelled ? "【中止】" : ""}${e.title}`,
    e.kana,
    "",
    e.date,
    e.date,
    e.start,
    e.end,
    "",
    e.description,
    String(e.fee),
    e.fee ? "お茶代" : "",
    contactName(muni),
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
    e.needsApplication ? "電話またはFAXで高齢者支援課へ（FAX 03-0000-1235）" : "申込不要",
    `https://city.example.jp/events/${e.no}.html`,
    "",
  ];
}

/** A rich event as MDX, in the front matter of src/schemas/event.ts (docs/staff/events.md「MDX のフロントマター」). */
function eventMdx(r: Random, e: SyntheticEvent): string {
  const muni = e.place.municipality;
  const frontmatter = {
    title: e.title,
    titleKana: e.kana,
    kind: e.kind.kind,
    description: e.description,
    startDate: e.date,
    startTime: e.start,
    endTime: e.end,
    ...(e.cancelled ? { cancelled: true, statusNote: "講師の都合により中止します。申し込まれた方には電話でお知らせします" } : {}),
    place: {
      name: e.venue,
      address: e.place.address,
      building: e.room,
      lat: Number(e.place.lat),
      lon: Number(e.place.lon),
      access: `架空駅から徒歩${(Number(e.no) % 15) + 3}分`,
      ...(Number(e.no) % 3 === 0 ? {} : { parking: "あり（台数に限りがあります）" }),
    },
    area: e.area,
    fee: e.fee,
    ...(e.fee ? { feeDetail: "お茶代" } : {}),
    capacity: e.capacity,
    ...(e.needsApplication
      ? { application: { method: "電話またはFAXで高齢者支援課へ", deadline: e.deadline, deadlineTime: "17:00" } }
      : { application: { required: false, method: "申込は不要です。当日直接会場へお越しください" } }),
    contact: { name: contactName(muni), phone: "03-0000-1234", fax: "03-0000-1235", email: "zaitaku@city.example.jp" },
    organizer: muni.name,
    ...(e.accessibility.length ? { accessibility: e.accessibility } : {}),
    audience: e.audience,
    ...(e.audience.includes("住民") ? {} : { audienceNote: "市内の医療機関・介護事業所の職員" }),
    ...(e.attendance !== undefined ? { attendance: e.attendance } : {}),
    ...(e.talk ? { talk: e.talk } : {}),
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
  return `---\n${quoteTimes(stringify(frontmatter))}---\n\n${body.join("\n\n")}\n`;
}

/** Quotes hh:mm values ("14:00"), as docs/staff/events.md asks: a YAML 1.1 reader would take 14:00 for the number 840. */
function quoteTimes(yaml: string): string {
  return yaml.replace(/^(\s*(?:startTime|endTime|deadlineTime): )(\d{1,2}:\d{2})$/gm, '$1"$2"');
}

/** A 出前講座 menu item (talks/<slug>.mdx, src/schemas/talk.ts). */
function talkMdx(r: Random, talk: (typeof TALKS)[number], order: number): string {
  const frontmatter = {
    title: talk.title,
    description: talk.description,
    duration: r.pick([45, 60, 60, 90]),
    minGroupSize: r.pick([5, 10, 10, 15]),
    speaker: talk.speaker,
    audience: r.pick([
      ["老人クラブ", "町内会"],
      ["老人クラブ", "町内会", "家族会"],
      ["町内会", "医療機関", "介護事業所"],
    ]),
    howToApply: "電話またはFAXで高齢者支援課 在宅医療・介護連携係へ",
    leadTime: "希望日の1か月前までにお申し込みください",
    venueNeeds: r.sample(["机と椅子", "コンセント", "ホワイトボード", "プロジェクターを映す壁かスクリーン"], r.int(1, 3)),
    order,
    updated: addDays("2025-04-01", r.int(0, 500)),
  };
  const body = [
    "## お話しすること",
    list(r, 3, 5),
    paragraph(r, GENERAL_SENTENCES, 2, 4),
    "## 講師から",
    paragraph(r, GENERAL_SENTENCES, 1, 3),
  ];
  return `---\n${stringify(frontmatter)}---\n\n${body.join("\n\n")}\n`;
}

// --- resources -------------------------------------------------------------------------------------------------

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

function windowFiles(r: Random, count: number, munis: Municipality[]): [string, string][] {
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

// --- the whole folder ------------------------------------------------------------------------------------------

/**
 * Writes a synthetic content folder into `dir` (which must not exist or be empty).
 * @param size XS (tests), S (town), M (city) or L (prefecture)
 * @param seed the same seed writes the same bytes
 * @param counts counts that replace the size's own (tests: XS with more windows and resources than every list cap)
 */
export function generateSite(
  dir: string,
  size: SizeName,
  seed: string = DEFAULT_SEED,
  counts: Partial<SizeSpec> = {},
): GeneratedSite {
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: the generator only writes into an empty folder`);
  const spec: SizeSpec = { ...SIZES[size], ...counts };
  const split = splitCounts(spec);
  const stream = (name: string) => createRandom(`${seed}:${size}:${name}`);
  const munis = municipalities(stream("towns"), spec, size);
  const first = munis[0];
  if (!first) throw new Error("no municipality");
  const site = spec.municipalities > 1 ? { name: PREFECTURE, code: localCode("99000") } : { name: first.name, code: first.code };
  const files = new Map<string, string | Buffer>();

  files.set("site.yaml", siteYaml(size, site, munis));

  const images = Math.min(IMAGE_ALTS.length, spec.pamphlets);
  for (let n = 1; n <= images; n++) files.set(`images/illust-${n}.svg`, illustrationSvg(n));
  const plans = planPamphlets(spec.pamphlets);
  const pr = stream("pamphlets");
  plans.forEach((plan, i) => {
    files.set(`pamphlets/${plan.slug}.mdx`, pamphletMdx(pr, plan, i, plans, images));
  });

  const er = stream("events");
  const talks = TALKS.slice(0, spec.talks);
  const tr = stream("talks");
  talks.forEach((talk, i) => {
    files.set(`talks/${talk.slug}.mdx`, talkMdx(tr, talk, i + 1));
  });
  const events = Array.from({ length: spec.events }, (_, i) => makeEvent(er, i, munis, talks));
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
      talks: talks.length,
      images,
    },
    files: names,
  };
}
