/**
 * One answer sheet of the アンケート handed out after a lecture, 出前講座 or café, as staff type it into
 * `content/surveys/<event-id>.csv`. The columns are fixed so that every municipality's files read the same and
 * the activity report can compare years. An empty cell means "no answer" (never an error).
 */
import { flexibleDateSchema } from "./shared/flexible-date.ts";
import { z } from "./shared/zod-japanese.ts";

/** Where a resident would want to spend their last days (the outcome indicator 最期を迎える場所の意向). */
export const preferredPlaces = ["自宅", "病院", "施設", "わからない"] as const;

/** Canonical field → the column names accepted in the header (the first is the one the printed sheet uses). */
export const surveyColumns = {
  answeredOn: ["回答日", "記入日"],
  understanding: ["理解度"],
  knewHomeCare: ["在宅医療を知っていた", "在宅医療を知っていましたか"],
  preferredPlace: ["最期を迎えたい場所", "最期を過ごしたい場所"],
  talkedWithFamily: ["家族と話したことがある", "家族と話し合ったことがある"],
  comment: ["感想", "ご意見・ご感想"],
} as const satisfies Record<string, readonly string[]>;

/** A canonical survey field. */
export type SurveyField = keyof typeof surveyColumns;

/** はい/いいえ as written on paper (○/×, 1/0 and 有/無 are what Excel users also type). */
const yesNoSchema = z
  .string()
  .transform((value) => value.normalize("NFKC").trim())
  .pipe(
    z
      .enum(["はい", "いいえ", "○", "×", "1", "0", "有", "無", "ある", "ない"], {
        message: "「はい」か「いいえ」で書いてください（答えがないときは空欄）",
      })
      .transform((value) => ["はい", "○", "1", "有", "ある"].includes(value)),
  );

/** One response (one row of the CSV). Every answer is optional: a sheet may leave questions blank. */
export const surveyAnswerSchema = z.object({
  /** The day the sheet was filled in (usually the event day). */
  answeredOn: flexibleDateSchema.optional(),
  /** 理解度: 1 (よくわからなかった) to 5 (よくわかった). */
  understanding: z
    .string()
    .transform((value) => Number(value.normalize("NFKC").trim()))
    .pipe(z.number({ message: "1 から 5 の数字で書いてください" }).int("1 から 5 の整数で書いてください").min(1).max(5))
    .optional(),
  /** Whether the person knew of 在宅医療 before the event. */
  knewHomeCare: yesNoSchema.optional(),
  /** Where the person would want to spend their last days. */
  preferredPlace: z
    .string()
    .transform((value) => value.normalize("NFKC").trim())
    .pipe(z.enum(preferredPlaces, { message: `${preferredPlaces.join("・")} のどれかで書いてください` }))
    .optional(),
  /** Whether the person has talked with family about it (人生会議). */
  talkedWithFamily: yesNoSchema.optional(),
  /** Free comments, kept as text (never markup). */
  comment: z.string().max(2000).optional(),
});

/** A validated response. */
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

/** The responses of one event's questionnaire. */
export interface EventSurvey {
  /** The event's id (the file name without `.csv`). */
  eventId: string;
  /** The file, relative to the content folder. */
  file: string;
  answers: SurveyAnswer[];
}
