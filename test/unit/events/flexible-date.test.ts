import { describe, expect, it } from "vitest";
import { parseClockTime, parseFlexibleDate } from "../../../src/lib/dates/flexible-date.ts";
import { toIsoDate } from "../../../src/lib/dates/japanese-date.ts";

const iso = (text: string) => {
  const d = parseFlexibleDate(text);
  return d ? toIsoDate(d) : null;
};

describe("parseFlexibleDate", () => {
  it.each([
    ["2026-12-05", "2026-12-05"],
    ["2026/12/5", "2026-12-05"],
    ["2026.1.5", "2026-01-05"],
    ["２０２６－１２－０５", "2026-12-05"],
    ["2026年12月5日", "2026-12-05"],
    ["2026/12/5(土)", "2026-12-05"],
    ["令和8年12月5日", "2026-12-05"],
    ["R8.12.5", "2026-12-05"],
    ["令和元年5月1日", "2019-05-01"],
    ["平成31年4月30日", "2019-04-30"],
    ["昭和32年7月1日", "1957-07-01"],
    // Excel serials of the 1900 date system: 45658 is 2025-01-01, 44927 is 2023-01-01.
    ["45658", "2025-01-01"],
    ["44927", "2023-01-01"],
  ])("reads %s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    "2027-02-30", // never rolls over into March
    "2026-02-29", // not a leap year
    "2026-13-01",
    "令和8年2月30日",
    "平成31年5月1日", // 令和 had begun
    "令和元年4月30日", // 令和 had not begun
    "令和0年5月1日",
    "12月5日", // no year
    "2026-12",
    "あした",
    "",
  ])("refuses %s", (text) => {
    expect(parseFlexibleDate(text)).toBeNull();
  });

  it("accepts 2028-02-29 (a leap year)", () => {
    expect(iso("2028/2/29")).toBe("2028-02-29");
  });
});

describe("parseClockTime", () => {
  it.each([
    ["9:00", "09:00"],
    ["09:00", "09:00"],
    ["９：３０", "09:30"],
    ["14:00:00", "14:00"],
    ["9時", "09:00"],
    ["9時30分", "09:30"],
    ["9時半", "09:30"],
    ["午後2時", "14:00"],
    ["0.375", "09:00"], // Excel time serial
    ["0.5", "12:00"],
    ["0.729166666666667", "17:30"],
    ["0", "00:00"],
    ["23:59", "23:59"],
  ])("reads %s as %s", (text, expected) => {
    expect(parseClockTime(text)).toBe(expected);
  });

  it("reads a number from YAML as an Excel serial", () => {
    expect(parseClockTime(0.625)).toBe("15:00");
  });

  it.each(["24:00", "25:00", "9:60", "17:00（最終入館16:30まで）", "1.5", "午後", "nine"])("refuses %s", (text) => {
    expect(parseClockTime(text)).toBeNull();
  });
});
