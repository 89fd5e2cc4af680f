/** The days-and-hours line of a resource page. */
import { describe, expect, it } from "vitest";
import { resourceHoursText } from "../../src/lib/resources/resource-hours.ts";

describe("resourceHoursText", () => {
  it("two clock times are a range after the days", () => {
    expect(resourceHoursText({ days: "月火水木金", openTime: "8:30", closeTime: "17:15" })).toBe("月火水木金 8:30〜17:15");
  });

  it("one time alone is labelled, and nothing at all gives an empty line", () => {
    expect(resourceHoursText({ openTime: "9:00" })).toBe("開始 9:00");
    expect(resourceHoursText({ days: "平日" })).toBe("平日");
    expect(resourceHoursText({})).toBe("");
  });
});
