/**
 * `<folder>/<name>.columns.yaml`: how staff map a data file in no national layout (a city's own hospital list, its own
 * event list) onto the national columns, without code. One shape for every kind of data file; each kind names the
 * layouts it can be read as. Documented for staff in docs/staff/accepted-files.md and docs/staff/events.md.
 */
import { z } from "astro/zod";

/** The layouts a mapped resource file (resources/) can be read as (the label staff write, as in the national guidance). */
export const resourceMappedFormats = ["医療機関一覧", "介護サービス事業所一覧"] as const;

/** The layout a mapped event file (events/) is read as. */
export const eventMappedFormats = ["イベント一覧"] as const;

/**
 * The schema of one `.columns.yaml` for a kind of data file.
 * @param formats the layout names `format:` may take
 */
export function columnsMappingSchema<const T extends readonly [string, ...string[]]>(formats: T) {
  const message =
    formats.length === 1 ? `format は ${formats[0]} と書いてください` : `format は ${formats.join("・")} のどちらかです`;
  return z
    .object({
      /** Which national layout the file is read as. */
      format: z.enum(formats, { message }),
      /** National column name (e.g. 名称, 住所, イベント名) → this file's column name as written in its header row. */
      columns: z.record(z.string().min(1), z.string().trim().min(1, { message: "このファイルの列名を書いてください" })),
      /**
       * National column name → one value for every row, for what the file says only in its title (e.g. 医療機関の種類:
       * 薬局 for a pharmacy list, 開催年: 2024 for an event list whose dates have no year). A column of the file with the
       * same meaning wins over it.
       */
      values: z
        .record(
          z.string().min(1),
          z.preprocess(
            // YAML reads `開催年: 2024` as a number; every value is a cell's text.
            (v) => (typeof v === "number" ? String(v) : v),
            z.string().trim().min(1, { message: "値を書いてください" }),
          ),
        )
        .default({}),
    })
    .strict();
}

/** One resources/ `.columns.yaml`. */
export const resourceColumnsSchema = columnsMappingSchema(resourceMappedFormats);

/** One events/ `.columns.yaml`. */
export const eventColumnsSchema = columnsMappingSchema(eventMappedFormats);

/** A validated `.columns.yaml` (of any kind). */
export interface ColumnsMappingFile {
  /** The layout chosen. */
  format: string;
  /** National column name → the file's column name. */
  columns: Record<string, string>;
  /** National column name → one value for every row. */
  values: Record<string, string>;
}
