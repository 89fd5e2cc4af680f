/**
 * `events/<name>.columns.yaml` (the same reader as resources/), the value forms real event files use, and which rows
 * a published file leaves out with a warning while a hand-written list stops with an error.
 */
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/lib/content/content-issue.ts";
import { formatDataFileSummary } from "../../../src/lib/content/data-file-summary.ts";
import { readAllEvents } from "../../../src/loaders/events.ts";
import { makeContent } from "../../helpers/content-folder.ts";

/** A city's own layout: 年のない開催日, 対象 as free text, 料金 in words. */
const OWN =
  "番号,行事名,開催日,開始時間,終了時間,場所名称,対象,料金,定員,URL,TEL\n" +
  '1,市民講座,"9月7日(土)～\n11月4日(月・祝)",10:00～12:00,,市民会館,高校生・一般,受講料 500円,申込先着30人,案内 https://example.jp/a,087-000-1234\n' +
  "2,健康相談,10月13日（日）,9:30,17:00（最終受付16:30まで）,保健センター,どなたでも,無料,なし,,087-000-1234\n" +
  "3,試合観戦,9月の試合日程,,,球場,両方,,,,\n" +
  "4,教室,10月4日、11日、18日,,,公民館,両方,,,,\n";

const MAPPING = "format: イベント一覧\ncolumns:\n  ID: 番号\n  対象者: 対象\nvalues:\n  開催年: 2024\n";

function load(files: Record<string, string>) {
  const result = readAllEvents(makeContent(files));
  return {
    ...result,
    errors: result.issues.filter((i) => i.severity === "error").map(formatIssue),
    warnings: result.issues.filter((i) => i.severity === "warning").map(formatIssue),
  };
}

describe("events/<name>.columns.yaml", () => {
  it("reads a file in no national layout through the mapping: year, ranges, remarks, fee in words", () => {
    const { events, errors, files } = load({ "events/own.csv": OWN, "events/own.columns.yaml": MAPPING });
    expect(errors).toEqual([]);
    expect(events.map((e) => e.data.title)).toEqual(["市民講座", "健康相談"]);
    expect(events[0]?.data).toMatchObject({
      startDate: "2024-09-07",
      endDate: "2024-11-04",
      startTime: "10:00",
      endTime: "12:00",
      audienceNote: "高校生・一般",
      feeDetail: "受講料 500円",
      capacity: 30,
      url: "https://example.jp/a",
    });
    expect(events[1]?.data).toMatchObject({ startDate: "2024-10-13", endDate: "2024-10-13", endTime: "17:00", fee: 0 });
    expect(events[1]?.data.capacity).toBeUndefined();
    expect(events[1]?.data.dateNote).toBe("終了時間 17:00（最終受付16:30まで）");
    expect(files.map(formatDataFileSummary)).toEqual([
      "events/own.csv: イベント一覧（own.columns.yaml の対応づけ）、utf-8、4 行を読み 2 行を載せました、除いた行: 読めない値 2 行（開催日 2） → 2 ページ",
    ]);
  });

  it("leaves out rows that cannot be an event, each with a located warning naming file, row, column and value", () => {
    const { warnings } = load({ "events/own.csv": OWN, "events/own.columns.yaml": MAPPING });
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^警告: events\/own\.csv:4 項目「開催日」: 実在する日付を.*（値: 「9月の試合日程」）\n.*この行は載せません/,
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^警告: events\/own\.csv:5 項目「開催日」: 開催日が複数書かれています.*（値: 「10月4日、11日、18日」）/,
      ),
    );
  });

  it("without the mapping, the same file stops with errors that say the year is missing", () => {
    const { events, errors } = load({ "events/own.csv": OWN });
    expect(events).toEqual([]);
    expect(errors).toContainEqual(
      expect.stringMatching(/^エラー: events\/own\.csv:2 項目「開催日」: 開催日に年がありません.*開催年/),
    );
  });

  it("names the line of a column name that is not a national one", () => {
    const { errors } = load({
      "events/own.csv": OWN,
      "events/own.columns.yaml": "format: イベント一覧\ncolumns:\n  ぎょうじ: 行事名\n",
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /^エラー: events\/own\.columns\.yaml:3 項目「columns\.ぎょうじ」: 「ぎょうじ」は全国の形式の列名ではありません\n.*イベント名・開始日/,
      ),
    ]);
  });

  it("says which column the CSV lacks (listing the ones it has) and that イベント名 and 開始日 are required", () => {
    const { errors } = load({
      "events/own.csv": OWN.replace("開催日", "日にち"),
      "events/own.columns.yaml": "format: イベント一覧\ncolumns:\n  イベント名: 名前\n",
    });
    const text = errors.join("\n");
    expect(text).toContain("events/own.csv に「名前」という列がありません");
    expect(text).toContain("「日にち」");
    expect(text).toContain("「イベント名」にあたる列がありません（イベント名と開始日は必須です）");
    expect(text).toContain("「開始日」にあたる列がありません");
  });

  it("a resources format name is refused in events/, located on its line; a mapping without its CSV is a warning", () => {
    const wrong = load({ "events/own.csv": OWN, "events/own.columns.yaml": "format: 医療機関一覧\ncolumns: {}\n" });
    expect(wrong.errors).toEqual([expect.stringMatching(/own\.columns\.yaml:1 .*format は イベント一覧 と書いてください/)]);
    const orphan = load({ "events/own.csv": OWN, "events/own.columns.yaml": MAPPING, "events/old.columns.yaml": MAPPING });
    expect(orphan.warnings).toContainEqual(
      expect.stringMatching(/^警告: events\/old\.columns\.yaml: この対応づけのファイルに合う CSV がありません/),
    );
  });
});

