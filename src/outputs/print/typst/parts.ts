/**
 * Data for the parts of templates/frame.typ that every A4 document shares: metadata, footer (with the page URL's
 * QR code as a virtual SVG file), the notice that the web page is the official version, and the contact box.
 */
import type { SiteConfig } from "../../../schemas/site.ts";
import type { PrintFace } from "../fonts.ts";
import { qrSvg } from "../qr.ts";
import { standardFooter } from "../template.ts";
import { TYPST_FAMILY } from "./compiler.ts";

/** PDF metadata of a document. */
export interface FrameMeta {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
}

/** What frame.typ reads from every document's data. */
export interface FrameData {
  meta: FrameMeta;
  font: string;
  footer: ReturnType<typeof standardFooter>;
}

/**
 * The frame's data and its files (the QR code) for a document about `pageUrl`.
 * @param pageUrl the document's public web page; null when it has none (no QR code, no URL in the footer)
 * @param updated YYYY-MM-DD shown in the footer (no date line without it)
 */
export function frameData(
  site: SiteConfig,
  face: PrintFace,
  meta: FrameMeta,
  pageUrl: string | null,
  updated?: string,
): { data: FrameData; files: Record<string, Uint8Array> } {
  return {
    data: { meta, font: TYPST_FAMILY[face], footer: standardFooter(site, pageUrl, updated) },
    files: pageUrl === null ? {} : { "/qr.svg": Buffer.from(qrSvg(pageUrl)) },
  };
}

/** The author of every document: the municipality and the department. */
export function publisher(site: SiteConfig): string {
  return `${site.municipality.name} ${site.department.name}`;
}

/** The notice on the first page that the web page is the official, accessible version. */
export function officialNotice(pageTitle: string, pageUrl: string): { text: string; url: string; qr: string } {
  return {
    text: `この印刷物は、ウェブページ「${pageTitle}」を印刷用にまとめたものです。ウェブページが正式版で、文字の拡大や音声読み上げにも対応しています。`,
    url: pageUrl,
    qr: "（各ページの下のQRコードを、スマートフォンのカメラで読み取っても開けます）",
  };
}

/** The lines of the contact box: department, address, phone and FAX, e-mail, hours. */
export function contactLines(site: SiteConfig): { text: string; size?: number; bold?: boolean }[] {
  const { department } = site;
  return [
    { text: publisher(site), bold: true },
    { text: `${department.postalCode ? `〒${department.postalCode} ` : ""}${department.address}` },
    { text: `電話 ${department.phone}${department.fax ? `　FAX ${department.fax}` : ""}`, size: 17, bold: true },
    ...(department.email ? [{ text: `メール ${department.email}` }] : []),
    { text: `受付時間 ${department.hours}` },
  ];
}
