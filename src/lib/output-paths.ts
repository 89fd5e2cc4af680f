/**
 * Where generated files live in the site, shared by the pages that link to them and the build steps that write
 * them (site paths, without the base path).
 */

/** The PDF of a pamphlet: /pamphlets/<slug>.pdf. */
export function pamphletPdfPath(slug: string): string {
  return `/pamphlets/${slug}.pdf`;
}

/** Whether an event gets a flyer: it has not ended (on `today`) and is not cancelled. */
export function eventHasFlyer(event: { cancelled: boolean; endDate: string }, today: string): boolean {
  return !event.cancelled && event.endDate >= today;
}

/** The flyer of an event: /events/<id>.pdf. */
export function eventFlyerPath(id: string): string {
  return `/events/${id}.pdf`;
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
