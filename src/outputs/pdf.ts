/**
 * Build step: the printable PDFs (pamphlets today; event flyers, the consultation-window sheet and the 出前講座
 * application form plug in as templates), rendered without a browser, cached by a hash of their inputs, and the
 * PDF links in the HTML filled with each file's size and page count.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentIssue } from "../lib/content/content-issue.ts";
import { createLogger } from "../lib/content/logger.ts";
import { fiscalYearOf, formatJapaneseDate } from "../lib/dates/japanese-date.ts";
import { siteToday } from "../lib/dates/today.ts";
import { formatDuration, sortTalks } from "../lib/events/talk-order.ts";
import { activityReport } from "../lib/report/activity-report.ts";
import { reportToMarkdown } from "../lib/report/activity-report-format.ts";
import {
  eventFlyerPath,
  eventHasFlyer,
  pamphletLeafletPath,
  pamphletPdfPath,
  STAFF_REPORT_PDF_PATH,
  TALK_APPLICATION_PATH,
  WINDOWS_SHEET_PATH,
} from "../lib/site/output-paths.ts";
import { absoluteUrl } from "../lib/site/url.ts";
import { summarizeWeekly } from "../lib/windows/opening-hours.ts";
import { sortWindows } from "../lib/windows/window-order.ts";
import { AREA_KIND } from "../loaders/windows.ts";
import { generatorFingerprint, hashParts, openOutputCache } from "./cache.ts";
import type { OutputContext } from "./context.ts";
import { loadPrintFonts } from "./print/fonts.ts";
import type { LayoutWarning } from "./print/template.ts";
import { printTemplates, type TemplateName } from "./print/templates/index.ts";

/** One PDF to make. */
export interface PdfJob {
  template: TemplateName;
  /** The template's input (plain data). */
  input: unknown;
  /** Site path of the PDF, e.g. /pamphlets/zaitaku-iryo.pdf. */
  sitePath: string;
  /** The content file it comes from (for located warnings). */
  file: string;
}

/** A PDF that was written, or a job whose template decided to publish nothing (`omitted` says why). */
export interface PdfFile {
  sitePath: string;
  bytes: number;
  pages: number;
  /** Whether it came from the cache. */
  cached: boolean;
  /** Why no file was written (then nothing is at `sitePath`). */
  omitted?: string | undefined;
}

/**
 * Every PDF of the site: each pamphlet, a flyer for each upcoming event that is not cancelled, the
 * consultation-window sheet and the 出前講座 application form (when there are windows and talks).
 * @param today the build's "today" (SITE_TODAY): which events are upcoming, and the date of undated documents
 */
export function pdfJobs(ctx: Pick<OutputContext, "contentDir" | "site" | "content">, today = siteToday()): PdfJob[] {
  const { contentDir, site } = ctx;
  const url = (sitePath: string) => absoluteUrl(site.site.url, site.site.base, sitePath);
  const { pamphlets, events } = ctx.content;
  const jobs: PdfJob[] = pamphlets.flatMap((entry) => {
    const input = { entry, site, contentDir, siteReadings: ctx.content.readings, pageUrl: url(`/pamphlets/${entry.slug}/`) };
    return [
      { template: "pamphlet", input, sitePath: pamphletPdfPath(entry.slug), file: entry.file },
      // The A3 folded leaflet: rendered for every pamphlet, published only when the content fits four panels.
      { template: "leaflet", input, sitePath: pamphletLeafletPath(entry.slug), file: entry.file },
    ] satisfies PdfJob[];
  });

  const talks = sortTalks(ctx.content.talks);
  for (const event of events) {
    if (!eventHasFlyer(event.data, today)) continue;
    const talkTitle = talks.find((t) => t.slug === event.data.talk)?.data.title;
    jobs.push({
      template: "event-flyer",
      input: {
        id: event.id,
        data: event.data,
        file: event.file,
        row: event.row,
        site,
        pageUrl: url(`/events/${event.id}/`),
        talkTitle,
        today,
      },
      sitePath: eventFlyerPath(event.id),
      file: event.file,
    });
  }

  const windows = sortWindows(ctx.content.windows);
  if (windows.length) {
    const dates = windows.flatMap((w) => (w.data.updated ? [w.data.updated] : [])).sort();
    jobs.push({
      template: "windows-sheet",
      input: {
        windows: windows.map((w) => ({
          name: w.data.name,
          kind: w.data.kind,
          areas: w.data.kind === AREA_KIND ? w.data.areas.join("・") : "",
          phone: w.data.phone,
          fax: w.data.fax,
          hours: summarizeWeekly(w.data.hours),
          file: w.file,
        })),
        site,
        pageUrl: url("/windows/"),
        date: dates.at(-1) ?? today,
        dated: dates.length > 0,
      },
      sitePath: WINDOWS_SHEET_PATH,
      file: "windows/",
    });
  }

  if (talks.length) {
    const dates = talks.flatMap((t) => (t.data.updated ? [t.data.updated] : [])).sort();
    jobs.push({
      template: "talk-application",
      input: {
        talks: talks.map((t) => ({
          title: t.data.title,
          duration: formatDuration(t.data.duration),
          minGroupSize: t.data.minGroupSize,
          file: t.file,
        })),
        site,
        pageUrl: url("/talks/"),
        date: dates.at(-1) ?? today,
        dated: dates.length > 0,
      },
      sitePath: TALK_APPLICATION_PATH,
      file: "talks/",
    });
  }

  // The activity report for the council meeting (会議体): the same Markdown as `npm run report`, printed with the
  // pamphlet template (headings, tables and lists paginate the same way).
  // Built from the build's content snapshot: no second pass over the folder.
  const { surveys } = ctx.content;
  const report = { today, events, pamphlets, targets: site.targets, towns: site.towns.map((t) => t.name), surveys };
  const current = fiscalYearOf(today);
  const entry = {
    slug: "staff-report",
    file: "staff/report.md",
    body: reportToMarkdown(activityReport(report, [current, current - 1]), { title: false }),
    bodyFirstLine: 1,
    data: {
      title: "普及啓発の活動報告（職員用）",
      description: `${formatJapaneseDate(today, { style: site.site.dateStyle })} 時点の集計です。催し・パンフレット・site.yaml の目標から、ビルドのたびに作り直されます。`,
      updated: today,
      order: 0,
      audience: ["医療・介護関係者" as const],
      tags: [],
      // Staff read the report: no ふりがな, whatever site.yaml says for the pamphlets.
      print: { furigana: false },
    },
  };
  jobs.push({
    template: "pamphlet",
    // Its page is never published (staff outputs go to their own folder): no web address or QR code to print.
    input: { entry, site, contentDir, siteReadings: ctx.content.readings, pageUrl: null },
    sitePath: STAFF_REPORT_PDF_PATH,
    file: entry.file,
  });
  return jobs;
}

