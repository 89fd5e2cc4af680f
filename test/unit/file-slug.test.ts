import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/content/content-issue.ts";
import { assignFileSlugs, fileSlug } from "../../src/lib/content/file-slug.ts";
import { readEventCsvFolder } from "../../src/loaders/events-csv.ts";

describe("file slugs", () => {
  it("keeps lower-case ASCII names and folds underscores, capitals, spaces and full-width characters", () => {
    expect(fileSlug("events-2026.csv")).toBe("events-2026");
    expect(fileSlug("131016_event.csv")).toBe("131016-event");
    expect(fileSlug("Care_Service.CSV")).toBe("care-service");
    expect(fileSlug("ＥＶＥＮＴ　２０２６.csv")).toBe("event-2026");
  });

  it("gives Japanese names a stable hash so that two Japanese names never meet", () => {
    const a = fileSlug("イベント一覧.csv");
    const b = fileSlug("講座一覧.csv");
    expect(a).toMatch(/^file-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(fileSlug("イベント一覧.csv")).toBe(a);
    expect(fileSlug("2026年度イベント.csv")).toMatch(/^2026-[0-9a-f]{8}$/);
    // NFD and NFC spellings of the same name (macOS writes NFD) give the same slug
    expect(fileSlug("イベント一覧.csv".normalize("NFD"))).toBe(a);
  });

  it("reports two names that derive the same slug, naming both files", () => {
    const { slugs, issues } = assignFileSlugs("events", ["131016-event.csv", "131016_Event.csv"]);
    expect([...slugs.keys()]).toEqual(["131016-event.csv"]);
    expect(formatIssue(issues[0]!)).toMatch(/「131016-event\.csv」と「131016_Event\.csv」から同じ URL の名前「131016-event」/);
  });

  it("the events folder builds both kinds of names and stops a colliding pair with a located error", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "file-slug-"));
    mkdirSync(path.join(dir, "events"));
    const csv = "イベント名,開始日,場所名称\r\n認知症カフェ,2026-12-10,架空市民会館\r\n";
    writeFileSync(path.join(dir, "events", "131016_event.csv"), csv);
    writeFileSync(path.join(dir, "events", "131016-EVENT.csv"), csv);
    writeFileSync(path.join(dir, "events", "イベント一覧.csv"), csv);
    const { events, issues } = readEventCsvFolder(dir);
    expect(issues.map(formatIssue).filter((l) => l.startsWith("エラー"))).toEqual([
      expect.stringMatching(/「131016-EVENT.csv」と「131016_event.csv」/),
    ]);
    expect(events.map((e) => e.file).sort()).toEqual(["events/131016-EVENT.csv", "events/イベント一覧.csv"]);
    expect(issues.filter((i) => i.severity === "error").map((i) => i.file)).toEqual(["events/131016_event.csv"]);
  });
});
