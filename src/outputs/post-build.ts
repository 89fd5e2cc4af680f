/**
 * The output steps besides Astro's pages, in two parts.
 *
 * - Rendering ({@link renderOutputs}): awareness PDFs, PDFs and OG images (one render pool). They take everything from
 *   the content snapshot and read nothing Astro writes, so `npm run build` may run them while its page-rendering
 *   child runs, into a folder of their own (src/cli/build.ts).
 * - Finishing ({@link finishOutputs}), on the folder that holds Astro's pages and the rendered files: the PDF links
 *   filled into the HTML, `<wbr>` in headings, staff-only files moved out, the search index with its readings,
 *   `_headers`, and the verification of the whole site. Everything that reads or edits Astro's HTML is here.
 *
 * {@link runPostBuildSteps} runs both in order on one folder: a plain `astro build` in the integration's
 * `astro:build:done` (src/outputs/integration.ts), and `npm run build` when the site is too large to render beside
 * Astro; all roads make the same site. Each step writes into the folder it is given (the build's staging folders): a
 * failure throws, and the build command leaves the previous dist/ untouched.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { createLogger } from "../lib/content/logger.ts";
import type { ContentSnapshot } from "../loaders/content-snapshot.ts";
import type { SiteConfig } from "../schemas/site.ts";
import type { RenderPool } from "./render-pool.ts";

/** The build phases measured here, named for the benchmark (bench/run.ts reads them from the build's timings). */
export type OutputPhase = "pdf" | "og" | "search" | "verify";

/** Measures one phase (the build command's timings); runs `step` and returns its result. */
export type MeasurePhase = <T>(phase: OutputPhase, step: () => Promise<T>) => Promise<T>;

/** What the rendering part needs. */
export interface RenderOptions {
  /** The project root (cache location, generator fingerprint). */
  projectRoot: string;
  /** The content folder being built. */
  contentDir: string;
  /** Where the rendered files go (site paths below it): the site's staging folder, or a render folder beside it. */
  outDir: string;
  /** The content as read and validated once for this build. */
  content: ContentSnapshot;
  /** The validated site.yaml of `content`. */
  site: SiteConfig;
  /** Measures each phase; the steps run the same without it. */
  measure: MeasurePhase;
  /** The render pool to use (the caller closes it); without it one pool of the default size is made and closed. */
  pool?: RenderPool;
}

/** What the rendering part made, for the finishing part. */
export interface RenderedOutputs {
  /** Every PDF written (size and page count by site path), for the PDF links of the HTML pages. */
  printed: ReadonlyMap<string, { bytes: number; pages: number }>;
  /** The PDFs' layout warnings, located like content issues. */
  issues: readonly ContentIssue[];
}

/** What the post-Astro steps need. */
export interface PostBuildOptions {
  /** The project root (cache location, generator fingerprint, the readings' cache). */
  projectRoot: string;
  /** The content folder being built. */
  contentDir: string;
  /** The folder Astro just wrote (the build's staging folder). */
  siteDir: string;
  /** Where the staff-only outputs go (the staff staging folder); created when missing. */
  staffDir: string;
  /** The content as read and validated once for this build. */
  content: ContentSnapshot;
  /** The validated site.yaml of `content`. */
  site: SiteConfig;
  /** Measures each phase; the steps run the same without it. */
  measure: MeasurePhase;
  /** Receives the steps' warnings (the PDFs' layout notes), located like content issues. */
  onIssues: (issues: readonly ContentIssue[]) => void;
}

/**
 * Runs every post-Astro step on `options.siteDir` (rendering, then finishing); throws (with a Japanese message) when
 * one fails or the finished site has problems.
 * @param options the folders, the content snapshot and where timings and warnings go
 */
export async function runPostBuildSteps(options: PostBuildOptions): Promise<void> {
  const rendered = await renderOutputs({ ...options, outDir: options.siteDir });
  await finishOutputs(options, rendered);
}

/**
 * Renders the awareness PDFs, the PDFs and the OG images into `options.outDir` from the content snapshot alone.
 * @param options the content, where the files go, the pool and the timings
 * @returns the PDFs written and their layout warnings
 */
