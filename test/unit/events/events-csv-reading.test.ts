import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { mapHeaders, normalizeHeader } from "../../../src/loaders/csv/headers.ts";
import { eventCsvAliases, guessEventKind } from "../../../src/loaders/events-csv.ts";
import { csvText, LEGACY, type Row, read, sampleRows } from "../../helpers/events-csv.ts";

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
