/**
 * `resources/<name>.columns.yaml`: how staff map a data file in no national layout (a city's own hospital or pharmacy
 * list) onto the national columns, without code. Documented for staff in docs/staff/accepted-files.md.
 */
import { z } from "astro/zod";

/** The national layouts a mapped file can be read as (the label staff write, as in the national guidance). */
export const mappedFormats = ["医療機関一覧", "介護サービス事業所一覧"] as const;

/** One `.columns.yaml` file. */
export const resourceColumnsSchema = z
  .object({
    /** Which national layout the file is read as. */
    format: z.enum(mappedFormats, { message: `format は ${mappedFormats.join("・")} のどちらかです` }),
    /** National column name (e.g. 名称, 住所, 医療機関の種類) → this file's column name as written in its header row. */
    columns: z.record(z.string().min(1), z.string().trim().min(1, { message: "このファイルの列名を書いてください" })),
    /**
     * National column name → one value for every row, for what the file says only in its title (e.g. 医療機関の種類:
     * 薬局 for a pharmacy list). A column of the file with the same meaning wins over it.
     */
    values: z.record(z.string().min(1), z.string().trim().min(1, { message: "値を書いてください" })).default({}),
  })
  .strict();

/** A validated `.columns.yaml`. */
export type ResourceColumns = z.infer<typeof resourceColumnsSchema>;