/**
 * Checks what only the printed materials need (glyphs of the print typeface, table widths, image formats) without
 * rendering, so the build can stop before Astro runs.
 * @returns located errors and warnings
 */
export function checkPrintContent(ctx: Pick<OutputContext, "contentDir" | "site" | "content">): ContentIssue[] {
  const fonts = loadPrintFonts(ctx.site.print.font);
  return pdfJobs(ctx).flatMap((job) => printTemplates[job.template].prepare(job.input as never, fonts).issues);
}

/**
 * Writes every PDF into ctx.outDir. It reads nothing Astro wrote, so it may run while Astro renders the pages; the
 * PDF links of the HTML pages are filled in afterwards (src/outputs/print-links.ts, from src/outputs/post-build.ts).
 * @returns the files written and layout warnings (content errors throw a ContentError, leaving the published site
 *   untouched; the content warnings of {@link checkPrintContent} are not repeated)
 */
export async function buildPdfs(ctx: OutputContext): Promise<{ files: PdfFile[]; issues: ContentIssue[] }> {
  const log = createLogger("pdf");
  const started = performance.now();
  const fonts = loadPrintFonts(ctx.site.print.font);
  const jobs = pdfJobs(ctx);
  log.step(`印刷用PDFを作っています（${jobs.length} 件）`);

  // Checked again (cheap): nothing is rendered for content with errors, whoever calls this step.
  const issues: ContentIssue[] = [];
  const errors: ContentIssue[] = [];
  const keys: string[] = [];
  const base = [generatorFingerprint(ctx.projectRoot), fonts.hash];
  for (const job of jobs) {
    const prepared = printTemplates[job.template].prepare(job.input as never, fonts);
    errors.push(...prepared.issues.filter((i) => i.severity === "error"));
    const data = JSON.stringify(job.input, (key, value) => (key === "contentDir" ? undefined : value));
    keys.push(
      hashParts([
        ...base,
        job.template,
        data,
        ...prepared.files.flatMap((f) => [path.relative(ctx.contentDir, f), readFileSync(f)]),
      ]),
    );
  }
  if (errors.length) throw new ContentError(errors);

  const cache = openOutputCache(ctx.projectRoot, "pdf");
  let done = 0;
  const files = await Promise.all(
    jobs.map(async (job, i): Promise<PdfFile> => {
      const key = keys[i] as string;
      const hit = cache.read<{ pages: number; warnings: LayoutWarning[]; omitted?: string }>(key);
      let data: Uint8Array;
      let pages: number;
      let warnings: LayoutWarning[];
      let omitted: string | undefined;
      if (hit) {
        ({ data } = hit);
        ({ pages, warnings, omitted } = hit.meta);
      } else {
        ({ data, pages, warnings, omitted } = await ctx.pool.run({
          kind: "pdf",
          template: job.template,
          input: job.input,
          font: fonts.face,
        }));
        cache.write(key, data, { pages, warnings, ...(omitted ? { omitted } : {}) });
      }
      for (const w of warnings)
        issues.push({ severity: "warning", file: job.file, line: w.line, message: `印刷用PDF: ${w.message}` });
      if (omitted) {
        log.step(`${job.file}: ${omitted}`);
        log.progress(++done, jobs.length, "PDF");
        return { sitePath: job.sitePath, bytes: 0, pages: 0, cached: Boolean(hit), omitted };
      }
      const target = path.join(ctx.outDir, job.sitePath);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, data);
      log.progress(++done, jobs.length, "PDF");
      return { sitePath: job.sitePath, bytes: data.length, pages, cached: Boolean(hit) };
    }),
  );
  cache.prune();

  const written = files.filter((f) => !f.omitted);
  const made = written.filter((f) => !f.cached).length;
  const pageCount = written.reduce((sum, f) => sum + f.pages, 0);
  log.done(
    `PDF ${written.length} 件・${pageCount} ページ（新しく作成 ${made} 件、前回の結果を再利用 ${written.length - made} 件）` +
      ` ${((performance.now() - started) / 1000).toFixed(1)} 秒`,
  );
  return { files: written, issues };
}
