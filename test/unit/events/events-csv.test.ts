import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { EVENT_LEGACY_HEADER } from "../../../src/data/columns/event-columns.ts";
import { formatIssue } from "../../../src/lib/content/content-issue.ts";
import { mapHeaders, normalizeHeader } from "../../../src/loaders/csv/headers.ts";
import { readAllEvents } from "../../../src/loaders/events.ts";
import { eventCsvAliases, guessEventKind, readEventCsv } from "../../../src/loaders/events-csv.ts";

/** The legacy 推奨データセット header (docs/dev/open-data-formats.md §4a), in its published order. */
const LEGACY = [...EVENT_LEGACY_HEADER];

type Row = Record<string, string>;

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
function csvText(headers: string[], rows: Row[], eol = "\r\n"): string {
  return [headers.map(quote).join(","), ...rows.map((r) => headers.map((h) => quote(r[h] ?? "")).join(","))].join(eol) + eol;
}

const sampleRows: Row[] = [
  {
    NO: "1",
    イベント名: "在宅医療講演会「家で最期まで」",
    開始日: "2026-12-05",
    終了日: "2026-12-05",
    開始時間: "14:00",
    終了時間: "16:00",
    説明: "医師が話します。\n2行目です。",
    "料金(基本)": "0",
    連絡先電話番号: "03-0000-1234",
    場所名称: "架空市民会館",
    住所: "東京都架空市中央1-2-3",
    緯度: "35.6812",
    経度: "139.7671",
    定員: "100",
  },
  {
    NO: "2",
    イベント名: "オレンジカフェ中央",
    開始日: "2026/12/10",
    終了日: "2026/12/10",
    開始時間: "0.416666666666667",
    終了時間: "0.5",
    説明: "どなたでも",
    場所名称: "中央集会所",
    住所: "東京都架空市中央2-2",
    定員: "―", // the dash Excel writes in CP932 (U+2015); U+2014 does not exist there
  },
];

function writeCsv(content: string | Uint8Array, name = "events-2026.csv"): { absolute: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "events-csv-"));
  const absolute = path.join(dir, name);
  writeFileSync(absolute, content);
  return { absolute, file: `events/${name}` };
}

function read(content: string | Uint8Array, name?: string) {
  const { absolute, file } = writeCsv(content, name);
  const result = readEventCsv(absolute, file);
  return { ...result, errors: result.issues.filter((i) => i.severity === "error"), lines: result.issues.map(formatIssue) };
}

