import { describe, expect, it } from "vitest";
import { eventSchema } from "../../../src/schemas/event.ts";

const valid = {
  title: "在宅医療講演会",
  kind: "講演会",
  startDate: "2026-12-05",
  startTime: "14:00",
  endTime: "16:00",
  place: { name: "市民会館" },
};

const messages = (input: unknown) => {
  const result = eventSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("eventSchema", () => {
  it("fills defaults: end date = start date, 会場, 住民, not cancelled", () => {
    const e = eventSchema.parse(valid);
    expect(e).toMatchObject({ endDate: "2026-12-05", format: "会場", audience: ["住民"], cancelled: false, full: false });
  });

  it("reads a YAML date object and full-width times as staff type them", () => {
    const e = eventSchema.parse({ ...valid, startDate: new Date("2026-12-05T00:00:00Z"), startTime: "１４：００" });
    expect([e.startDate, e.startTime]).toEqual(["2026-12-05", "14:00"]);
  });

  it("accepts its own output unchanged (the CSV collection validates loader output again)", () => {
    const once = eventSchema.parse({
      ...valid,
      contact: { phone: "０３－００００－１２３４" },
      application: { deadline: "2026/12/1", deadlineTime: "0.75" },
    });
    expect(eventSchema.parse(once)).toEqual(once);
  });

  it("refuses unknown keys and unknown kinds", () => {
    expect(messages({ ...valid, speaker: "医師" })[0]?.[0]).toBe("");
    expect(messages({ ...valid, kind: "お祭り" })[0]?.[0]).toBe("kind");
  });

  it("refuses an end before the start, and an end time not after the start time on one day", () => {
    expect(messages({ ...valid, endDate: "2026-12-04" })).toEqual([["endDate", "終了日が開始日（2026-12-05）より前です"]]);
    expect(messages({ ...valid, endTime: "14:00" })[0]?.[0]).toBe("endTime");
    // over two days the hours are daily, so 18:00–09:00 is not checked against each other
    expect(messages({ ...valid, endDate: "2026-12-06", startTime: "18:00", endTime: "09:00" })).toEqual([]);
  });

  it("needs a start time when an end time is given", () => {
    expect(messages({ ...valid, startTime: undefined })[0]?.[0]).toBe("startTime");
  });

  it("refuses a deadline after the event", () => {
    expect(messages({ ...valid, application: { deadline: "2026-12-06" } })[0]?.[0]).toBe("application.deadline");
  });

  it("needs a venue unless the event is online only", () => {
    expect(messages({ ...valid, place: undefined })[0]?.[0]).toBe("place");
    expect(messages({ ...valid, place: undefined, format: "オンライン" })).toEqual([]);
  });

  it("needs both coordinates or neither, within range", () => {
    expect(messages({ ...valid, place: { name: "会場", lat: 35.6 } })[0]?.[0]).toBe("place.lon");
    expect(messages({ ...valid, place: { name: "会場", lat: 135.6, lon: 35 } })[0]?.[0]).toBe("place.lat");
  });

  it("allows only http(s) links", () => {
    expect(messages({ ...valid, url: "javascript:alert(1)" })[0]?.[0]).toBe("url");
    expect(messages({ ...valid, application: { url: "data:text/html,x" } })[0]?.[0]).toBe("application.url");
    expect(messages({ ...valid, url: "https://city.example.jp/event" })).toEqual([]);
  });

  it("refuses impossible dates instead of rolling them over", () => {
    expect(messages({ ...valid, startDate: "2027-02-30" })[0]?.[0]).toBe("startDate");
  });

  it("keeps activity-report facts: attendance, audience, area", () => {
    const e = eventSchema.parse({ ...valid, attendance: 42, audience: ["医療機関", "介護事業所"], area: "北地区" });
    expect([e.attendance, e.audience, e.area]).toEqual([42, ["医療機関", "介護事業所"], "北地区"]);
    expect(messages({ ...valid, audience: ["家族"] })[0]?.[0]).toBe("audience.0");
  });
});
