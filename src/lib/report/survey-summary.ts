/**
 * The questionnaire figures of the activity report: the outcome indicators the (キ) evaluation names
 * (理解度, 在宅医療の認知, 最期を迎える場所の意向 = share preferring 自宅, 人生会議 with family). Pure.
 */
import type { SurveyAnswer } from "../../schemas/survey.ts";

/** Figures over a set of answer sheets. Each share is among the sheets that answered that question (0–1). */
export interface SurveyFigures {
  /** Answer sheets. */
  responses: number;
  /** Mean of 理解度 (1–5), two decimals; null when no sheet answered it. */
  understandingMean: number | null;
  /** Share who knew of 在宅医療 before the event. */
  knewShare: number | null;
  /** Share who would want to spend their last days at home (自宅). */
  preferHomeShare: number | null;
  /** Share who have talked with their family (人生会議). */
  talkedShare: number | null;
}

/** The figure names, for tables and the change against the previous year. */
export const surveyFigureKeys = ["understandingMean", "knewShare", "preferHomeShare", "talkedShare"] as const;

/** Japanese labels of the figures. */
export const surveyFigureLabels: Record<(typeof surveyFigureKeys)[number], string> = {
  understandingMean: "理解度の平均（5 段階）",
  knewShare: "在宅医療を前から知っていた人の割合",
  preferHomeShare: "最期を自宅で迎えたい人の割合",
  talkedShare: "家族と話したことがある人の割合",
};

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function share<T>(values: readonly (T | undefined)[], hit: (value: T) => boolean): number | null {
  const answered = values.filter((v): v is T => v !== undefined);
  if (answered.length === 0) return null;
  return round(answered.filter(hit).length / answered.length, 4);
}

/**
 * Computes the figures over answer sheets.
 * @param answers validated answer sheets (an empty answer is undefined and is left out of that question's share)
 */
export function surveyFigures(answers: readonly SurveyAnswer[]): SurveyFigures {
  const understanding = answers.map((a) => a.understanding).filter((v): v is number => v !== undefined);
  return {
    responses: answers.length,
    understandingMean: understanding.length
      ? round(understanding.reduce((sum, v) => sum + v, 0) / understanding.length, 2)
      : null,
    knewShare: share(
      answers.map((a) => a.knewHomeCare),
      (v) => v,
    ),
    preferHomeShare: share(
      answers.map((a) => a.preferredPlace),
      (v) => v === "自宅",
    ),
    talkedShare: share(
      answers.map((a) => a.talkedWithFamily),
      (v) => v,
    ),
  };
}

/** Each figure minus the previous year's (null where either year has none). */
export type SurveyChange = Record<(typeof surveyFigureKeys)[number], number | null> & { responses: number };

/**
 * This year's figures against the previous year's.
 * @returns null when the previous year had no answer sheets
 */
export function surveyChange(current: SurveyFigures, previous: SurveyFigures): SurveyChange | null {
  if (previous.responses === 0) return null;
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : round(a - b, 4));
  return {
    responses: current.responses - previous.responses,
    understandingMean: diff(current.understandingMean, previous.understandingMean),
    knewShare: diff(current.knewShare, previous.knewShare),
    preferHomeShare: diff(current.preferHomeShare, previous.preferHomeShare),
    talkedShare: diff(current.talkedShare, previous.talkedShare),
  };
}
