import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { encodeCp932, encodeUtf8Bom } from "../../../src/lib/opendata/csv-write.ts";
import { EVENT_EXPORT_HEADER, eventsCsv } from "../../../src/lib/opendata/opendata-events.ts";
import { readAllEvents } from "../../../src/loaders/events.ts";
import { readEventCsv } from "../../../src/loaders/events-csv.ts";
import { projectRoot } from "../../helpers/fixture-site.ts";

describe("events open data round trip (demo municipality)", () => {
  const { events, issues } = readAllEvents(path.join(projectRoot, "content"));
  const publisher = { code: "999997", name: "東京都架空市" };
  const text = eventsCsv(events, publisher);

  it("starts from valid demo events, MDX and CSV alike", () => {
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(events.some((e) => e.file.endsWith(".mdx"))).toBe(true);
    expect(events.some((e) => e.file.endsWith(".csv"))).toBe(true);
  });

  for (const [label, bytes] of [
    ["UTF-8 with BOM", encodeUtf8Bom(text)],
    ["Shift_JIS (CP932)", encodeCp932(text)],
  ] as const) {
    it(`reads the ${label} export back to the same events`, () => {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), "events-export-")), "export.csv");
      writeFileSync(file, bytes);
      const back = readEventCsv(file, "events/export.csv");
      expect(back.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(back.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
      expect(back.events.map((e) => e.data)).toEqual(events.map((e) => e.data));
    });
  }

  it("uses the national header first, then the documented extension columns", () => {
    const header = text.split("\r\n")[0]?.split(",");
    expect(header).toEqual([...EVENT_EXPORT_HEADER]);
    expect(header?.slice(0, 4)).toEqual(["全国地方公共団体コード", "ID", "地方公共団体名", "イベント名"]);
  });
});
