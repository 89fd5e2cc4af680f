/**
 * 「わが家の相談窓口」 (`/windows.pdf`): every consultation window on one A4 sheet to keep by the phone — name, kind
 * and area, phone in large type, FAX, opening hours — with ruled blanks (at least 10 mm high, aligned) to write the
 * family's own doctor, care manager and visiting nurse by hand. Footer with a QR code to the windows page. Laid out
 * by templates/windows-sheet.typ with Typst on one page; names break only at their spaces and 「・」.
 */
import type { SiteConfig } from "../../../schemas/site.ts";
import { CONTENT_WIDTH } from "../doc-blocks.ts";
import type { PrintFonts } from "../fonts.ts";
import { glyphIssues } from "../glyphs.ts";
import { type PrintTemplate, siteTexts } from "../template.ts";
import { compileTypstPdf, typstDate, typstTemplate } from "../typst/compiler.ts";
import { frameData, publisher } from "../typst/parts.ts";
/** One window as the sheet shows it (plain data, prepared from windows/*.yaml). */
export interface SheetWindow {
  name: string;
  kind: string;
  /** 担当地区 (地域包括支援センター), joined for display; empty when none. */
  areas: string;
  phone: string;
  fax?: string | undefined;
  /** 受付時間 in words, e.g. 月〜金 8:30〜17:15. */
  hours: string;
  /** The window's file, for located messages. */
  file: string;
}

/** Everything the sheet is made from. */
export interface WindowsSheetInput {
  windows: SheetWindow[];
  site: SiteConfig;
  /** Absolute URL of the windows page. */
  pageUrl: string;
  /** The latest `updated` of the windows, or the build's "today" when none has one. */
  date: string;
  /** Whether `date` is a content date (shown as 更新日) or only the build day. */
  dated: boolean;
}

const PHONE_SIZE = 15.5;
const SMALL_SIZE = 12;
const CELL_PADDING = 7;

/** Column widths: the phone and hours columns as wide as their longest line, the name column takes the rest. */
function columnWidths(windows: readonly SheetWindow[], fonts: PrintFonts): number[] {
  const widest = (texts: string[], size: number, bold = false) => Math.max(0, ...texts.map((t) => fonts.measure(t, size, bold)));
  const phone = Math.max(
    widest(
      windows.map((w) => w.phone),
      PHONE_SIZE,
      true,
    ),
    widest(
      windows.flatMap((w) => (w.fax ? [`FAX ${w.fax}`] : [])),
      SMALL_SIZE,
    ),
  );
  const hours = widest(
    windows.flatMap((w) => w.hours.split("、")),
    SMALL_SIZE,
  );
  const pad = 2 * CELL_PADDING + 2;
  const phoneWidth = Math.min(phone + pad, CONTENT_WIDTH * 0.32);
  const hoursWidth = Math.min(hours + pad, CONTENT_WIDTH * 0.34);
  return [CONTENT_WIDTH - phoneWidth - hoursWidth, phoneWidth, hoursWidth];
}

/** The data of windows-sheet.typ. */
function sheetData(input: WindowsSheetInput, fonts: PrintFonts) {
  const { site } = input;
  const meta = {
    title: "わが家の相談窓口",
    subject: `${site.municipality.name}の在宅医療・介護の相談窓口の一覧（電話番号と受付時間）`,
    author: publisher(site),
    keywords: ["相談窓口", "地域包括支援センター"],
  };
  const frame = frameData(site, fonts.face, meta, input.pageUrl, input.dated ? input.date : undefined);
  const phoneBlank = "電話　　　　　　　　　　　";
  return {
    data: {
      ...frame.data,
      siteTitle: site.site.title,
      intro: `${site.municipality.name}の在宅医療・介護の相談先です。電話のそばに置いてお使いください。祝日・年末年始（12月29日〜1月3日）は、ほとんどの窓口がお休みです。`,
      memoTitle: "わが家のメモ（書き込んでください）",
      memo: [
        { label: "わたしの地域包括支援センター" },
        { label: "かかりつけ医", suffix: phoneBlank },
        { label: "ケアマネジャー", suffix: phoneBlank },
        { label: "訪問看護ステーション", suffix: phoneBlank },
      ],
      widths: columnWidths(input.windows, fonts).map((w) => Math.floor(w * 100) / 100 - 0.01),
      header: ["窓口", "電話", "受付時間"],
      windows: input.windows.map((w) => ({
        name: w.name,
        detail: w.areas ? `担当: ${w.areas}` : w.kind,
        phone: w.phone,
        fax: w.fax ?? null,
        hours: w.hours.split("、"),
      })),
    },
    files: frame.files,
  };
}

export const windowsSheetTemplate: PrintTemplate<WindowsSheetInput> = {
  name: "windows-sheet",
  prepare(input, fonts) {
    const texts = input.windows.flatMap((w) =>
      [
        { text: w.name, field: "name" },
        { text: w.areas, field: "areas" },
        { text: w.hours, field: "hours" },
      ].map((t) => ({ ...t, file: w.file })),
    );
    return { issues: glyphIssues([...texts, ...siteTexts(input.site)], fonts), files: [] };
  },
  async render(input, fonts) {
    const { data, files } = sheetData(input, fonts);
    const template = typstTemplate("windows-sheet");
    const { pdf, pages } = compileTypstPdf(fonts.face, { template, data, files, createdAt: typstDate(input.date) });
    return { pdf, pages, warnings: [] };
  },
};