describe("published files and hand-written lists", () => {
  const CURRENT = "全国地方公共団体コード,ID,イベント名,開始日,場所名称,コンテンツURL\n";

  it("a current-layout row without 場所名称 but with its page is kept, pointing to that page; without a page it is left out", () => {
    const { events, errors, warnings } = load({
      "events/222127_event.csv": `${CURRENT}222127,1,講演会,2026/12/5,,https://example.jp/1\n222127,2,相談会,2026/12/6,,\n`,
    });
    expect(errors).toEqual([]);
    expect(events.map((e) => [e.id, e.data.venueOnPage])).toEqual([["222127-event-1", true]]);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^警告: events\/222127_event\.csv:2 項目「場所名称」: 会場（場所名称）がないため/),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^警告: events\/222127_event\.csv:3 項目「場所名称」: 会場（場所名称）がありません.*\n.*この行は載せません/,
      ),
    );
  });

  it("a hand-written list (legacy names) keeps stopping on a row that cannot be an event", () => {
    const { events, errors, files } = load({
      "events/kouza.csv": "NO,イベント名,開始日,場所名称\n1,講演会,2026/12/5,\n2,相談会,日程調整中,会館\n",
    });
    expect(events).toEqual([]);
    expect(files.map(formatDataFileSummary)).toEqual([
      "events/kouza.csv: イベント一覧（推奨データセットの列名）、utf-8、2 行を読み 0 行を載せました、除いた行: エラー 2 行 → 0 ページ",
    ]);
    expect(errors).toEqual([
      expect.stringMatching(/^エラー: events\/kouza\.csv:2 項目「場所名称」: 会場（場所名称）がありません/),
      expect.stringMatching(/^エラー: events\/kouza\.csv:3 項目「開始日」: 実在する日付を/),
    ]);
  });

  it("a bad phone or URL costs only that value, with a warning, in any file", () => {
    const { events, errors, warnings } = load({
      "events/kouza.csv":
        "NO,イベント名,開始日,場所名称,連絡先電話番号,URL\n1,講演会,2026/12/5,会館,839-2865,javascript:alert(1)\n",
    });
    expect(errors).toEqual([]);
    expect(events[0]?.data.contact).toBeUndefined();
    expect(events[0]?.data.url).toBeUndefined();
    expect(warnings).toContainEqual(
      expect.stringMatching(/^警告: events\/kouza\.csv:2 項目「連絡先電話番号」: 電話番号として読めません.*（値: 「839-2865」）/),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/^警告: events\/kouza\.csv:2 項目「URL」: http:\/\/ または https:\/\//),
    );
  });
});

describe("date and time forms real files use, in any file", () => {
  const read = (cells: string) =>
    load({ "events/kouza.csv": `NO,イベント名,開始日,終了日,開始時間,終了時間,場所名称\n1,講座,${cells},会館\n` });

  it.each([
    ["令和6年12月28日～令和7年1月5日,,,", { startDate: "2024-12-28", endDate: "2025-01-05" }],
    [
      "2024/5/1,,１０：００～１２：００,",
      { startDate: "2024-05-01", endDate: "2024-05-01", startTime: "10:00", endTime: "12:00" },
    ],
    ["2024/5/1,,午前10時～午後3時,", { startTime: "10:00", endTime: "15:00" }],
    ["２０２４年５月１日(水),2024/5/3(金),,", { startDate: "2024-05-01", endDate: "2024-05-03" }],
    ["2024/9/7～10日,,,", { startDate: "2024-09-07", endDate: "2024-09-10" }],
  ])("%s", (cells, expected) => {
    const { events, errors } = read(cells);
    expect(errors).toEqual([]);
    expect(events[0]?.data).toMatchObject(expected);
  });

  it("a range over the new year in a file whose dates have no year ends in the next year", () => {
    const { events, errors } = load({
      "events/kouza.csv": "NO,イベント名,開催日,開催年,場所名称\n1,講座,12月28日(土)～1月5日(日),令和6年,会館\n",
    });
    expect(errors).toEqual([]);
    expect(events[0]?.data).toMatchObject({ startDate: "2024-12-28", endDate: "2025-01-05" });
  });
});
