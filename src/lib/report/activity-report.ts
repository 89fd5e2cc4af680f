/**
 * The activity report for the PDCA cycle of 在宅医療・介護連携推進事業 (キ): what awareness work was done in a fiscal
 * year (April–March), against the yearly targets in site.yaml. Pure: the CLI (src/cli/report.ts) and the staff page
 * (src/pages/staff/report/) feed it content that the loaders have already validated.
 */
import type { EventData, EventKind } from "../../schemas/event.ts";
import { eventAudienceValues, eventKinds } from "../../schemas/event.ts";
import type { PamphletData } from "../../schemas/pamphlet.ts";
import type { SiteConfig } from "../../schemas/site.ts";
import type { EventSurvey } from "../../schemas/survey.ts";
import { daysBetween, fiscalYearOf, fiscalYearRange, formatFiscalYear } from "../dates/japanese-date.ts";
import { type SurveyChange, type SurveyFigures, surveyChange, surveyFigures } from "./survey-summary.ts";

/** The event facts the report reads (a view of the Event schema). */
export type ReportEvent = {
  id: string;
  data: Pick<EventData, "title" | "kind" | "startDate" | "endDate" | "cancelled" | "area" | "audience" | "attendance" | "place">;
};

/** The pamphlet facts the report reads. */
export type ReportPamphlet = { slug: string; data: Pick<PamphletData, "title" | "updated"> };

/** Everything the report is computed from. */
export interface ReportInput {
  /** Today (YYYY-MM-DD, Asia/Tokyo or SITE_TODAY): events ending on or before it count as held. */
  today: string;
  events: readonly ReportEvent[];
  pamphlets: readonly ReportPamphlet[];
  /** Yearly targets from site.yaml. */
  targets: SiteConfig["targets"];
  /** Every town (町名) served by the consultation windows, for "where no event was held". */
  towns: readonly string[];
  /** Questionnaire answers per event (content/surveys/); absent or empty when none were typed in. */
  surveys?: readonly EventSurvey[];
}

/** The questionnaire figures of a fiscal year: all its events' sheets together, the change, and each event. */
export interface FiscalYearSurveys extends SurveyFigures {
  /** Against the previous fiscal year; null when that year has no answer sheets. */
  change: SurveyChange | null;
  /** Each event of the year with answer sheets, in date order. */
  byEvent: (SurveyFigures & ReportEventLine)[];
}

/** One event as listed in the report. */
export interface ReportEventLine {
  id: string;
  title: string;
  kind: EventKind;
  startDate: string;
}

/** A target against its actual value: gap = actual − target (negative = short of the target). */
export interface TargetLine {
  /** Japanese label of the measure, e.g. 講演会の回数. */
  label: string;
  target: number;
  actual: number;
  gap: number;
  achieved: boolean;
}

/** The report of one fiscal year. */
export interface FiscalYearReport {
  /** The Western year in which the fiscal year starts (2026 = 2026年4月〜2027年3月). */
  fiscalYear: number;
  /** "2026年度" and "令和8年度". */
  label: { western: string; wareki: string };
  range: { start: string; end: string };
  /** Whether the year is still running on `today` (counts are then "so far"). */
  inProgress: boolean;
  /** Events held (not cancelled, ended on or before today). */
  events: number;
  /** Held events by kind (every kind listed, zeros included). */
  byKind: Record<EventKind, number>;
  /** Held events by 地区; events without one count under 「地区の記録なし」. */
  byArea: Record<string, number>;
  /** Held events by 対象 (an event for two audiences counts in both). */
  byAudience: Record<string, number>;
  /** Scheduled later in the year (not cancelled, not yet ended). */
  scheduled: number;
  /** Cancelled (中止). */
  cancelled: number;
  attendance: {
    /** Sum of recorded 参加者数. */
    total: number;
    /** Held events with a recorded 参加者数. */
    recordedEvents: number;
    /** total ÷ recordedEvents, one decimal; null when nothing is recorded. */
    average: number | null;
    /** Held events whose 参加者数 is still missing. */
    missing: ReportEventLine[];
  };
  /** 出前講座 held (requests delivered). */
  outreachTalksHeld: number;
  /** Pamphlets whose `updated` falls in the year (up to today). */
  pamphletsUpdated: { slug: string; title: string; updated: string }[];
  /** Pamphlets not reviewed for more than a year at the end of the year (or today, if earlier). */
  pamphletsNotReviewed: { slug: string; title: string; updated: string; days: number }[];
  /** Targets from site.yaml against actuals; empty when the year has no targets. */
  targets: TargetLine[];
  /** Towns served by the windows where no held event took place (by 地区 or the venue's address). */
  townsWithoutEvents: string[];
  /** How many towns were checked (0 when no window lists its towns). */
  townsChecked: number;
  /** Questionnaire figures (responses 0 when no survey file belongs to the year). */
  surveys: FiscalYearSurveys;
}

