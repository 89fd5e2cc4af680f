import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { WINDOW_ALIASES, WINDOW_EXPORT_FIELDS, WINDOW_EXPORT_HEADER } from "../../../src/data/columns/window-columns.ts";
import {
  charactersOutsideCp932,
  csvLine,
  encodeCp932,
  encodeUtf8Bom,
  toCp932Forms,
} from "../../../src/lib/opendata/csv-write.ts";
import { careCsv, medicalCsv, windowOpenData, windowsCsv } from "../../../src/lib/opendata/opendata-export.ts";
import { mapHeaders } from "../../../src/loaders/csv/headers.ts";
import { readResources } from "../../../src/loaders/resources.ts";
import { loadSiteConfig } from "../../../src/loaders/site-config.ts";
import { readWindows } from "../../../src/loaders/windows.ts";
import type { Resource } from "../../../src/schemas/resource.ts";
import { makeContent } from "../../helpers/content-folder.ts";
import { projectRoot } from "../../helpers/fixture-site.ts";
import { readWindowOpenData } from "../../helpers/window-opendata.ts";

const demo = path.join(projectRoot, "content");
const config = loadSiteConfig(demo);
const publisher = { code: config.municipality.code, name: `${config.municipality.prefecture}${config.municipality.name}` };
const withoutSources = (rs: readonly Resource[]) =>
  [...rs].map(({ sources: _s, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id));

describe("open-data round trip (demo municipality)", () => {
  const original = readResources(demo, config);
  const windows = readWindows(demo, config).entries;

  it("starts from the demo's 60+ rows in three layouts and two encodings", () => {
    expect(original.issues.filter((i) => i.severity === "error")).toEqual([]);
    const rows = original.resources.flatMap((r) => r.sources);
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(new Set(rows.map((s) => s.format.replace(/（.*$/, ""))).size).toBe(3);
  });

  for (const encoding of ["utf-8-bom", "cp932"] as const) {
    it(`re-imports the ${encoding} resource exports to the same records`, () => {
      const encode = encoding === "cp932" ? encodeCp932 : encodeUtf8Bom;
      const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-roundtrip-"));
      mkdirSync(path.join(dir, "resources"));
      writeFileSync(path.join(dir, "site.yaml"), iconv.encode("", "utf8"));
      const medical = encode(medicalCsv(original.resources, publisher));
      const care = encode(careCsv(original.resources, publisher));
      writeFileSync(path.join(dir, "resources/medical.csv"), medical);
      writeFileSync(path.join(dir, "resources/care.csv"), care);
      const again = readResources(dir, config);
      expect(again.issues).toEqual([]);
      expect(withoutSources(again.resources)).toEqual(withoutSources(original.resources));
      expect(again.resources.every((r) => r.sources.length === 1)).toBe(true); // merged offices come out as one row
    });

    it(`re-imports the ${encoding} windows export to the same records`, () => {
      const text = windowsCsv(
        windows.map((w) => ({ id: w.slug, data: w.data })),
        publisher,
      );
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), "zaitaku-windows-")), "windows.csv");
      writeFileSync(file, encoding === "cp932" ? encodeCp932(text) : encodeUtf8Bom(text));
      const { records, issues } = readWindowOpenData(file, "windows.csv");
      expect(issues).toEqual([]);
      const expected = windows.map((w) => windowOpenData(w.slug, w.data));
      // Shift_JIS has no 〜 (U+301C): CP932 writes it as ～ (U+FF5E), the form every Windows reader gets back.
      expect(records).toEqual(encoding === "cp932" ? JSON.parse(toCp932Forms(JSON.stringify(expected))) : expected);
      const fold = (t: string) => (encoding === "cp932" ? toCp932Forms(t) : t);
      expect(records.find((r) => r.id === "chuo-houkatsu")).toMatchObject({
        areas: ["中央町", "本町"],
        days: fold("月〜金 8:30〜17:15、土 8:30〜12:00"),
        hoursNote: expect.stringContaining(fold("第2日曜: 9:00〜12:00")),
      });
    });
  }
});

describe("windows export header", () => {
  it("reads every written column back as the field it was written for", () => {
    const mapping = mapHeaders(WINDOW_EXPORT_HEADER, WINDOW_ALIASES);
    expect(mapping.unknown).toEqual([]);
    expect(mapping.duplicates).toEqual([]);
    expect(mapping.columns).toEqual(Object.fromEntries(WINDOW_EXPORT_FIELDS.map((f, i) => [f, i])));
  });

  it("is the first line of the export", () => {
    const text = windowsCsv([], { code: "999997", name: "東京都架空市" });
    expect(text.replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toBe(WINDOW_EXPORT_HEADER.join(","));
  });
});

describe("CSV writing", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvLine(["a,b", 'say "hi"', "two\nlines", 3, undefined])).toBe('"a,b","say ""hi""","two\nlines",3,');
  });
  it("writes CP932 that Windows reads, with 〓 for characters it cannot carry", () => {
    const bytes = encodeCp932("髙橋①～𠮷野家 9〜12時");
    expect(iconv.decode(Buffer.from(bytes), "cp932")).toBe("髙橋①～〓野家 9～12時");
    expect(charactersOutsideCp932("髙橋①～𠮷野家 9〜12時")).toEqual(["𠮷"]);
  });
  it("warns (does not fail) when a name cannot be written in Shift_JIS", async () => {
    const { readContent } = await import("../../../src/loaders/content-snapshot.ts");
    const dir = makeContent({
      "resources/x.csv": "名称,ID,医療機関の種類,住所\r\n𠮷田医院,A1,無床診療所,東京都架空町北町1\r\n",
    });
    expect(readContent(dir).issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        file: "resources/x.csv",
        line: 2,
        field: "名称",
        message: expect.stringContaining("「𠮷」は Shift_JIS"),
      }),
    ]);
  });
});
