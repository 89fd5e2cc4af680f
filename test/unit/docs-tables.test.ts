import { readFileSync } from "node:fs";
import path from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { DOCS_WITH_TABLES, markdownTable, REGENERATE_COMMAND, regenerate } from "../../scripts/docs-tables.ts";
import { eventCsvAliases } from "../../src/data/columns/event-columns.ts";
import { RESOURCE_ALIASES } from "../../src/data/columns/resource-columns.ts";
import { mapHeaders } from "../../src/loaders/csv/headers.ts";
import { projectRoot } from "../helpers/fixture-site.ts";

const read = (file: string) => readFileSync(path.join(projectRoot, file), "utf8");

describe("docs column tables are generated from the column definitions", () => {
  for (const file of Object.keys(DOCS_WITH_TABLES)) {
    it(`${file} holds the tables the definitions produce`, () => {
      const text = read(file);
      expect(regenerate(file, text) === text, `${file}: the column tables are out of date; run: ${REGENERATE_COMMAND}`).toBe(
        true,
      );
    });
  }

  it("a hand edit inside a table is a difference the generator undoes", () => {
    const file = "docs/staff/accepted-files.md";
    const text = read(file);
    const edited = text.replace("| 都道府県名 ", "| 都道府県の名前 ");
    expect(edited).not.toBe(text);
    expect(regenerate(file, edited)).toBe(text);
  });

  it("a doc without one of its blocks is an error naming the block", () => {
    const file = "docs/staff/resources.md";
    const text = read(file).replace(/<!-- columns:resource-formats:start[^>]*-->/, "");
    expect(() => regenerate(file, text)).toThrow(/columns:resource-formats:start/);
  });

  it("every name the accepted-files tables list is read as the column it stands for", () => {
    const text = read("docs/staff/accepted-files.md");
    const tables: [string, Record<string, readonly string[]>][] = [
      ["resource-aliases", RESOURCE_ALIASES],
      ["event-aliases", eventCsvAliases],
    ];
    for (const [block, aliases] of tables) {
      const body = text.slice(text.indexOf(`columns:${block}:start`), text.indexOf(`columns:${block}:end`));
      for (const [field, names] of Object.entries(aliases)) {
        const row = body.split("\n").find((l) => l.startsWith(`| ${names[0]} `));
        expect(row, `${block}: ${names[0]}`).toBeDefined();
        const listed = [names[0] ?? "", ...[...(row ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "")];
        for (const name of listed) expect(mapHeaders([name], aliases).columns, name).toEqual({ [field]: 0 });
      }
    }
  });

  it("writes a GFM table whose cells stay cells (a | in a value is escaped)", () => {
    const tree = fromMarkdown(markdownTable(["列", "値"], [["a|b", "`c`"]]), {
      extensions: [gfm()],
      mdastExtensions: [gfmFromMarkdown()],
    });
    const table = tree.children[0];
    expect(table?.type).toBe("table");
    const cells = table?.type === "table" ? table.children.map((row) => row.children.length) : [];
    expect(cells).toEqual([2, 2]);
  });
});
