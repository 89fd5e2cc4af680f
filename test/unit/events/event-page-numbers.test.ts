import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/lib/content/content-issue.ts";
import { readAllEvents } from "../../../src/loaders/events.ts";

/** A content folder with the given MDX events (file name → nothing else differs). */
function folder(names: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "events-pages-"));
  mkdirSync(path.join(dir, "events"));
  for (const name of names) {
    writeFileSync(
      path.join(dir, "events", name),
      "---\ntitle: 講演会\nkind: 講演会\nstartDate: 2026-12-05\nplace:\n  name: 会場\n---\n\n本文\n",
    );
  }
  return dir;
}

describe("event URLs and the pages of the events list", () => {
  it("refuses an MDX event named only with digits: /events/2/ is page 2 of the list", () => {
    const { events, issues } = readAllEvents(folder(["2.mdx", "koen-2.mdx"]));
    expect(events.map((e) => e.id)).toEqual(["koen-2"]);
    expect(issues.map(formatIssue).join("\n")).toMatch(
      /events\/2\.mdx 項目「ファイル名」: イベントのページの URL（\/events\/2\/）が、催しの一覧の 2 ページ目の URL と重なります/,
    );
  });

  it("accepts names with digits and other characters", () => {
    const { issues } = readAllEvents(folder(["2026-12-05-koen.mdx", "cafe2.mdx"]));
    expect(issues).toEqual([]);
  });
});
