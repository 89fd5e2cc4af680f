/**
 * The (キ) cycle's printed pieces: the エンディングノート (A4, and an A5 booklet for print shops) and a one-page
 * questionnaire for each upcoming lecture, 出前講座 and café. Content is already validated; this step only lays out.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createLogger } from "../lib/content/logger.ts";
import { formatJapaneseDate } from "../lib/dates/japanese-date.ts";
import { siteToday } from "../lib/dates/today.ts";
import { eventHasSurvey, eventSurveyPath, NOTE_BOOKLET_PDF_PATH, NOTE_PDF_PATH } from "../lib/site/output-paths.ts";
import { absoluteUrl } from "../lib/site/url.ts";
import { noteContacts } from "../lib/windows/note-contacts.ts";
import type { OutputContext } from "./context.ts";
import { createKcycleCompiler, type KcycleTemplate } from "./print/kcycle/typst-compile.ts";

/** One piece to print. */
interface Piece {
  sitePath: string;
  template: KcycleTemplate;
  data: Record<string, unknown>;
  /** Creation date of the PDF (content-derived). */
  date: string;
}

/**
 * What this step prints for a site.
 * @param today which events are upcoming
 */
export function awarenessPieces(ctx: Pick<OutputContext, "content" | "site">, today = siteToday()): Piece[] {
  const { site } = ctx;
  const { note, windows, events } = ctx.content;
  const publisher = `${site.municipality.name} ${site.department.name}`;
  const url = absoluteUrl(site.site.url, site.site.base, "/note/");
  const pieces: Piece[] = [];
  if (note) {
    const contacts = noteContacts(
      site,
      windows.map((w) => w.data),
    );
    // The note changes when its pages or the windows change: date it by the newest window update, else today.
    const date =
      windows
        .flatMap((w) => (w.data.updated ? [w.data.updated] : []))
        .sort()
        .at(-1) ?? today;
    const data = { ...note, contacts, publisher, url };
    pieces.push(
      { sitePath: NOTE_PDF_PATH, template: "note", data: { ...data, paper: "a4" }, date },
      { sitePath: NOTE_BOOKLET_PDF_PATH, template: "note", data: { ...data, paper: "a5", imposition: "booklet" }, date },
    );
  }
  for (const event of events) {
    if (!eventHasSurvey(event.data, today)) continue;
    pieces.push({
      sitePath: eventSurveyPath(event.id),
      template: "survey",
      data: {
        id: event.id,
        title: event.data.title,
        date: formatJapaneseDate(event.data.startDate, { style: site.site.dateStyle }),
        publisher,
        department: site.department.name,
        phone: site.department.phone,
      },
      date: event.data.startDate,
    });
  }
  return pieces;
}

/**
 * Writes the note and the questionnaires into ctx.outDir.
 * @returns each file's size and page count by site path (for the PDF links filled in after Astro, post-build.ts)
 */
export async function buildAwarenessPdfs(ctx: OutputContext): Promise<Map<string, { bytes: number; pages: number }>> {
  const log = createLogger("note");
  const started = performance.now();
  const pieces = awarenessPieces(ctx);
  log.step(`人生会議ノートとアンケート用紙を作っています（${pieces.length} 件）`);
  const compiler = createKcycleCompiler(ctx.site.print.font);
  const files = new Map<string, { bytes: number; pages: number }>();
  for (const piece of pieces) {
    const target = path.join(ctx.outDir, piece.sitePath);
    mkdirSync(path.dirname(target), { recursive: true });
    const { pdf, pages } = compiler.pdf(piece.template, piece.data, piece.date);
    writeFileSync(target, pdf);
    files.set(piece.sitePath, { bytes: pdf.length, pages });
    log.progress(files.size, pieces.length, "PDF");
  }
  log.done(`PDF ${pieces.length} 件（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
  return files;
}
