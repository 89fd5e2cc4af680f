import { describe, expect, it } from "vitest";
import { holidayDatesBetween, holidayName, holidaysForBrowser, isPublicHoliday } from "../../../src/lib/dates/holidays.ts";
import {
  describeStatus,
  hoursOn,
  type OpeningHours,
  openingStatus,
  parseDayHours,
  parseNthWeekday,
  summarizeWeekly,
  tokyoMoment,
} from "../../../src/lib/windows/opening-hours.ts";
import { openingHoursSchema } from "../../../src/schemas/consultation-window.ts";

const weekdays = (ranges: string) => openingHoursSchema.parse({ weekly: { 平日: ranges } });

describe("parseDayHours", () => {
  it("reads the ways staff write hours", () => {
    expect(parseDayHours("8:30-17:15")).toEqual([{ start: 510, end: 1035 }]);
    expect(parseDayHours("８：３０〜１７：１５")).toEqual([{ start: 510, end: 1035 }]);
    expect(parseDayHours("8時30分～12時、13時～17時15分")).toEqual([
      { start: 510, end: 720 },
      { start: 780, end: 1035 },
    ]);
    expect(parseDayHours("休み")).toEqual([]);
    expect(parseDayHours("24時間")).toEqual([{ start: 0, end: 1440 }]);
    expect(parseDayHours("22:00-翌6:00")).toEqual([{ start: 1320, end: 1800 }]);
  });
  it("explains what is wrong", () => {
    expect(parseDayHours("22:00-6:00")).toMatch(/翌/);
    expect(parseDayHours("朝から夕方")).toMatch(/時間として読めません/);
    expect(parseDayHours("9:00-12:00, 11:00-13:00")).toMatch(/重なって/);
    expect(parseDayHours("9:75-12:00")).toMatch(/読めません/);
  });
});

describe("parseNthWeekday", () => {
  it("reads 第N曜日 rules", () => {
    expect(parseNthWeekday("第2日曜")).toEqual({ weekday: 0, nth: [2] });
    expect(parseNthWeekday("第2・第4土曜日")).toEqual({ weekday: 6, nth: [2, 4] });
    expect(parseNthWeekday("毎月第１，３水曜")).toEqual({ weekday: 3, nth: [1, 3] });
    expect(parseNthWeekday("最終金曜")).toEqual({ weekday: 5, nth: [-1] });
    expect(parseNthWeekday("毎週日曜")).toBeNull();
  });
});

describe("holidays (maintained dataset, offline)", () => {
  it("knows 振替休日, 国民の休日 and the equinoxes, and reaches beyond 2027", () => {
    expect(holidayName("2025-05-06")).toContain("振替休日"); // みどりの日 5/4 fell on a Sunday
    expect(holidayName("2026-09-22")).toBe("休日"); // between 敬老の日 and 秋分の日
    expect(isPublicHoliday("2027-03-21")).toBe(true); // 春分の日
    expect(isPublicHoliday("2027-03-22")).toBe(true); // its 振替休日
    expect(isPublicHoliday("2026-12-29")).toBe(false); // 年末年始 is not a public holiday
    expect(holidayDatesBetween("2028-01-01", "2028-12-31").length).toBeGreaterThanOrEqual(16);
  });
  it("hands the browser two years of dates from the build day", () => {
    const { dates, until } = holidaysForBrowser("2026-11-28");
    expect(until).toBe("2028-11-28");
    expect(dates[0]).toBe("2027-01-01");
    expect(dates).toContain("2028-11-23");
    expect(dates).not.toContain("2028-12-23");
  });
});

