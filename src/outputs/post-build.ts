/**
 * The steps that run on the folder Astro has just written, in order: awareness PDFs, PDFs and OG images (one render
 * pool), `<wbr>` in headings, staff-only files moved out, the search index with its readings, `_headers`, and the
 * verification of the whole site. `npm run build` runs them once its page-rendering child has exited
 * (src/cli/child-steps.ts), a plain `astro build` in the integration's `astro:build:done` (src/outputs/integration.ts):
 * both make the same site. Each step writes into the folder it is given (the
 * build's staging folder): a failure throws, and the build command leaves the previous dist/ untouched.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { createLogger } from "../lib/content/logger.ts";
import type { ContentSnapshot } from "../loaders/content-snapshot.ts";
import type { SiteConfig } from "../schemas/site.ts";

/** The build phases measured here, named for the benchmark (bench/run.ts reads them from the build's timings). */
export type OutputPhase = "pdf" | "og" | "search" | "verify";

/** Measures one phase (the build command's timings); runs `step` and returns its result. */
export type MeasurePhase = <T>(phase: OutputPhase, step: () => Promise<T>) => Promise<T>;

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
 * Runs every post-Astro step on `options.siteDir`; throws (with a Japanese message) when one fails or the finished
 * site has problems.
 * @param options the folders, the content snapshot and where timings and warnings go
 */
export async function runPostBuildSteps(options: PostBuildOptions): Promise<void> {
  const { projectRoot, contentDir, siteDir, site, measure } = options;
  // Imported here: loading the config for `astro dev` must not load Typst, resvg and Pagefind.
  const { buildPdfs } = await import("./pdf.ts");
  const { buildOgImages } = await import("./og-images.ts");
  const { createRenderPool } = await import("./render-pool.ts");
  const pool = createRenderPool();
  try {
    const base = { projectRoot, contentDir, outDir: siteDir, site, content: options.content, pool };
    const { buildAwarenessPdfs } = await import("./awareness-pdfs.ts");
    const printed = await measure("pdf", () => buildAwarenessPdfs(base));
    const outputs = { ...base, printed };
    const pdf = await measure("pdf", () => buildPdfs(outputs));
    await measure("og", () => buildOgImages(outputs));
    if (pdf.issues.length) options.onIssues(pdf.issues);
  } finally {
    await pool.close();
  }
  // Break opportunities in long Japanese names in headings (before the search index and the verification read
  // the pages; the staff pages get them too).
  const { writeHeadingBreaks } = await import("./heading-breaks.ts");
  writeHeadingBreaks(siteDir);
  // Staff-only pages and PDFs leave the site before the search index, the headers and the verification see it:
  // what is published (dist/) never holds them, nor a link to them.
  const { separateStaffOutputs } = await import("./staff-outputs.ts");
  separateStaffOutputs(siteDir, options.staffDir, site.site.base);
  const writeSearchIndex = await searchIndexStep(options);
  await measure("search", writeSearchIndex);
  const { writeSecurityHeaders } = await import("./security-headers.ts");
  const { verifyBuiltSite } = await import("./verify-site.ts");
  writeSecurityHeaders(siteDir, site, createLogger("headers"));
  // Post-Astro steps go above this line: the verification sees their output too (PDF links, OG images, search).
  const problems = await measure("verify", async () =>
    verifyBuiltSite(siteDir, { siteUrl: site.site.url, base: site.site.base }, createLogger("verify"), {
      contentDir,
      projectRoot,
    }),
  );
  if (problems.length) {
    throw new Error(`できあがったサイトに問題が ${problems.length} 件あります（上の一覧を見てください）`);
  }
}

/**
 * The search index step, its modules loaded (outside the measured phase, as before the step became part of the
 * integration). The index reads the final HTML (after the PDF step has written the PDF sizes into it), with each
 * page's readings added for kana queries (cached by content hash, like the ふりがな).
 */
async function searchIndexStep({ projectRoot, contentDir, siteDir, site, content }: PostBuildOptions) {
  const { buildSearchIndex } = await import("./search-index.ts");
  const { loadSiteReader } = await import("../lib/readings/site-reader.ts");
  const { SiteNouns, withSearchReadings } = await import("../lib/readings/search-readings.ts");
  const { searchTowns, writeQueryReadings } = await import("./query-readings.ts");
  // ZAITAKU_SEARCH_BATCH_PAGES lowers the pages per Pagefind index (tests reach the cap with a small site).
  const batchPages = Number(process.env["ZAITAKU_SEARCH_BATCH_PAGES"]);
  const batchOptions = Number.isInteger(batchPages) && batchPages > 0 ? { batchPages } : {};
  return async () => {
    const reader = await loadSiteReader(projectRoot, contentDir, site.towns);
    const nouns = new SiteNouns();
    const index = await buildSearchIndex(siteDir, {
      ...batchOptions,
      prepare: (html) => withSearchReadings(html, reader.read, nouns),
    });
    if (index.pages > 0) writeQueryReadings(siteDir, reader.dictionary, nouns, searchTowns(site, content.windows));
    return index;
  };
}