/** The whole report. */
export interface ActivityReport {
  today: string;
  fiscalYears: FiscalYearReport[];
}

const NO_AREA = "地区の記録なし";

/** Folds width and spaces so 「中央町１丁目」 and 「中央町1丁目」 compare equal. */
function fold(text: string): string {
  return text.normalize("NFKC").replace(/[\s\u3000]/g, "");
}

function line(event: ReportEvent): ReportEventLine {
  return { id: event.id, title: event.data.title, kind: event.data.kind, startDate: event.data.startDate };
}

/** The answer sheets of the events that start in a fiscal year, by event (date order). */
function surveysOfYear(input: ReportInput, fiscalYear: number): { event: ReportEvent; survey: EventSurvey }[] {
  const events = new Map(input.events.map((e) => [e.id, e]));
  return (input.surveys ?? [])
    .flatMap((survey) => {
      const event = events.get(survey.eventId);
      return event && fiscalYearOf(event.data.startDate) === fiscalYear ? [{ event, survey }] : [];
    })
    .sort((a, b) => a.event.data.startDate.localeCompare(b.event.data.startDate) || a.event.id.localeCompare(b.event.id));
}

function yearSurveys(input: ReportInput, fiscalYear: number): FiscalYearSurveys {
  const current = surveysOfYear(input, fiscalYear);
  const figures = surveyFigures(current.flatMap((s) => s.survey.answers));
  const previous = surveyFigures(surveysOfYear(input, fiscalYear - 1).flatMap((s) => s.survey.answers));
  return {
    ...figures,
    change: surveyChange(figures, previous),
    byEvent: current.map(({ event, survey }) => ({ ...line(event), ...surveyFigures(survey.answers) })),
  };
}

/**
 * Computes the report of one fiscal year. A multi-day event counts in the year it starts (so one crossing
 * April 1 is counted once, in the earlier year).
 * @param input validated content and today
 * @param fiscalYear the Western year in which the fiscal year starts
 */
