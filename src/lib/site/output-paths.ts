/**
 * Where generated files live in the site, shared by the pages that link to them and the build steps that write
 * them (site paths, without the base path).
 */

import { daysBetween } from "../dates/japanese-date.ts";

/** The PDF of a pamphlet: /pamphlets/<slug>.pdf. */
export function pamphletPdfPath(slug: string): string {
  return `/pamphlets/${slug}.pdf`;
}

/** The A3 folded leaflet of a pamphlet (made only when the content fits four A4 panels): /pamphlets/<slug>-leaflet.pdf. */
export function pamphletLeafletPath(slug: string): string {
  return `/pamphlets/${slug}-leaflet.pdf`;
}

/** Whether an event gets a flyer: it has not ended (on `today`) and is not cancelled. */
export function eventHasFlyer(event: { cancelled: boolean; endDate: string }, today: string): boolean {
  return !event.cancelled && event.endDate >= today;
}

/** The flyer of an event: /events/<id>.pdf. */
export function eventFlyerPath(id: string): string {
  return `/events/${id}.pdf`;
}

/**
 * How many days after it ends an event keeps its own OG image: a talk's page is shared while it is announced and for
 * a few weeks after (a report, photos), not for years.
 */
export const EVENT_OG_IMAGE_DAYS_AFTER = 30;

/**
 * Whether an event page gets its own OG image: it has not ended on `today`, or ended at most
 * EVENT_OG_IMAGE_DAYS_AFTER days before. Older events (a prefecture's archive holds thousands, and making their
 * images was most of the OG step at that size) share the home page's image.
 */
export function eventHasOwnOgImage(event: { endDate: string }, today: string): boolean {
  return daysBetween(event.endDate, today) <= EVENT_OG_IMAGE_DAYS_AFTER;
}

/** The one-sheet list of consultation windows to keep by the phone (わが家の相談窓口). */
export const WINDOWS_SHEET_PATH = "/windows.pdf";

/** The 出前講座 application form to fill in by hand and send by FAX. */
export const TALK_APPLICATION_PATH = "/talks/application.pdf";

/** The activity report (普及啓発の活動報告) for the council meeting: staff only, not linked from residents' pages. */
export const STAFF_REPORT_PDF_PATH = "/staff/report.pdf";

/** The Open Graph image of a page: "/" → /og/index.png, "/pamphlets/a/" → /og/pamphlets/a.png. */
export function ogImagePath(sitePath: string): string {
  const trimmed = sitePath.replace(/^\/+|\/+$/g, "");
  return `/og/${trimmed === "" ? "index" : trimmed}.png`;
}

/** A file size as residents read it next to a link: 420KB, 1.3MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))}KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)}MB`;
}

/** The エンディングノート (人生会議ノート) to print at home, A4 in reading order. */
export const NOTE_PDF_PATH = "/note.pdf";

/** The same note as an A5 booklet for print shops: A4 landscape sheets in saddle-stitch order. */
export const NOTE_BOOKLET_PDF_PATH = "/note-booklet.pdf";

/** The kinds of event that hand out a questionnaire (events for residents; 研修会 is for professionals). */
export const SURVEY_EVENT_KINDS: readonly string[] = ["講演会", "出前講座", "認知症カフェ", "人生会議ワークショップ"];

/** Whether an event gets a questionnaire PDF: one for residents that is not cancelled and has not ended. */
export function eventHasSurvey(event: { kind: string; cancelled: boolean; endDate: string }, today: string): boolean {
  return SURVEY_EVENT_KINDS.includes(event.kind) && eventHasFlyer(event, today);
}

/** The questionnaire of an event: /events/<id>-survey.pdf. */
export function eventSurveyPath(id: string): string {
  return `/events/${id}-survey.pdf`;
}
