import { isoDateSchema } from "./shared/iso-date.ts";
import { z } from "./shared/zod-japanese.ts";

/**
 * Front matter of `talks/<slug>.mdx`: one theme of the 出前講座 menu that 老人クラブ・町内会・医療機関 can request.
 * The file name is the slug (/talks/<slug>/). Unknown keys are errors.
 */
export const talkSchema = z
  .object({
    /** テーマ (page heading), e.g. 住み慣れた家で最期まで. Required. */
    title: z.string().min(1).max(80),
    /** 説明: one or two sentences for the menu and <meta name="description">. Required. */
    description: z.string().min(1).max(200),
    /** 所要時間 in minutes, e.g. 60. Required. */
    duration: z.number().int().min(10).max(240),
    /** 最少人数: the smallest group the talk is given to, e.g. 10. Required. */
    minGroupSize: z.number().int().positive(),
    /** 講師: who comes to speak (職種), e.g. 在宅医療を行う医師, 訪問看護師. Required. */
    speaker: z.string().min(1),
    /** 対象: who usually requests it, e.g. 老人クラブ, 町内会, 医療機関. Default [老人クラブ, 町内会]. */
    audience: z.array(z.string().min(1)).default(["老人クラブ", "町内会"]),
    /** 申込方法 as free text (phone, FAX, form). Required. */
    howToApply: z.string().min(1),
    /** いつまでに申し込むか, e.g. 希望日の1か月前まで. Optional. */
    leadTime: z.string().min(1).optional(),
    /** 会場に用意していただくもの, e.g. [机と椅子, コンセント]. Default none. */
    venueNeeds: z.array(z.string().min(1)).default([]),
    /** 費用 in yen; default 0 (無料). */
    fee: z.number().int().nonnegative().default(0),
    /** 並び順: smaller comes first; default 100, then by title. */
    order: z.number().int().default(100),
    /** 更新日 (YYYY-MM-DD). Optional. */
    updated: isoDateSchema.optional(),
  })
  .strict();

/** A talk's validated front matter. */
export type TalkData = z.infer<typeof talkSchema>;
