import { describe, expect, it } from "vitest";
import { computeEventStatus, type EventTiming, tokyoMoment } from "../../../src/lib/events/event-status.ts";

const base: EventTiming = {
  startDate: "2026-12-05",
  endDate: "2026-12-05",
  startTime: "14:00",
  endTime: "16:00",
  cancelled: false,
  full: false,
  application: { required: true, deadline: "2026-12-01", deadlineTime: undefined },
};
const at = (date: string, time?: string) => ({ date, time });

describe("computeEventStatus", () => {
  it("counts down to the deadline: 受付中 → 締切間近 (3 days before) → 受付終了 (after the deadline day)", () => {
    expect(computeEventStatus(base, at("2026-11-27"))).toBe("受付中");
    expect(computeEventStatus(base, at("2026-11-28"))).toBe("締切間近");
    expect(computeEventStatus(base, at("2026-12-01", "23:59"))).toBe("締切間近");
    expect(computeEventStatus(base, at("2026-12-02"))).toBe("受付終了");
  });

  it("honours a deadline time", () => {
    const e = { ...base, application: { required: true, deadline: "2026-12-01", deadlineTime: "17:00" } };
    expect(computeEventStatus(e, at("2026-12-01", "16:59"))).toBe("締切間近");
    expect(computeEventStatus(e, at("2026-12-01", "17:00"))).toBe("受付終了");
    // The build knows only the date: on the deadline day it still says 締切間近.
    expect(computeEventStatus(e, at("2026-12-01"))).toBe("締切間近");
  });

  it("ends after the end time on the last day, and only then", () => {
    expect(computeEventStatus(base, at("2026-12-05", "15:59"))).toBe("受付終了");
    expect(computeEventStatus(base, at("2026-12-05", "16:00"))).toBe("終了");
    expect(computeEventStatus(base, at("2026-12-05"))).toBe("受付終了");
    expect(computeEventStatus(base, at("2026-12-06"))).toBe("終了");
  });

  it("ends at the end of the last day when there is no end time", () => {
    const allDay = { ...base, startTime: undefined, endTime: undefined, application: undefined };
    expect(computeEventStatus(allDay, at("2026-12-05", "23:59"))).toBe("申込不要");
    expect(computeEventStatus(allDay, at("2026-12-06", "00:00"))).toBe("終了");
  });

  it("shows 中止 whatever the dates", () => {
    expect(computeEventStatus({ ...base, cancelled: true }, at("2026-11-01"))).toBe("中止");
    expect(computeEventStatus({ ...base, cancelled: true }, at("2027-01-01"))).toBe("中止");
  });

  it("shows 受付終了 when full, and 終了 once over", () => {
    expect(computeEventStatus({ ...base, full: true }, at("2026-11-01"))).toBe("受付終了");
    expect(computeEventStatus({ ...base, full: true }, at("2026-12-07"))).toBe("終了");
  });

  it("shows 申込不要 when no application is needed", () => {
    expect(computeEventStatus({ ...base, application: undefined }, at("2026-12-05", "15:00"))).toBe("申込不要");
    expect(computeEventStatus({ ...base, application: { required: false } }, at("2026-11-01"))).toBe("申込不要");
  });

  it("takes applications until the start when no deadline is given", () => {
    const e = { ...base, application: { required: true } };
    expect(computeEventStatus(e, at("2026-12-01"))).toBe("受付中");
    expect(computeEventStatus(e, at("2026-12-02"))).toBe("締切間近");
    expect(computeEventStatus(e, at("2026-12-05", "13:59"))).toBe("締切間近");
    expect(computeEventStatus(e, at("2026-12-05", "14:00"))).toBe("受付終了");
  });

  it("counts days across month and year boundaries", () => {
    const e = {
      ...base,
      startDate: "2027-01-10",
      endDate: "2027-01-10",
      application: { required: true, deadline: "2027-01-02" },
    };
    expect(computeEventStatus(e, at("2026-12-30"))).toBe("締切間近");
    expect(computeEventStatus(e, at("2026-12-29"))).toBe("受付中");
    const march = {
      ...base,
      startDate: "2027-03-02",
      endDate: "2027-03-02",
      application: { required: true, deadline: "2027-03-01" },
    };
    expect(computeEventStatus(march, at("2027-02-26"))).toBe("締切間近"); // 2027 is not a leap year: 3 days
    expect(computeEventStatus(march, at("2027-02-25"))).toBe("受付中");
  });

  it("keeps a multi-day event open until its last day", () => {
    const e = { ...base, startDate: "2026-12-12", endDate: "2026-12-13", application: undefined };
    expect(computeEventStatus(e, at("2026-12-13", "15:00"))).toBe("申込不要");
    expect(computeEventStatus(e, at("2026-12-13", "16:00"))).toBe("終了");
  });
});

describe("tokyoMoment", () => {
  it("is the date and time in Japan, whatever the device's time zone", () => {
    expect(tokyoMoment(new Date("2026-11-30T14:59:00Z"))).toEqual({ date: "2026-11-30", time: "23:59" });
    expect(tokyoMoment(new Date("2026-11-30T15:00:00Z"))).toEqual({ date: "2026-12-01", time: "00:00" });
    expect(tokyoMoment(new Date("2026-12-31T15:30:00Z"))).toEqual({ date: "2027-01-01", time: "00:30" });
  });
});