export async function renderOutputs(options: RenderOptions): Promise<RenderedOutputs> {
  const { measure } = options;
  // Imported here: loading the config for `astro dev` must not load Typst and resvg.
  const { buildPdfs } = await import("./pdf.ts");
  const { buildOgImages } = await import("./og-images.ts");
  const { buildAwarenessPdfs } = await import("./awareness-pdfs.ts");
  const { createRenderPool } = await import("./render-pool.ts");
  const pool = options.pool ?? createRenderPool();
  try {
    const ctx = { ...options, pool };
    const awareness = await measure("pdf", () => buildAwarenessPdfs(ctx));
    const pdf = await measure("pdf", () => buildPdfs(ctx));
    await measure("og", () => buildOgImages(ctx));
    const printed = new Map([...awareness, ...pdf.files.map((f) => [f.sitePath, f] as const)]);
    return { printed, issues: pdf.issues };
  } finally {
    if (!options.pool) await pool.close();
  }
}

/**
 * Finishes the site in `options.siteDir`, which holds Astro's pages and the rendered files: PDF links, heading
 * breaks, staff separation, search index, `_headers`, verification.
 * @param options the folders, the content snapshot and where timings and warnings go
 * @param rendered what {@link renderOutputs} made
 */
export async function finishOutputs(options: PostBuildOptions, rendered: RenderedOutputs): Promise<void> {
  const { projectRoot, contentDir, siteDir, site, measure } = options;
  if (rendered.issues.length) options.onIssues(rendered.issues);
  // The PDF sizes go into the links of the pages (before the search index reads them).
  const { fillPrintLinks } = await import("./print-links.ts");
  const links = await measure("pdf", async () => fillPrintLinks(siteDir, rendered.printed));
  createLogger("pdf").done(`PDF へのリンク ${links} か所に大きさとページ数を書きました`);
  // Break opportunities in long Japanese names in headings (before the search index and the verification read
  // the pages; the staff pages get them too).
  const { writeHeadingBreaks } = await import("./heading-breaks.ts");
  writeHeadingBreaks(siteDir);
  // Staff-only pages and PDFs leave the site before the search index, the headers and the verification see it:
  // what is published (dist/) never holds them, nor a link to them.
  const { separateStaffOutputs } = await import("./staff-outputs.ts");
  separateStaffOutputs(siteDir, options.staffDir, site.site.base);
  // The pages are final from here on: they are verified in a worker thread while the search step writes pagefind/
  // (src/outputs/verify-step.ts); what refers into pagefind/, and every file's provenance, is checked at the end.
  const { startSiteVerification } = await import("./verify-step.ts");
  const verification = startSiteVerification(siteDir, { siteUrl: site.site.url, base: site.site.base }, createLogger("verify"), {
    contentDir,
    projectRoot,
  });
  try {
    const writeSearchIndex = await searchIndexStep(options);
    await measure("search", writeSearchIndex);
    const { writeSecurityHeaders } = await import("./security-headers.ts");
    writeSecurityHeaders(siteDir, site, createLogger("headers"));
  } catch (error) {
    await verification.stop();
    throw error;
  }
  // Post-Astro steps go above this line: the verification sees their output too (PDF links, OG images, search).
  const problems = await measure("verify", () => verification.finish());
  if (problems.length) {
    throw new Error(`できあがったサイトに問題が ${problems.length} 件あります（上の一覧を見てください）`);
  }
}

/**
 * The search index step, its modules loaded (outside the measured phase, as before the step became part of the
 * integration). The index reads the final HTML (after the PDF step has written the PDF sizes into it), with each
 * page's readings added for kana queries (cached by content hash, like the ふりがな).
 */
async function searchIndexStep({ projectRoot, siteDir, site, content }: PostBuildOptions) {
  const { buildSearchIndex } = await import("./search-index.ts");
  const { startSearchReadings } = await import("./search-readings-pool.ts");
  const { searchTowns, writeQueryReadings } = await import("./query-readings.ts");
  // ZAITAKU_SEARCH_BATCH_PAGES lowers the pages per Pagefind index (tests reach the cap with a small site).
  const batchPages = Number(process.env["ZAITAKU_SEARCH_BATCH_PAGES"]);
  const batchOptions = Number.isInteger(batchPages) && batchPages > 0 ? { batchPages } : {};
  return async () => {
    // The readings are made in a worker thread while this thread feeds Pagefind (src/outputs/search-readings-pool.ts).
    const readings = startSearchReadings({ projectRoot, siteWords: content.readings, towns: site.towns });
    try {
      const index = await buildSearchIndex(siteDir, { ...batchOptions, prepare: readings.prepare });
      const { words, nouns } = await readings.finish();
      if (index.pages > 0) writeQueryReadings(siteDir, words, nouns, searchTowns(site, content.windows));
      return index;
    } finally {
      await readings.close();
    }
  };
}
