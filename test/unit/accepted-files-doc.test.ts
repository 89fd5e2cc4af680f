import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { eventCsvAliases } from "../../src/loaders/events-csv.ts";
import { RESOURCE_ALIASES } from "../../src/loaders/resources.ts";

const doc = readFileSync("docs/staff/accepted-files.md", "utf8");

/** The rows of the table that follows a heading: first cell → the back-quoted names of the second cell. */
function tableAfter(heading: string): Map<string, string[]> {
  const start = doc.indexOf(heading);
  expect(start).toBeGreaterThan(-1);
  const rows = new Map<string, string[]>();
  for (const line of doc.slice(start).split("\n").slice(1)) {
    if (line.startsWith("## ") || line.startsWith("### ")) break;
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 4 || cells[1] === "列" || cells[1]?.startsWith("---")) continue;
    rows.set(
      cells[1] ?? "",
      [...(cells[2] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ""),
    );
  }
  return rows;
}

describe("docs/staff/accepted-files.md lists exactly the column names the loaders accept", () => {
  for (const [heading, aliases] of [
    ["### 列名（医療機関・介護サービス）", RESOURCE_ALIASES],
    ["### 列名（イベント一覧）", eventCsvAliases],
  ] as const) {
    it(heading, () => {
      const table = tableAfter(heading);
      const expected = new Map(Object.values(aliases).map((names) => [names[0] as string, names.slice(1) as string[]]));
      expect(table).toEqual(expected);
    });
  }
});
