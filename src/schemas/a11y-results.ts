import { isoDateSchema } from "./shared/iso-date.ts";
import { z } from "./shared/zod-japanese.ts";

/** Result of one success criterion (達成基準). */
export const criterionResultValues = ["pass", "fail", "manual", "na"] as const;

/**
 * `accessibility/test-results-YYYY-MM-DD.yaml` (アクセシビリティ試験結果): written by `npm run a11y:report`
 * (axe-core over the built site in Chromium); staff may add what they checked by hand (`result`, `note`).
 * The newest file is published on /accessibility/.
 */
export const a11yResultsSchema = z
  .object({
    /** 試験日 (YYYY-MM-DD). Required. */
    date: isoDateSchema,
    /** 目標とした適合レベル (A, AA, AAA) at the time of the test. Required. */
    targetLevel: z.enum(["A", "AA", "AAA"]),
    /** 試験に使ったツール, e.g. { name: axe-core, version: 4.11.0 }. Required. */
    tool: z.object({ name: z.string().min(1), version: z.string().min(1) }).strict(),
    /** 試験に使ったブラウザ, e.g. Chromium 131.0. Required. */
    browser: z.string().min(1),
    /** サイトのページ数 (sitemap); more than `pages` when a sample was tested. Required. */
    totalPages: z.number().int().positive(),
    /** 試験したページ: site path and the number of problems axe found on it. At least one. */
    pages: z.array(z.object({ path: z.string().startsWith("/"), violations: z.number().int().nonnegative() }).strict()).min(1),
    /**
     * 達成基準ごとの結果. `result`: pass (自動試験で問題なし), fail (問題あり), manual (自動試験の対象外。人が確認),
     * na (適用なし). `rules`: axe rules that checked it. `note`: staff's note (e.g. what was checked by hand).
     */
    criteria: z
      .array(
        z
          .object({
            id: z.string().regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/, { message: "達成基準の番号は「1.4.3」の形で書いてください" }),
            result: z.enum(criterionResultValues),
            rules: z.array(z.string()).default([]),
            failedPages: z.number().int().nonnegative().default(0),
            note: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** A validated results file. */
export type A11yResults = z.infer<typeof a11yResultsSchema>;