describe("reading イベント一覧 in every header generation and encoding", () => {
  const legacy = csvText(LEGACY, sampleRows);

  it("reads the legacy header in CP932 (Excel's CSV), with Excel time serials and dash cells", () => {
    const { events, errors } = read(iconv.encode(legacy, "cp932"));
    expect(errors).toEqual([]);
    expect(events.map((e) => [e.id, e.row, e.data.kind, e.data.startDate, e.data.startTime, e.data.endTime])).toEqual([
      ["events-2026-1", 2, "講演会", "2026-12-05", "14:00", "16:00"],
      ["events-2026-2", 3, "認知症カフェ", "2026-12-10", "10:00", "12:00"],
    ]);
    expect(events[0]?.data.description).toBe("医師が話します。\n2行目です。");
    expect(events[0]?.data.place).toMatchObject({ name: "架空市民会館", lat: 35.6812, lon: 139.7671 });
    expect(events[0]?.data.fee).toBe(0);
    expect(events[1]?.data.capacity).toBeUndefined(); // 「—」 means no value
  });

  it("reads an optional 更新日 column (for the news feed) in the date forms staff write", () => {
    const rows = sampleRows.map((r, i) => ({ ...r, 更新日: ["2026/11/3", "令和8年11月20日"][i] ?? "" }));
    const { events, errors } = read(csvText([...LEGACY, "更新日"], rows));
    expect(errors).toEqual([]);
    expect(events.map((e) => e.data.updated)).toEqual(["2026-11-03", "2026-11-20"]);
    expect(read(legacy).events.map((e) => e.data.updated)).toEqual([undefined, undefined]);
  });

  it.each([
    ["UTF-8", Buffer.from(legacy, "utf8")],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(legacy, "utf8")])],
    ["UTF-16LE with BOM", iconv.encode(legacy, "utf-16le", { addBOM: true })],
    ["UTF-16BE with BOM", iconv.encode(legacy, "utf-16be", { addBOM: true })],
    ["LF line ends", Buffer.from(legacy.replace(/\r\n/g, "\n"), "utf8")],
  ])("reads the same events from %s", (_label, bytes) => {
    const reference = read(iconv.encode(legacy, "cp932")).events;
    const { events, errors } = read(bytes);
    expect(errors).toEqual([]);
    expect(events).toEqual(reference);
  });

  it("reads the current 自治体標準 header (structured address, ID) with trailing empty header cells", () => {
    const headers = [
      "全国地方公共団体コード",
      "ID",
      "地方公共団体名",
      "イベント名",
      "開始日",
      "終了日",
      "開始時間",
      "終了時間",
      "説明",
      "場所名称",
      "所在地_全国地方公共団体コード",
      "町字ID",
      "所在地_連結表記",
      "所在地_都道府県",
      "所在地_市区町村",
      "所在地_町字",
      "所在地_番地以下",
      "建物名等(方書)",
      "緯度",
      "経度",
      "URL",
      "",
      "",
    ];
    const rows: Row[] = [
      {
        全国地方公共団体コード: "999997",
        ID: "EV2026-0001",
        イベント名: "多職種連携研修会",
        開始日: "2027-01-20",
        開始時間: "18:30",
        終了時間: "20:00",
        場所名称: "架空市役所",
        所在地_都道府県: "東京都",
        所在地_市区町村: "架空市",
        所在地_町字: "中央一丁目",
        所在地_番地以下: "1-1",
        "建物名等(方書)": "本庁舎3階",
        URL: "https://city.example.jp/kenshu",
      },
    ];
    const { events, errors } = read(csvText(headers, rows));
    expect(errors).toEqual([]);
    expect(events[0]).toMatchObject({
      id: "ev2026-0001",
      data: {
        kind: "研修会",
        endDate: "2027-01-20",
        place: { name: "架空市役所", address: "東京都架空市中央一丁目1-1", building: "本庁舎3階" },
        url: "https://city.example.jp/kenshu",
      },
    });
  });

  it("reads physical English column names", () => {
    const headers = [
      "localgov_code",
      "id",
      "event_name",
      "start_date",
      "end_date",
      "start_time",
      "end_time",
      "place_name",
      "seat_copulative_spell",
      "latitude",
      "longitude",
    ];
    const row = {
      localgov_code: "999997",
      id: "E1",
      event_name: "人生会議を考える会",
      start_date: "2026-12-01",
      end_date: "2026-12-01",
      start_time: "10:00",
      end_time: "11:00",
      place_name: "公民館",
      seat_copulative_spell: "東京都架空市北1-1",
      latitude: "35.7",
      longitude: "139.7",
    };
    const { events, errors } = read(csvText(headers, [row]));
    expect(errors).toEqual([]);
    expect(events[0]).toMatchObject({
      id: "e1",
      data: { kind: "人生会議ワークショップ", place: { address: "東京都架空市北1-1" } },
    });
  });

  it("maps columns by name: a shuffled column order and a CKAN _id column give the same events", () => {
    const shuffled = ["_id", ...[...LEGACY].reverse()];
    const rows = sampleRows.map((r, i) => ({ ...r, _id: String(i + 1) }));
    expect(read(csvText(shuffled, rows)).events).toEqual(read(legacy).events);
  });

  it("accepts header spellings seen in real files: full-width parentheses, spaces, required markers", () => {
    const headers = LEGACY.map((h) => (h === "料金(基本)" ? "料金（基本）" : h === "イベント名" ? " イベント名※ " : h));
    const { events, errors } = read(
      csvText(
        headers,
        sampleRows.map((r) => ({ ...r, "料金（基本）": "500円", " イベント名※ ": r["イベント名"] ?? "" })),
      ),
    );
    expect(errors).toEqual([]);
    expect(events[0]?.data.fee).toBe(500);
  });

  it("folds full-width digits and hyphen look-alikes in dates, times and phones, keeping display text as written", () => {
    const row = {
      ...sampleRows[0],
      開始日: "２０２６－１２－０５",
      終了日: "令和8年12月5日",
      開始時間: "１４：００",
      連絡先電話番号: "０３ー００００ー１２３４",
      場所名称: "架空市民会館（２階）",
    };
    const { events, errors } = read(csvText(LEGACY, [row]));
    expect(errors).toEqual([]);
    expect(events[0]?.data).toMatchObject({
      startDate: "2026-12-05",
      endDate: "2026-12-05",
      startTime: "14:00",
      contact: { phone: "03-0000-1234" },
    });
    expect(events[0]?.data.place?.name).toBe("架空市民会館（２階）");
  });

  it("keeps markup and braces in cells as plain text", () => {
    const row = { ...sampleRows[0], イベント名: "<script>alert(1)</script>{props.x}", 説明: "<img src=x onerror=alert(1)>" };
    const { events } = read(csvText(LEGACY, [row]));
    expect(events[0]?.data.title).toBe("<script>alert(1)</script>{props.x}");
    expect(events[0]?.data.description).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("project extension columns", () => {
  const headers = [...LEGACY, "イベント種類", "地区", "開催状況", "開催方法", "情報保障", "対象", "参加者数", "申込URL"];

  it("reads kind, area, status, format, accessibility, audience, attendance", () => {
    const rows: Row[] = [
      {
        ...sampleRows[0],
        イベント種類: "研修会",
        地区: "北地区",
        情報保障: "手話通訳;要約筆記",
        対象: "医療機関;介護事業所",
        参加者数: "42人",
      },
      { ...sampleRows[1], 開催状況: "中止" },
      { ...sampleRows[1], NO: "3", 開催状況: "満員", 参加申込方法: "電話で", 申込URL: "https://form.example.jp/a" },
      { ...sampleRows[1], NO: "4", 場所名称: "", 住所: "", 開催方法: "オンライン" },
    ];
    const { events, errors } = read(csvText(headers, rows));
    expect(errors).toEqual([]);
    expect(events[0]?.data).toMatchObject({
      kind: "研修会",
      area: "北地区",
      accessibility: ["手話通訳", "要約筆記"],
      audience: ["医療機関", "介護事業所"],
      attendance: 42,
    });
    expect(events[1]?.data.cancelled).toBe(true);
    expect(events[2]?.data).toMatchObject({ full: true, application: { required: true, url: "https://form.example.jp/a" } });
    expect(events[3]?.data.format).toBe("オンライン");
  });

  it("names the column and the allowed values when an extension value is unknown", () => {
    const { lines } = read(csvText(headers, [{ ...sampleRows[0], イベント種類: "祭り", 情報保障: "点字" }]));
    expect(lines.join("\n")).toMatch(
      /events\/events-2026\.csv:2 項目「イベント種類」: 種類は「講演会」「出前講座」.*（値: 「祭り」）/,
    );
    expect(lines.join("\n")).toMatch(/:2 項目「情報保障」: 情報保障は「手話通訳」.*（値: 「点字」）/);
  });

  it("marks 【中止】 in the title as cancelled and drops the mark from the title", () => {
    const { events } = read(csvText(LEGACY, [{ ...sampleRows[0], イベント名: "【中止】在宅医療講演会" }]));
    expect(events[0]?.data).toMatchObject({ title: "在宅医療講演会", cancelled: true });
  });

  it("reads 申込不要 as no application needed", () => {
    const { events } = read(csvText(LEGACY, [{ ...sampleRows[0], 参加申込方法: "申込不要（当日直接会場へ）" }]));
    expect(events[0]?.data.application?.required).toBe(false);
  });

  it("guesses the kind from the title, then the description", () => {
    expect(guessEventKind("オレンジカフェ")).toBe("認知症カフェ");
    expect(guessEventKind("ACPってなに？")).toBe("人生会議ワークショップ");
    expect(guessEventKind("町内会への出前講座")).toBe("出前講座");
    expect(guessEventKind("多職種事例検討会")).toBe("研修会");
    expect(guessEventKind("市民公開講座")).toBe("講演会");
    expect(guessEventKind("介護の日のつどい", "講演と相談会")).toBe("講演会");
    expect(guessEventKind("介護の日のつどい")).toBe("その他");
  });
});

describe("the alias table", () => {
  it("never gives one header name to two fields", () => {
    const owner = new Map<string, string>();
    for (const [field, names] of Object.entries(eventCsvAliases)) {
      for (const name of [field, ...names]) {
        const key = normalizeHeader(name);
        expect(owner.get(key) ?? field, `${name} is claimed by ${owner.get(key)} and ${field}`).toBe(field);
        owner.set(key, field);
      }
    }
  });

  it("maps every alias of every field", () => {
    for (const [field, names] of Object.entries(eventCsvAliases)) {
      for (const name of names) {
        expect(mapHeaders([name], eventCsvAliases).columns, name).toEqual({ [field]: 0 });
      }
    }
  });
});

describe("bad input is located: file, row (header = row 1), column, value, expectation", () => {
  const row = (overrides: Row) => csvText(LEGACY, [sampleRows[0] ?? {}, { ...sampleRows[1], ...overrides }]);

  it("a missing required column", () => {
    const { lines, events } = read(
      csvText(
        LEGACY.filter((h) => h !== "開始日"),
        sampleRows,
      ),
    );
    expect(events).toEqual([]);
    expect(lines[0]).toMatch(
      /^エラー: events\/events-2026\.csv:1 項目「startDate」: 必須の列「startDate」「開始日」「開催日」がありません/,
    );
  });

  it("an impossible date, never rolled over", () => {
    const { lines, events } = read(row({ 開始日: "2027-02-30", 終了日: "2027-02-30" }));
    expect(events.map((e) => e.row)).toEqual([2]);
    expect(lines[0]).toMatch(/^エラー: events\/events-2026\.csv:3 項目「開始日」: 実在する日付を.*（値: 「2027-02-30」）/);
  });

  it("an end before the start", () => {
    const { lines } = read(row({ 開始日: "2026-12-10", 終了日: "2026-12-09" }));
    expect(lines[0]).toMatch(/:3 項目「終了日」: 終了日が開始日（2026-12-10）より前です（値: 「2026-12-09」）/);
  });

  it("an end time before the start time", () => {
    const { lines } = read(row({ 開始時間: "15:00", 終了時間: "13:00" }));
    expect(lines[0]).toMatch(/:3 項目「終了時間」: 終了時間が開始時間（15:00）より前か同じです（値: 「13:00」）/);
  });

  it("a bad time", () => {
    const { lines } = read(row({ 開始時間: "25:00" }));
    expect(lines[0]).toMatch(/:3 項目「開始時間」: 時刻は 24 時間制の hh:mm.*（値: 「25:00」）/);
  });

  it("a non-http(s) URL", () => {
    const { lines } = read(row({ URL: "javascript:alert(1)" }));
    expect(lines[0]).toMatch(/:3 項目「URL」: http:\/\/ または https:\/\/ で始まる URL.*（値: 「javascript:alert\(1\)」）/);
  });

  it("an empty required value", () => {
    const { lines } = read(row({ イベント名: "" }));
    expect(lines[0]).toMatch(/:3 項目「イベント名」: 必須の値が空です/);
  });

  it("a duplicate ID, naming both rows", () => {
    const { lines, events } = read(row({ NO: "1" }));
    expect(events).toHaveLength(1);
    expect(lines[0]).toMatch(/:3 項目「NO」: ID が 2 行目と同じです（2 行目と 3 行目）.*（値: 「1」）/);
  });

  it("a ragged row: a value right of the header is an error, Excel's trailing empty cells are not", () => {
    const text = csvText(LEGACY, sampleRows);
    const lines = text.split("\r\n");
    const trailingEmpty = [lines[0], `${lines[1]},,,`, lines[2], ""].join("\r\n");
    expect(read(trailingEmpty).errors).toEqual([]);
    const extraValue = [lines[0], `${lines[1]},,ずれた値`, lines[2], ""].join("\r\n");
    expect(read(extraValue).lines[0]).toMatch(/:2 項目「34 列目」: 見出しより右の列（34 列目）に値があります（見出しは 32 列）/);
    const missingCells = [lines[0], lines[1]?.split(",").slice(0, 20).join(","), lines[2], ""].join("\r\n");
    const short = read(missingCells);
    expect(short.lines[0]).toMatch(/:2 項目「\(行全体\)」: 列の数が見出しより少なくなっています（20 列、見出しは 32 列）/);
    expect(short.events.map((e) => e.row)).toEqual([3]);
  });

  it("an unclosed quote stops with a located message instead of swallowing later rows", () => {
    const text = csvText(LEGACY, sampleRows).replace("在宅医療講演会", '"在宅医療講演会');
    const { lines, events } = read(text);
    expect(events).toEqual([]);
    // the row where the quote opened, not the end of the file where the parser gave up
    expect(lines[0]).toMatch(/^エラー: events\/events-2026\.csv:2: CSV の形式が正しくありません（「"」/);
  });

  it("a UTF-8 BOM followed by Shift_JIS bytes", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(csvText(LEGACY, sampleRows), "cp932")]);
    expect(read(bytes).lines[0]).toMatch(/events-2026\.csv: 文字コードを読み取れません/);
  });

  it("an empty file", () => {
    expect(read("").lines[0]).toMatch(/events-2026\.csv: CSV が空です/);
  });

  it("a header-only file gives zero events and a warning", () => {
    const { events, issues } = read(`${LEGACY.join(",")}\r\n`);
    expect(events).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining("0 件") })]);
  });

  it("the current layout's 概要 beside 説明 and コンテンツURL beside URL are separate columns, used when the other is empty", () => {
    const header = "イベント名,開始日,場所名称,概要,説明,コンテンツURL,URL";
    const { events, errors } = read(
      `${header}\r\nA,2026-12-10,市民会館,短い概要,,https://example.jp/a,\r\nB,2026-12-11,市民会館,概要B,詳しい説明,https://example.jp/b,https://example.jp/apply\r\n`,
    );
    expect(errors).toEqual([]);
    expect(events.map((e) => [e.data.description, e.data.url])).toEqual([
      ["短い概要", "https://example.jp/a"],
      ["詳しい説明", "https://example.jp/apply"],
    ]);
  });

  it("any file name builds: the national 団体コード_event.csv, Japanese and capitals get a URL-safe slug", () => {
    const national = read(csvText(LEGACY, sampleRows), "131016_event.csv");
    expect(national.errors).toEqual([]);
    expect(national.events.map((e) => e.id)).toEqual(["131016-event-1", "131016-event-2"]);
    const japanese = read(csvText(LEGACY, sampleRows), "イベント一覧.csv");
    expect(japanese.errors).toEqual([]);
    for (const e of japanese.events) expect(e.id).toMatch(/^file-[0-9a-f]{8}-\d$/);
    expect(read(csvText(LEGACY, sampleRows), "Events 2026.CSV").events[0]?.id).toBe("events-2026-1");
  });

  it("coordinates: swapped ones are swapped back with a warning, 0,0 is dropped with a warning, text is an error", () => {
    const swapped = read(row({ 緯度: "139.7671", 経度: "35.6812" }));
    expect(swapped.errors).toEqual([]);
    expect(swapped.events[1]?.data.place).toMatchObject({ lat: 35.6812, lon: 139.7671 });
    expect(swapped.lines[0]).toMatch(/^警告: .*:3 項目「緯度・経度」: 緯度と経度が入れ替わっているようです/);
    const zero = read(row({ 緯度: "0", 経度: "0" }));
    expect(zero.events[1]?.data.place?.lat).toBeUndefined();
    expect(zero.lines[0]).toMatch(/^警告: .*:3 .*緯度・経度が 0/);
    expect(read(row({ 緯度: "北緯35度" })).lines[0]).toMatch(/:3 項目「緯度」: 緯度・経度は十進数/);
  });

  it("warns about columns it does not use, once per file", () => {
    const { issues } = read(
      csvText(
        [...LEGACY, "担当者メモ"],
        sampleRows.map((r) => ({ ...r, 担当者メモ: "x" })),
      ),
    );
    expect(issues).toEqual([expect.objectContaining({ severity: "warning", field: "担当者メモ" })]);
  });
});

