import { isoDateSchema } from "./shared/iso-date.ts";
import { z } from "./shared/zod-japanese.ts";

/** Who a pamphlet is written for; shown as a label and used by filters. */
export const audienceValues = ["住民", "家族", "医療・介護関係者"] as const;

/**
 * Front matter of `pamphlets/<slug>.mdx` (パンフレット). The file name is the slug (the page URL).
 * Unknown keys are errors, so a typo (`updatd:`) is caught instead of silently ignored.
 */
export const pamphletSchema = z
  .object({
    /** タイトル (page heading and <title>). Required. */
    title: z.string().min(1).max(80),
    /** 説明: one or two sentences for the list and <meta name="description">. Required. */
    description: z.string().min(1).max(200),
    /** 更新日 (YYYY-MM-DD), printed on the page and the PDF. Required. */
    updated: isoDateSchema,
    /** 並び順: smaller comes first in lists; default 100, then by title. */
    order: z.number().int().default(100),
    /** 対象 (住民, 家族, 医療・介護関係者); default 住民. */
    audience: z.array(z.enum(audienceValues)).default(["住民"]),
    /** タグ: free keywords (e.g. 介護保険, 看取り) used by search. Default none. */
    tags: z.array(z.string().min(1)).default([]),
    /** 印刷の設定 of this pamphlet's PDFs; unset keys take site.yaml's `print:`. Optional. */
    print: z
      .object({
        /** ふりがな in this pamphlet's PDFs (true/false), instead of site.yaml's `print.furigana`. */
        furigana: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** A pamphlet's validated front matter. */
export type PamphletData = z.infer<typeof pamphletSchema>;
