import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/lib/content/content-issue.ts";
import { readAllEvents } from "../../../src/loaders/events.ts";
import { csvText, LEGACY, sampleRows } from "../../helpers/events-csv.ts";

describe("all events of a content folder", () => {
  function folder(files: Record<string, string | Uint8Array>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), "events-dir-"));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), content);
    }
    return dir;
  }
  const mdx = (extra = "") =>
    `---\ntitle: 講演会\nkind: 講演会\nstartDate: 2026-12-05\nplace:\n  name: 会場\n${extra}---\n\n本文\n`;

  it("merges MDX and CSV events into one list", () => {
    const dir = folder({ "events/koen.mdx": mdx(), "events/list.csv": iconv.encode(csvText(LEGACY, sampleRows), "cp932") });
    const { events, issues } = readAllEvents(dir);
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.id, e.file, e.row])).toEqual([
      ["koen", "events/koen.mdx", undefined],
      ["list-1", "events/list.csv", 2],
      ["list-2", "events/list.csv", 3],
    ]);
  });

  it("refuses two events with the same URL, naming both places", () => {
    const rows = [{ ...sampleRows[0], NO: "koen" }];
    const dir = folder({ "events/koen.mdx": mdx(), "events/list.csv": csvText(LEGACY, rows) });
    const message = readAllEvents(dir).issues.map(formatIssue).join("\n");
    expect(message).toMatch(
      /events\/list\.csv:2 項目「ID」: イベントのページの URL（\/events\/koen\/）が events\/koen\.mdx と重なっています/,
    );
  });

  it("locates front-matter errors of MDX events by line", () => {
    const dir = folder({ "events/koen.mdx": mdx("endDate: 2026-12-04\n") });
    expect(readAllEvents(dir).issues.map(formatIssue)[0]).toMatch(/events\/koen\.mdx:7 項目「endDate」: 終了日が開始日/);
  });

  it("checks that a referenced 出前講座 menu item exists", () => {
    const dir = folder({ "events/koen.mdx": mdx("talk: mitori\n") });
    expect(readAllEvents(dir).issues.map(formatIssue)[0]).toMatch(
      /項目「talk」: 出前講座メニュー talks\/mitori\.mdx がありません/,
    );
  });
});
