/**
 * A site built from real published files (test/fixtures/real), unchanged, with the staff's .columns.yaml where the
 * file is in no national layout: every row kept becomes exactly one page, and nothing is left unexplained. The
 * expected rows come from reading the same bytes independently (csv-parse), not from our output.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuildRun, copyFixture, editFile, runBuild } from "../helpers/fixture-site.ts";

const REAL = path.resolve("test/fixtures/real");
/** Small files of four publishers and three layouts (national 推奨, MHLW, the city's own through a mapping). */
const FILES = [
  "222127_kyuugobyouinn.csv",
  "takamatsu_regional_comprehensive_support_center_data.csv",
  "takamatsu_elderly_welfare_facility_data.csv",
  "jigyosho_155.csv",
];

/** The events files: 焼津市 in the current national layout, 高松市 in its own layout through its .columns.yaml. */
const EVENT_FILES = ["event.csv", "takamatsu_events_data.csv"];

function independentRows(name: string): Record<string, string>[] {
  const text = readFileSync(path.join(REAL, name), "utf8").replace(/^\uFEFF/, "");
  return parse(text, { columns: true, skip_empty_lines: true, record_delimiter: ["\r\n", "\n"] }) as Record<string, string>[];
}

let run: BuildRun;
beforeAll(() => {
  const dir = copyFixture("minimal");
  editFile(dir, "site.yaml", (text) => `${text}resources:\n  area: all\n`);
  mkdirSync(path.join(dir, "content/resources"), { recursive: true });
  for (const name of FILES) {
    copyFileSync(path.join(REAL, name), path.join(dir, "content/resources", name));
    const columns = name.replace(/\.csv$/, ".columns.yaml");
    if (existsSync(path.join(REAL, columns)))
      copyFileSync(path.join(REAL, columns), path.join(dir, "content/resources", columns));
  }
  mkdirSync(path.join(dir, "content/events"), { recursive: true });
  for (const name of EVENT_FILES) {
    copyFileSync(path.join(REAL, name), path.join(dir, "content/events", name));
    const columns = name.replace(/\.csv$/, ".columns.yaml");
    if (existsSync(path.join(REAL, columns))) copyFileSync(path.join(REAL, columns), path.join(dir, "content/events", columns));
  }
  run = runBuild(dir);
});

describe("a site from real files, unchanged", () => {
  it("builds", () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it("makes one page per office: every published name has its page", () => {
    const pages = readdirSync(path.join(run.outDir, "resources"), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !["area", "feature", "type"].includes(e.name) && !/^\d+$/.test(e.name))
      .map((e) => readFileSync(path.join(run.outDir, "resources", e.name, "index.html"), "utf8"));
    const titles = new Set(
      pages.map((html) =>
        /<h1[^>]*>([\s\S]*?)<\/h1>/
          .exec(html)?.[1]
          ?.replace(/<[^>]+>/g, "")
          .trim(),
      ),
    );
    const names = new Set(
      FILES.flatMap((name) =>
        independentRows(name).map((r) => (r["名称"] ?? r["name"] ?? r["事業所名"] ?? "").normalize("NFKC").trim()),
      ),
    );
    for (const name of names)
      expect(
        [...titles].some((t) => t?.normalize("NFKC") === name),
        name,
      ).toBe(true);
    // 155 lists an office once per service; other files one row per office
    expect(pages.length).toBeLessThanOrEqual(FILES.reduce((n, f) => n + independentRows(f).length, 0));
    expect(pages.length).toBeGreaterThanOrEqual(names.size);
  });

  it("makes one page per event of the 焼津市 file (every row) at /events/event-<ID>/, titled with its イベント名", () => {
    for (const row of independentRows("event.csv")) {
      const page = path.join(run.outDir, "events", `event-${row["ID"]}`, "index.html");
      expect(existsSync(page), row["ID"]).toBe(true);
      const html = readFileSync(page, "utf8");
      expect(h1(html)).toBe(row["イベント名"]);
      // no 場所名称: the venue is on the city's page for the event, and the page says so with its link
      const pointer = `<a href="${row["コンテンツURL"]}">イベントの案内ページ</a>でご確認ください`;
      expect(html.includes(pointer), row["ID"]).toBe(!row["場所名称"]?.trim());
    }
  });

  it("makes a page for each 高松市 row with one day or one range, and none for the rows left out", () => {
    const rows = independentRows("takamatsu_events_data.csv");
    // one event: a single day or a single range, weekdays in brackets aside (read here, not by the loader)
    const oneEvent = (cell: string) =>
      /^\d{1,2}月\d{1,2}日(?:[～~]\d{1,2}月\d{1,2}日)?$/.test(cell.replace(/\s+/g, "").replace(/[（(][^）)]*[）)]/g, ""));
    const kept = rows.filter((r) => oneEvent(r["開催日"] ?? ""));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(rows.length);
    for (const row of rows) {
      const page = path.join(run.outDir, "events", `takamatsu-events-data-${row["№"]}`, "index.html");
      expect(existsSync(page), row["№"]).toBe(oneEvent(row["開催日"] ?? ""));
      if (existsSync(page)) expect(h1(readFileSync(page, "utf8"))).toBe(row["行事名"]?.replace(/\s+/g, " ").trim());
    }
  });
});

/** The text of a page's first heading. */
function h1(html: string): string | undefined {
  return /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
