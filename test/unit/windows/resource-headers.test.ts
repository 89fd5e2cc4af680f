/**
 * The published resource headers of src/data/columns/resource-columns.ts, which the benchmark generator, the open-data
 * export and the loader tests write: each must be the header real files carry, be read column for column by the
 * importer, and be recognised as its own layout.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CARE_EXPORT_HEADER,
  CARE_LEGACY_HEADER,
  MEDICAL_EXPORT_HEADER,
  MEDICAL_LEGACY_HEADER,
  MHLW_HEADER,
  RESOURCE_ALIASES,
  type ResourceFormat,
} from "../../../src/data/columns/resource-columns.ts";
import { mapHeaders } from "../../../src/loaders/csv/headers.ts";
import { detectResourceFormat } from "../../../src/loaders/resource-format.ts";

const real = (name: string) =>
  (readFileSync(path.join(import.meta.dirname, "../../fixtures/real", name), "utf8").split(/\r?\n/)[0] ?? "")
    .replace(/^\uFEFF/, "")
    .split(",");

const headers: [string, readonly string[], ResourceFormat][] = [
  ["MEDICAL_LEGACY_HEADER", MEDICAL_LEGACY_HEADER, "medical"],
  ["CARE_LEGACY_HEADER", CARE_LEGACY_HEADER, "care"],
  ["MHLW_HEADER", MHLW_HEADER, "mhlw"],
  ["MEDICAL_EXPORT_HEADER", MEDICAL_EXPORT_HEADER, "medical"],
  ["CARE_EXPORT_HEADER", CARE_EXPORT_HEADER, "care"],
];

describe("published resource headers", () => {
  it.each(headers)("%s: every column is read, no two as the same field, and the layout is recognised", (_, header, format) => {
    const mapping = mapHeaders(header, RESOURCE_ALIASES);
    expect(mapping.unknown).toEqual([]);
    expect(mapping.duplicates).toEqual([]);
    expect(Object.keys(mapping.columns)).toHaveLength(header.length);
    expect(detectResourceFormat(mapping.columns, header)).toBe(format);
  });

  it("MHLW_HEADER is the header of every MHLW 介護サービス情報公表 file in the real corpus, spelling included", () => {
    for (const file of ["jigyosho_155.csv", "jigyosho_550.csv", "jigyosho_551.csv", "jigyosho_760.csv"]) {
      expect(real(file), file).toEqual(MHLW_HEADER);
    }
  });

  it("CARE_LEGACY_HEADER is the header of 山口県's legacy 介護サービス事業所一覧", () => {
    expect(real("350001_care_service_pref.csv")).toEqual(CARE_LEGACY_HEADER);
  });
});
