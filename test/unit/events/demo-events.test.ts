import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fiscalYearOf } from "../../../src/lib/dates/japanese-date.ts";
import { decodeCsvBytes } from "../../../src/loaders/csv/decode.ts";
import { readAllEvents } from "../../../src/loaders/events.ts";
import { NO_APPLICATION } from "../../../src/loaders/events-csv.ts";
import { projectRoot } from "../../helpers/fixture-site.ts";

/** The demo municipality's events show every case the site handles (issue: at least 30 across two fiscal years). */
describe("the demo events", () => {
  const content = path.join(projectRoot, "content");
  const { events, issues } = readAllEvents(content);
  const data = events.map((e) => e.data);

  it("are valid", () => {
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("number at least 30 across two fiscal years, from MDX, a legacy CP932 CSV and a current UTF-8 CSV", () => {
    expect(events.length).toBeGreaterThanOrEqual(30);
    expect(new Set(data.map((e) => fiscalYearOf(e.startDate)))).toEqual(new Set([2025, 2026]));
    expect(new Set(events.map((e) => path.extname(e.file)))).toEqual(new Set([".mdx", ".csv"]));
    expect(decodeCsvBytes(readFileSync(path.join(content, "events/kouza.csv")))?.encoding).toBe("cp932");
    expect(decodeCsvBytes(readFileSync(path.join(content, "events/hyojun-2026.csv")))?.encoding).toBe("utf-8-bom");
  });

  it("include online, multi-day, paid, full and cancelled events, and every kind", () => {
    expect(data.some((e) => e.format === "オンライン")).toBe(true);
    expect(data.some((e) => e.endDate > e.startDate)).toBe(true);
    expect(data.some((e) => (e.fee ?? 0) > 0)).toBe(true);
    expect(data.some((e) => e.full)).toBe(true);
    expect(data.some((e) => e.cancelled)).toBe(true);
    expect(new Set(data.map((e) => e.kind)).size).toBe(6);
  });
});

describe("NO_APPLICATION", () => {
  it.each(["申込不要", "申し込み不要です", "会員向け（申込不要）", "不要", "なし", "当日直接会場へ", "直接会場へお越しください"])(
    "reads %s as no application",
    (text) => expect(NO_APPLICATION.test(text)).toBe(true),
  );
  it.each(["電話で申し込む", "申込フォームから", "なしの場合は電話で"])("reads %s as an application", (text) =>
    expect(NO_APPLICATION.test(text)).toBe(false),
  );
});
