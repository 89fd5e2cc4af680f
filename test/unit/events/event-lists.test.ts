import { describe, expect, it } from "vitest";
import {
  endIso,
  formatEventDates,
  formatEventTimes,
  formatEventWhen,
  formatMonth,
  startIso,
} from "../../../src/lib/events/event-dates.ts";
import { archiveByFiscalYear, type EventItem, eventAreas, groupByMonth, upcomingEvents } from "../../../src/lib/events/events.ts";
import { eventSchema } from "../../../src/schemas/event.ts";

function item(id: string, startDate: string, extra: Record<string, unknown> = {}): EventItem {
  return {
    id,
    data: eventSchema.parse({ title: id, kind: "講演会", startDate, place: { name: "会場" }, ...extra }),
  };
}

describe("formatting when an event takes place", () => {
  it("writes one day with weekday and hours", () => {
    const e = item("a", "2026-12-05", { startTime: "14:00", endTime: "16:00" }).data;
    expect(formatEventWhen(e)).toBe("2026年12月5日(土) 14:00〜16:00");
    expect(formatEventWhen(e, "wareki")).toBe("令和8年12月5日(土) 14:00〜16:00");
  });

  it("writes morning hours without a leading zero, and open-ended hours", () => {
    expect(formatEventTimes({ startTime: "09:30", endTime: "11:00" })).toBe("9:30〜11:00");
    expect(formatEventTimes({ startTime: "09:30" })).toBe("9:30〜");
    expect(formatEventTimes({})).toBe("");
  });

  it("writes multi-day ranges, repeating the year only when it changes", () => {
    expect(formatEventDates({ startDate: "2026-12-12", endDate: "2026-12-13" })).toBe("2026年12月12日(土)〜12月13日(日)");
    expect(formatEventDates({ startDate: "2026-12-31", endDate: "2027-01-02" })).toBe("2026年12月31日(木)〜2027年1月2日(土)");
    expect(formatEventDates({ startDate: "2026-12-31", endDate: "2027-01-02" }, "wareki")).toBe(
      "令和8年12月31日(木)〜令和9年1月2日(土)",
    );
    expect(formatEventWhen({ startDate: "2026-12-12", endDate: "2026-12-13", startTime: "09:00", endTime: "17:00" })).toBe(
      "2026年12月12日(土)〜12月13日(日) 各日9:00〜17:00",
    );
  });

  it("writes month headings in either calendar, across the era change", () => {
    expect(formatMonth("2026-12")).toBe("2026年12月");
    expect(formatMonth("2019-04", "wareki")).toBe("平成31年4月");
    expect(formatMonth("2019-05", "wareki")).toBe("令和元年5月");
  });

  it("gives ISO 8601 times in +09:00, or dates for all-day events", () => {
    const e = { startDate: "2026-12-12", endDate: "2026-12-13", startTime: "09:00", endTime: "17:00" };
    expect(startIso(e)).toBe("2026-12-12T09:00:00+09:00");
    expect(endIso(e)).toBe("2026-12-13T17:00:00+09:00");
    expect(startIso({ startDate: "2026-12-12", endDate: "2026-12-12" })).toBe("2026-12-12");
  });
});

describe("upcoming events", () => {
  const items = [
    item("later", "2027-01-10"),
    item("ends-today", "2026-11-27", { endDate: "2026-11-28" }),
    item("yesterday", "2026-11-27"),
    item("same-day-later", "2026-12-05", { startTime: "14:00" }),
    item("same-day-earlier", "2026-12-05", { startTime: "10:00" }),
    item("all-day", "2026-12-05"),
  ];

  it("keep events whose last day is today or later, soonest first (all-day, then by start time)", () => {
    expect(upcomingEvents(items, "2026-11-28").map((e) => e.id)).toEqual([
      "ends-today",
      "all-day",
      "same-day-earlier",
      "same-day-later",
      "later",
    ]);
  });

  it("group by the month they start in, across the year boundary", () => {
    const groups = groupByMonth(upcomingEvents(items, "2026-11-28"));
    expect(groups.map((g) => [g.month, g.items.length])).toEqual([
      ["2026-11", 1],
      ["2026-12", 3],
      ["2027-01", 1],
    ]);
  });
});

describe("archive by fiscal year (April–March)", () => {
  const items = [
    item("fy2025-last-day", "2026-03-31"),
    item("fy2026-first-day", "2026-04-01"),
    item("fy2025-first-day", "2025-04-01"),
    item("fy2024-last-day", "2025-03-31"),
    item("running", "2026-11-20", { endDate: "2026-11-28" }),
    item("future", "2027-03-31"),
  ];

  it("puts ended events in the fiscal year of their start, newest year first, dates in order", () => {
    const archive = archiveByFiscalYear(items, "2026-11-28");
    expect(archive.map((y) => [y.fiscalYear, y.items.map((e) => e.id)])).toEqual([
      [2026, ["fy2026-first-day"]],
      [2025, ["fy2025-first-day", "fy2025-last-day"]],
      [2024, ["fy2024-last-day"]],
    ]);
  });

  it("moves an event into the archive the day after it ends", () => {
    const archive = archiveByFiscalYear(items, "2026-11-29");
    expect(archive[0]?.items.map((e) => e.id)).toEqual(["fy2026-first-day", "running"]);
  });
});

describe("eventAreas", () => {
  it("lists each area once, in Japanese order", () => {
    const list = [item("a", "2026-12-01", { area: "さくら地区" }), item("b", "2026-12-02", { area: "あおば地区" })];
    expect(eventAreas([...list, item("c", "2026-12-03"), item("d", "2026-12-04", { area: "さくら地区" })])).toEqual([
      "あおば地区",
      "さくら地区",
    ]);
  });
});