describe("hoursOn and openingStatus", () => {
  const centre: OpeningHours = openingHoursSchema.parse({
    weekly: { 平日: "8:30-17:15", 土: "8:30-12:00" },
    rules: [{ days: "第2日曜", hours: "9:00-12:00" }],
    dates: [{ date: "2026-12-28", hours: "休み" }],
  });
  const night: OpeningHours = openingHoursSchema.parse({
    weekly: { 金: "22:00-翌6:00" },
    holidays: "通常どおり",
    yearEnd: "通常どおり",
  });

  it("applies dates, then 年末年始, then holidays, then 第N rules, then weekly hours", () => {
    expect(hoursOn(centre, "2026-12-28", isPublicHoliday).reason).toBe("date"); // a Monday, closed by date
    expect(hoursOn(centre, "2026-12-29", isPublicHoliday)).toEqual({ ranges: [], reason: "yearEnd" });
    expect(hoursOn(centre, "2027-01-03", isPublicHoliday)).toEqual({ ranges: [], reason: "yearEnd" });
    expect(hoursOn(centre, "2026-11-23", isPublicHoliday)).toEqual({ ranges: [], reason: "holiday" }); // 勤労感謝の日 (Mon)
    expect(hoursOn(centre, "2026-12-13", isPublicHoliday)).toEqual({ ranges: [{ start: 540, end: 720 }], reason: "rule" }); // 2nd Sunday
    expect(hoursOn(centre, "2026-12-06", isPublicHoliday)).toEqual({ ranges: [], reason: "weekly" }); // 1st Sunday
  });

  it("is open inside a range and says until when", () => {
    const status = openingStatus(centre, { date: "2026-11-30", minutes: 600 }, isPublicHoliday);
    expect(status).toEqual({ open: true, closes: { date: "2026-11-30", minutes: 1035 } });
    expect(describeStatus(status, { date: "2026-11-30", minutes: 600 })).toBe("受付中です（17:15まで）");
  });

  it("finds the next opening over a 振替休日 weekend", () => {
    // 2027-03-20 (Sat) after noon; 3/21 (Sun, 春分の日) and 3/22 (Mon, 振替休日) closed → Tuesday 3/23 8:30.
    const now = { date: "2027-03-20", minutes: 13 * 60 };
    const status = openingStatus(centre, now, isPublicHoliday);
    expect(status).toEqual({ open: false, next: { date: "2027-03-23", minutes: 510 } });
    expect(describeStatus(status, now)).toBe("受付時間外です。次は 3月23日(火) 8:30 からです");
  });

  it("skips 年末年始 (12/29–1/3) to the first working day", () => {
    // Monday 2026-12-28 is closed by date, 12/29–1/3 by 年末年始, 1/4 is a Monday.
    expect(openingStatus(centre, { date: "2026-12-26", minutes: 13 * 60 }, isPublicHoliday).next).toEqual({
      date: "2027-01-04",
      minutes: 510,
    });
  });

  it("opens on the 2nd Sunday only in the morning", () => {
    expect(openingStatus(centre, { date: "2026-12-13", minutes: 11 * 60 + 59 }, isPublicHoliday).open).toBe(true);
    expect(openingStatus(centre, { date: "2026-12-13", minutes: 12 * 60 }, isPublicHoliday).open).toBe(false);
  });

  it("stays open across midnight into the next day", () => {
    expect(openingStatus(night, { date: "2026-12-05", minutes: 5 * 60 }, isPublicHoliday)).toEqual({
      open: true,
      closes: { date: "2026-12-05", minutes: 360 },
    }); // Saturday 5:00, opened Friday 22:00
    expect(openingStatus(night, { date: "2026-12-05", minutes: 6 * 60 }, isPublicHoliday).open).toBe(false);
    const fridayNight = openingStatus(night, { date: "2026-12-04", minutes: 23 * 60 }, isPublicHoliday);
    expect(fridayNight).toEqual({ open: true, closes: { date: "2026-12-05", minutes: 360 } });
    expect(describeStatus(fridayNight, { date: "2026-12-04", minutes: 23 * 60 })).toBe("受付中です（明日 12月5日(土) 6:00まで）");
  });

  it("reports no next opening when the window never opens", () => {
    expect(openingStatus(openingHoursSchema.parse({ weekly: {} }), { date: "2026-12-01", minutes: 0 }, () => false)).toEqual({
      open: false,
    });
  });
});

describe("tokyoMoment", () => {
  it("gives the date and time in Japan whatever the instant's zone", () => {
    expect(tokyoMoment(new Date("2026-12-31T15:30:00Z"))).toEqual({ date: "2027-01-01", minutes: 30 });
    expect(tokyoMoment(new Date("2026-06-01T00:00:00-09:00"))).toEqual({ date: "2026-06-01", minutes: 18 * 60 });
  });
});

describe("summarizeWeekly", () => {
  it("joins consecutive days with equal hours", () => {
    expect(summarizeWeekly(openingHoursSchema.parse({ weekly: { 平日: "8:30-17:15", 土: "8:30-12:00" } }))).toBe(
      "月〜金 8:30〜17:15、土 8:30〜12:00",
    );
    expect(summarizeWeekly(openingHoursSchema.parse({ weekly: { 月: "9:00-17:00", 水: "9:00-17:00" } }))).toBe(
      "月 9:00〜17:00、水 9:00〜17:00",
    );
    expect(summarizeWeekly(weekdays("9:00-12:00、13:00-17:00"))).toBe("月〜金 9:00〜12:00、13:00〜17:00");
  });
});
