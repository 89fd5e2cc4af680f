import { describe, expect, it } from "vitest";
import { eventSchema } from "../../../src/schemas/event.ts";
import { csvText, LEGACY, read, sampleRows } from "../../helpers/events-csv.ts";

/** 地区 names that would name another folder or change the link of /events/area/<地区>/. */
const pathLike = ["東/西地区", "../../../x", "..", " . ", "北\\南", "北?", "南#1", "100%地区"];
/** Names staff write: kept. */
const names = ["北地区", "中央・東地区", "第1地区（旧A町）", "west-area", "A.B地区"];

describe("an event's 地区, which is the folder of its area page", () => {
  it.each(pathLike)("「%s」 in an events CSV: the row's located error in the 地区 column", (area) => {
    const { errors, events } = read(csvText([...LEGACY, "地区"], [{ ...sampleRows[0], 地区: area }]));
    expect(events).toEqual([]);
    expect(errors.map((e) => [e.line, e.field])).toEqual([[2, "地区"]]);
    expect(errors[0]?.message).toMatch(/地区の名前はページの URL になるため/);
  });

  it.each(pathLike)("「%s」 in front matter: refused by the schema at area", (area) => {
    const event = { title: "t", kind: "講演会", startDate: "2026-12-05", place: { name: "会館" }, area };
    const result = eventSchema.safeParse(event);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("area");
  });

  it.each(names)("「%s」: accepted", (area) => {
    const { errors, events } = read(csvText([...LEGACY, "地区"], [{ ...sampleRows[0], 地区: area }]));
    expect(errors).toEqual([]);
    expect(events[0]?.data.area).toBe(area);
  });
});
