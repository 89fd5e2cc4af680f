import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csvText, LEGACY, type Row, read, sampleRows } from "../../helpers/events-csv.ts";

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
