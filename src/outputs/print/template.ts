/**
 * What every printed document type provides, and the parts they share (the footer, the site texts every page shows).
 *
 * To add a document: write a Typst template in templates/<name>.typ that reads its data from json("/data.json")
 * (the page frame and block list come from frame.typ and blocks.typ), a TypeScript template beside it that turns
 * its input into that data and compiles it with typst/compiler.ts, register it in templates/index.ts, and list its
 * jobs in src/outputs/pdf.ts. Content is data, never markup. Fonts, QR, tagging, caching and workers come with the
 * engine.
 */
import type { ContentIssue } from "../../lib/content/content-issue.ts";
import { formatJapaneseDate } from "../../lib/dates/japanese-date.ts";
import type { SiteConfig } from "../../schemas/site.ts";
import type { PrintFonts } from "./fonts.ts";

/** What the footer of every page says (templates/frame.typ lays it out beside the page URL's QR code). */
export interface FooterInfo {
  /**
   * Absolute URL of the web page (QR code and printed URL); null for a document with no public page (the staff
   * activity report: its page is never published), whose footer then has neither.
   */
  pageUrl: string | null;
  issuer: string;
  contact: string;
  /** 更新日 line; none for documents without a content date. */
  updated?: string | undefined;
}

/** A warning about the layout of a document, located by line in its file. */
export interface LayoutWarning {
  line?: number | undefined;
  message: string;
}

/** A rendered PDF. */
export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
  warnings: LayoutWarning[];
  /** Why no file is published for this job (e.g. a pamphlet too long for a leaflet); `pdf` is then empty. */
  omitted?: string | undefined;
}

/** What a template checks before rendering: located problems, and the files the output depends on. */
export interface PreparedDocument {
  issues: ContentIssue[];
  /** Absolute paths of files (images) whose bytes go into the cache key. */
  files: string[];
}

/**
 * A printed document type. `Input` must be plain data (it is sent to worker processes and hashed for the cache).
 */
export interface PrintTemplate<Input> {
  /** Registry name; part of the cache key. */
  name: string;
  /** Checks what the PDF needs beyond the schema (glyphs, images, table widths) without rendering. */
  prepare(input: Input, fonts: PrintFonts): PreparedDocument;
  /** Renders the PDF. */
  render(input: Input, fonts: PrintFonts): Promise<RenderedPdf>;
}

/**
 * The standard footer of a page about `pageUrl` (null: no public page) last updated on `updated` (YYYY-MM-DD; no date
 * line without it).
 */
export function standardFooter(site: SiteConfig, pageUrl: string | null, updated?: string): FooterInfo {
  const { municipality, department } = site;
  return {
    pageUrl,
    issuer: `発行: ${municipality.name} ${department.name}`,
    contact: `電話 ${department.phone}${department.fax ? `　FAX ${department.fax}` : ""}`,
    updated: updated ? `更新日 ${formatJapaneseDate(updated, { style: site.site.dateStyle })}` : undefined,
  };
}

/** The texts of site.yaml that every printed page shows (checked for glyphs once per document). */
export function siteTexts(site: SiteConfig): { text: string; file: string; field: string }[] {
  const { municipality, department } = site;
  return [
    { text: site.site.title, file: "site.yaml", field: "site.title" },
    { text: municipality.name, file: "site.yaml", field: "municipality.name" },
    { text: department.name, file: "site.yaml", field: "department.name" },
    { text: department.address, file: "site.yaml", field: "department.address" },
    { text: department.hours, file: "site.yaml", field: "department.hours" },
  ];
}
