/**
 * Render jobs (one PDF or one OG image) as plain data, so they can run in worker processes or in this one.
 */
import { type OgInput, renderOgImage } from "./og/og-image.ts";
import { loadPrintFonts, type PrintFace } from "./print/fonts.ts";
import type { LayoutWarning } from "./print/template.ts";
import { printTemplates, type TemplateName } from "./print/templates/index.ts";

/** One thing to render, in the print face of site.yaml's `print.font`. */
export type RenderJob =
  | { kind: "pdf"; template: TemplateName; input: unknown; font: PrintFace }
  | { kind: "og"; input: OgInput; font: PrintFace };

/** What a job produced. */
export interface RenderResult {
  data: Uint8Array;
  /** Number of pages (PDFs). */
  pages: number;
  warnings: LayoutWarning[];
  /** Why the PDF is not published (the template decided so; `data` is empty). */
  omitted?: string | undefined;
}

/** Runs one job in the current thread. */
export async function runRenderJob(job: RenderJob): Promise<RenderResult> {
  const fonts = loadPrintFonts(job.font);
  if (job.kind === "og") return { data: await renderOgImage(job.input, fonts), pages: 1, warnings: [] };
  const template = printTemplates[job.template];
  const rendered = await template.render(job.input as never, fonts);
  return { data: rendered.pdf, pages: rendered.pages, warnings: rendered.warnings, omitted: rendered.omitted };
}
