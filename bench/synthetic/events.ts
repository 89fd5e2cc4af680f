/**
 * Events: one set of facts per event (SyntheticEvent), written either as a row of the yearly イベント一覧 CSV
 * (legacy 推奨データセット header, no 種類 column) or as an MDX event using the whole front matter.
 */
import { stringify } from "yaml";
import { EVENT_LEGACY_HEADER } from "../../src/data/columns/event-columns.ts";
import { guessEventKind } from "../../src/loaders/events-csv.ts";
import { csvBytes } from "./csv.ts";
import { addDays, SYNTHETIC_TODAY } from "./dates.ts";
import { paragraph } from "./markdown.ts";
import { type Municipality, type Place, PREFECTURE, place } from "./municipalities.ts";
import type { Random } from "./random.ts";
import { EVENT_KINDS, EVENT_SENTENCES, EVENT_THEMES, type TALKS, VENUES } from "./vocabulary-events.ts";

/** One synthetic event, the same facts whether it goes to CSV or MDX. */
export interface SyntheticEvent {
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

/**
 * Event `i` (0-based; its number is i + 1): kind by weight, a place in a random municipality, a theme the loader will
 * read as that kind, a date in fiscal years 2025–2026 (SYNTHETIC_TODAY falls in the second), and attendance for past events.
 */
export function makeEvent(r: Random, i: number, munis: Municipality[], talks: readonly (typeof TALKS)[number][]): SyntheticEvent {
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

/** An event as one row of the legacy 推奨データセット header (EVENT_LEGACY_HEADER). Draws nothing at random. */
export function eventCsvRow(e: SyntheticEvent): string[] {
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
export function eventMdx(r: Random, e: SyntheticEvent): string {
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

/**
 * The CSV events as one file per fiscal year (年度, April–March), as municipalities publish them, in year order.
 * Rows keep the order of `events`. Draws nothing at random.
 */
export function eventCsvFiles(events: readonly SyntheticEvent[]): [string, Buffer][] {
  const byYear = new Map<number, string[][]>();
  for (const e of events) {
    const [y, m] = e.date.split("-").map(Number) as [number, number];
    const fiscal = m >= 4 ? y : y - 1;
    const rows = byYear.get(fiscal) ?? [];
    rows.push(eventCsvRow(e));
    byYear.set(fiscal, rows);
  }
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, rows]) => [`events/event-list-${year}.csv`, csvBytes(EVENT_LEGACY_HEADER, rows, "utf-8-bom")]);
}