export function fiscalYearReport(input: ReportInput, fiscalYear: number): FiscalYearReport {
  const range = fiscalYearRange(fiscalYear);
  const inYear = input.events.filter((e) => fiscalYearOf(e.data.startDate) === fiscalYear);
  const held = inYear.filter((e) => !e.data.cancelled && e.data.endDate <= input.today);
  const byKind = Object.fromEntries(eventKinds.map((k) => [k, 0])) as Record<EventKind, number>;
  const byArea: Record<string, number> = {};
  const byAudience: Record<string, number> = Object.fromEntries(eventAudienceValues.map((a) => [a, 0]));
  for (const e of held) {
    byKind[e.data.kind] += 1;
    const area = e.data.area ?? NO_AREA;
    byArea[area] = (byArea[area] ?? 0) + 1;
    for (const audience of new Set(e.data.audience)) byAudience[audience] = (byAudience[audience] ?? 0) + 1;
  }
  const recorded = held.filter((e) => e.data.attendance !== undefined);
  const total = recorded.reduce((sum, e) => sum + (e.data.attendance ?? 0), 0);
  // The earlier of today and the year's last day (ISO date strings compare in calendar order).
  const reviewDay = [input.today, range.end].sort()[0] ?? input.today;
  const pamphletsUpdated = input.pamphlets
    .filter((p) => p.data.updated >= range.start && p.data.updated <= range.end && p.data.updated <= input.today)
    .map((p) => ({ slug: p.slug, title: p.data.title, updated: p.data.updated }));
  const pamphletsNotReviewed = input.pamphlets
    .map((p) => ({ slug: p.slug, title: p.data.title, updated: p.data.updated, days: daysBetween(p.data.updated, reviewDay) }))
    .filter((p) => p.days > 365);
  const actuals = {
    lectures: byKind["講演会"],
    outreachTalks: byKind["出前講座"],
    dementiaCafes: byKind["認知症カフェ"],
    participants: total,
    pamphletUpdates: pamphletsUpdated.length,
  };
  const labels: Record<keyof typeof actuals, string> = {
    lectures: "講演会の回数",
    outreachTalks: "出前講座の回数",
    dementiaCafes: "認知症カフェの回数",
    participants: "参加者数の合計",
    pamphletUpdates: "パンフレットの作成・更新",
  };
  const plan = input.targets.find((t) => t.fiscalYear === fiscalYear);
  const targets: TargetLine[] = [];
  if (plan) {
    for (const key of Object.keys(labels) as (keyof typeof actuals)[]) {
      const target = plan[key];
      if (target === undefined) continue;
      const actual = actuals[key];
      targets.push({ label: labels[key], target, actual, gap: actual - target, achieved: actual >= target });
    }
  }
  const visited = held.flatMap((e) =>
    [e.data.area, e.data.place?.address, e.data.place?.name].filter((v): v is string => !!v).map(fold),
  );
  const townsWithoutEvents = [...new Set(input.towns)].filter((town) => {
    const t = fold(town);
    return !visited.some((v) => v === t || v.includes(t));
  });
  return {
    fiscalYear,
    label: { western: formatFiscalYear(fiscalYear, "western"), wareki: formatFiscalYear(fiscalYear, "wareki") },
    range,
    inProgress: input.today >= range.start && input.today <= range.end,
    events: held.length,
    byKind,
    byArea,
    byAudience,
    scheduled: inYear.filter((e) => !e.data.cancelled && e.data.endDate > input.today).length,
    cancelled: inYear.filter((e) => e.data.cancelled).length,
    attendance: {
      total,
      recordedEvents: recorded.length,
      average: recorded.length ? Math.round((total / recorded.length) * 10) / 10 : null,
      missing: held.filter((e) => e.data.attendance === undefined).map(line),
    },
    outreachTalksHeld: byKind["出前講座"],
    pamphletsUpdated,
    pamphletsNotReviewed,
    targets,
    townsWithoutEvents,
    townsChecked: new Set(input.towns).size,
    surveys: yearSurveys(input, fiscalYear),
  };
}

/**
 * The fiscal years a report covers: one year, or with "all" every year from the first event's to today's.
 * @param year a Western fiscal year, "all", or undefined for the current fiscal year
 */
export function reportYears(input: ReportInput, year: number | "all" | undefined): number[] {
  const current = fiscalYearOf(input.today);
  if (year === undefined) return [current];
  if (year !== "all") return [year];
  const first = Math.min(current, ...input.events.map((e) => fiscalYearOf(e.data.startDate)));
  return Array.from({ length: current - first + 1 }, (_, i) => current - i);
}

/** Builds the report for the given years (newest first). */
export function activityReport(input: ReportInput, years: readonly number[]): ActivityReport {
  return { today: input.today, fiscalYears: years.map((y) => fiscalYearReport(input, y)) };
}