describe("all events of a content folder", () => {
  function folder(files: Record<string, string | Uint8Array>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), "events-dir-"));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), content);
    }
    return dir;
  }
  const mdx = (extra = "") =>
    `---\ntitle: 講演会\nkind: 講演会\nstartDate: 2026-12-05\nplace:\n  name: 会場\n${extra}---\n\n本文\n`;

  it("merges MDX and CSV events into one list", () => {
    const dir = folder({ "events/koen.mdx": mdx(), "events/list.csv": iconv.encode(csvText(LEGACY, sampleRows), "cp932") });
    const { events, issues } = readAllEvents(dir);
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.id, e.file, e.row])).toEqual([
      ["koen", "events/koen.mdx", undefined],
      ["list-1", "events/list.csv", 2],
      ["list-2", "events/list.csv", 3],
    ]);
  });

  it("refuses two events with the same URL, naming both places", () => {
    const rows = [{ ...sampleRows[0], NO: "koen" }];
    const dir = folder({ "events/koen.mdx": mdx(), "events/list.csv": csvText(LEGACY, rows) });
    const message = readAllEvents(dir).issues.map(formatIssue).join("\n");
    expect(message).toMatch(
      /events\/list\.csv:2 項目「ID」: イベントのページの URL（\/events\/koen\/）が events\/koen\.mdx と重なっています/,
    );
  });

  it("locates front-matter errors of MDX events by line", () => {
    const dir = folder({ "events/koen.mdx": mdx("endDate: 2026-12-04\n") });
    expect(readAllEvents(dir).issues.map(formatIssue)[0]).toMatch(/events\/koen\.mdx:7 項目「endDate」: 終了日が開始日/);
  });

  it("checks that a referenced 出前講座 menu item exists", () => {
    const dir = folder({ "events/koen.mdx": mdx("talk: mitori\n") });
    expect(readAllEvents(dir).issues.map(formatIssue)[0]).toMatch(
      /項目「talk」: 出前講座メニュー talks\/mitori\.mdx がありません/,
    );
  });
});
