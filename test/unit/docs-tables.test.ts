import { readFileSync } from "node:fs";
import path from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { DOCS_WITH_TABLES, markdownTable, REGENERATE_COMMAND, regenerate } from "../../scripts/docs-tables.ts";
import { eventCsvAliases } from "../../src/data/columns/event-columns.ts";
import { RESOURCE_ALIASES, type ResourceFormat } from "../../src/data/columns/resource-columns.ts";
import { mapHeaders } from "../../src/loaders/csv/headers.ts";
import { detectResourceFormat } from "../../src/loaders/resource-format.ts";
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

  it("a hand edit inside a column list of open-data-formats.md is a difference the generator undoes", () => {
    const file = "docs/dev/open-data-formats.md";
    const text = read(file);
    const edited = text.replace("電話番号*, 内線番号", "電話番号, 内線番号");
    expect(edited).not.toBe(text);
    expect(regenerate(file, edited)).toBe(text);
  });

  it("each resource layout open-data-formats.md lists is read column for column as that layout", () => {
    const text = read("docs/dev/open-data-formats.md");
    const lists: [string, ResourceFormat][] = [
      ["medical-legacy", "medical"],
      ["care-legacy", "care"],
      ["mhlw-header", "mhlw"],
    ];
    for (const [block, format] of lists) {
      const body = text.slice(text.indexOf(`columns:${block}:start`), text.indexOf(`columns:${block}:end`));
      const header = (body.match(/^`([^`]+)`$/m)?.[1] ?? "").split(", ").map((name) => name.replace(/\*$/, ""));
      const counted = Number(body.match(/^\((\d+) columns/m)?.[1]);
      expect(counted, block).toBe(header.length);
      const mapping = mapHeaders(header, RESOURCE_ALIASES);
      expect(mapping.unknown, block).toEqual([]);
      expect(mapping.duplicates, block).toEqual([]);
      expect(Object.keys(mapping.columns), block).toHaveLength(header.length);
      expect(detectResourceFormat(mapping.columns, header), block).toBe(format);
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
