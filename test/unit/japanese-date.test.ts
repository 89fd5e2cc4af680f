import { describe, expect, it } from "vitest";
import {
  daysBetween,
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalYear,
  formatJapaneseDate,
  japaneseWeekday,
  parseIsoDate,
  toWareki,
} from "../../src/lib/dates/japanese-date.ts";
import { siteToday } from "../../src/lib/dates/today.ts";

describe("formatJapaneseDate", () => {
  it("writes western dates with the weekday", () => {
    expect(formatJapaneseDate("2026-12-05", { weekday: true })).toBe("2026年12月5日(土)");
    expect(formatJapaneseDate("2026-10-01")).toBe("2026年10月1日");
  });
  it("writes 和暦 with 元年 and era boundaries", () => {
    expect(formatJapaneseDate("2026-12-05", { style: "wareki", weekday: true })).toBe("令和8年12月5日(土)");
    expect(formatJapaneseDate("2019-05-01", { style: "wareki" })).toBe("令和元年5月1日");
    expect(formatJapaneseDate("2019-04-30", { style: "wareki" })).toBe("平成31年4月30日");
    expect(formatJapaneseDate("1989-01-07", { style: "wareki" })).toBe("昭和64年1月7日");
    expect(formatJapaneseDate("1989-01-08", { style: "wareki" })).toBe("平成元年1月8日");
    expect(formatJapaneseDate("1926-12-25", { style: "wareki" })).toBe("昭和元年12月25日");
    expect(formatJapaneseDate("1926-12-24", { style: "wareki" })).toBe("大正15年12月24日");
  });
  it("rejects impossible dates", () => {
    expect(parseIsoDate("2026-02-29")).toBeNull();
    expect(parseIsoDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(() => formatJapaneseDate("2026-13-01")).toThrow(/日付/);
  });
  it("knows weekdays across years", () => {
    expect(japaneseWeekday({ year: 2027, month: 1, day: 1 })).toBe("金");
    expect(japaneseWeekday({ year: 2026, month: 11, day: 30 })).toBe("月");
  });
  it("returns the era year", () => {
    expect(toWareki({ year: 2027, month: 3, day: 31 })).toEqual({ era: "令和", year: 9 });
  });
});

describe("fiscal years (年度)", () => {
  it("run from April 1 to March 31", () => {
    expect(fiscalYearOf("2027-03-31")).toBe(2026);
    expect(fiscalYearOf("2027-04-01")).toBe(2027);
    expect(fiscalYearRange(2026)).toEqual({ start: "2026-04-01", end: "2027-03-31" });
  });
  it("are labelled in both calendars", () => {
    expect(formatFiscalYear(2026)).toBe("2026年度");
    expect(formatFiscalYear(2026, "wareki")).toBe("令和8年度");
    expect(formatFiscalYear(2019, "wareki")).toBe("平成31年度");
    expect(formatFiscalYear(2020, "wareki")).toBe("令和2年度");
  });
  it("count days between dates", () => {
    expect(daysBetween("2026-03-31", "2026-04-01")).toBe(1);
    expect(daysBetween("2025-11-28", "2026-11-28")).toBe(365);
  });
});

describe("siteToday", () => {
  it("takes SITE_TODAY when set", () => {
    expect(siteToday({ SITE_TODAY: "2026-12-05" })).toBe("2026-12-05");
  });
  it("refuses a malformed SITE_TODAY with a Japanese message", () => {
    expect(() => siteToday({ SITE_TODAY: "2026/12/5x" })).toThrow(/SITE_TODAY/);
  });
  it("uses the date in Asia/Tokyo, not the server's zone", () => {
    // 2026-11-30 16:30 UTC is already December 1 in Japan.
    expect(siteToday({}, new Date("2026-11-30T16:30:00Z"))).toBe("2026-12-01");
    expect(siteToday({}, new Date("2026-11-30T14:59:00Z"))).toBe("2026-11-30");
  });
});
