/**
 * What every printed document type provides, and the parts they share (footer, contact box, notice that the web
 * page is the official accessible version).
 *
 * To add a document (event flyer, consultation-window sheet, 出前講座 application form): write a template in
 * templates/ that turns its input into a FlowDocument (blocks + footer + metadata), register it in
 * templates/index.ts, and list its jobs in src/outputs/pdf.ts. Layout, pagination, fonts, QR, caching and workers
 * come with the engine.
 */
import type { ContentIssue } from "../../lib/content-issue.ts";
import { formatJapaneseDate } from "../../lib/japanese-date.ts";
import type { SiteConfig } from "../../schemas/site.ts";
import type { FlowBlock, FooterInfo, RenderedPdf } from "./flow.ts";
import type { PrintFonts } from "./fonts.ts";
import { COLOR, h, type PrintChild, type PrintElement } from "./theme.ts";

/** What a template checks before rendering: located problems, and the files the output depends on. */
export interface PreparedDocument {
  issues: ContentIssue[];
  /** Absolute paths of files (images) whose bytes go into the cache key. */
  files: string[];
}

/**
 * A printed document type. `Input` must be plain data (it is sent to worker threads and hashed for the cache).
 */
export interface PrintTemplate<Input> {
  /** Registry name; part of the cache key. */
  name: string;
  /** Checks what the PDF needs beyond the schema (glyphs, images, table widths) without rendering. */
  prepare(input: Input, fonts: PrintFonts): PreparedDocument;
  /** Renders the PDF. */
  render(input: Input, fonts: PrintFonts): Promise<RenderedPdf>;
}

/** The standard footer of a page about `pageUrl` last updated on `updated` (YYYY-MM-DD; no date line without it). */
export function standardFooter(site: SiteConfig, pageUrl: string, updated?: string): FooterInfo {
  const { municipality, department } = site;
  return {
    pageUrl,
    issuer: `発行: ${municipality.name} ${department.name}`,
    contact: `電話 ${department.phone}${department.fax ? `　FAX ${department.fax}` : ""}`,
    updated: updated ? `更新日 ${formatJapaneseDate(updated, { style: site.site.dateStyle })}` : undefined,
  };
}

/** A labelled row (日時, 会場, 参加費 …): the label in a fixed column, the value beside it; one block per row. */
export function factRow(
  label: string,
  value: PrintChild | PrintChild[],
  options: { labelWidth?: number; size?: number } = {},
): FlowBlock {
  const size = options.size ?? 15;
  return {
    content: {
      kind: "element",
      element: h(
        "div",
        {
          display: "flex",
          flexDirection: "row",
          fontSize: size,
          lineHeight: 1.6,
          padding: "7px 0",
          borderBottom: `1px solid ${COLOR.rule}`,
        },
        h(
          "div",
          { display: "block", width: options.labelWidth ?? 92, flexShrink: 0, fontWeight: 700, color: COLOR.accent },
          label,
        ),
        h(
          "div",
          { display: "flex", flexDirection: "column", flexGrow: 1, flexShrink: 1, width: 0 },
          ...(Array.isArray(value) ? value : [value]),
        ),
      ),
    },
    marginTop: 0,
  };
}

/** A line of text inside a value column (keeps 「」 and long words wrapping like body text). */
export function textLine(text: string, style: Record<string, string | number> = {}): PrintElement {
  return h("div", { display: "block", whiteSpace: "pre-line", ...style }, text);
}

/** A line to write on by hand: the label, then a ruled blank of `height` points (and an optional suffix). */
export function writeInRow(label: string, options: { suffix?: string; height?: number; labelWidth?: number } = {}): PrintElement {
  return h(
    "div",
    { display: "flex", flexDirection: "row", alignItems: "flex-end", height: options.height ?? 34, fontSize: 14 },
    h("div", { display: "block", width: options.labelWidth ?? 150, flexShrink: 0, fontWeight: 700, paddingBottom: 3 }, label),
    h(
      "div",
      {
        display: "block",
        flexGrow: 1,
        height: "100%",
        borderBottom: `1px solid ${COLOR.text}`,
        textAlign: "right",
        paddingBottom: 3,
      },
      options.suffix ?? "",
    ),
  );
}

/** An empty square to tick by hand. */
export function checkBox(size = 17): PrintElement {
  return h("div", {
    display: "flex",
    width: size,
    height: size,
    flexShrink: 0,
    border: `1.5px solid ${COLOR.text}`,
    marginTop: 4,
  });
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
