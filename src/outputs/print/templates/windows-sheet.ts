/**
 * 「わが家の相談窓口」 (`/windows.pdf`): every consultation window on one A4 sheet to keep by the phone — name, kind
 * and area, phone in large type, FAX, opening hours — with ruled blanks to write the family's own doctor, care
 * manager and visiting nurse by hand. Footer with a QR code to the windows page.
 */
import type { SiteConfig } from "../../../schemas/site.ts";
import { type FlowBlock, renderFlowDocument } from "../flow.ts";
import type { PrintFonts } from "../fonts.ts";
import { glyphIssues } from "../glyphs.ts";
import { type PrintTemplate, siteTexts, standardFooter, textLine, writeInRow } from "../template.ts";
import { COLOR, CONTENT_WIDTH, h } from "../theme.ts";

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

function row(cells: [PrintChildren, PrintChildren, PrintChildren], header: boolean, widths: readonly number[]): FlowBlock {
  return {
    content: {
      kind: "element",
      element: h(
        "div",
        {
          display: "flex",
          flexDirection: "row",
          width: CONTENT_WIDTH,
          borderLeft: `1px solid ${COLOR.rule}`,
          borderBottom: `1px solid ${COLOR.rule}`,
          ...(header
            ? { borderTop: `1px solid ${COLOR.rule}`, backgroundColor: COLOR.tableHead, fontWeight: 700, fontSize: 13 }
            : {}),
        },
        ...cells.map((cell, i) =>
          h(
            "div",
            {
              display: "flex",
              flexDirection: "column",
              width: widths[i] as number,
              flexShrink: 0,
              padding: `4px ${CELL_PADDING}px`,
              borderRight: `1px solid ${COLOR.rule}`,
            },
            ...cell,
          ),
        ),
      ),
    },
    marginTop: header ? 14 : 0,
    keepWithNext: header,
  };
}

type PrintChildren = ReturnType<typeof textLine>[];

function blocks(input: WindowsSheetInput, fonts: PrintFonts): FlowBlock[] {
  const widths = columnWidths(input.windows, fonts);
  const { site } = input;
  const out: FlowBlock[] = [
    {
      content: {
        kind: "element",
        element: h(
          "div",
          { display: "flex", flexDirection: "column" },
          textLine(site.site.title, { fontSize: 12.5, fontWeight: 700, color: COLOR.accent }),
          textLine("わが家の相談窓口", { fontSize: 28, fontWeight: 700, lineHeight: 1.35 }),
          textLine(
            `${site.municipality.name}の在宅医療・介護の相談先です。電話のそばに置いてお使いください。祝日・年末年始（12月29日〜1月3日）は、ほとんどの窓口がお休みです。`,
            { fontSize: 13 },
          ),
        ),
      },
      marginTop: 0,
      keepTogether: true,
    },
    {
      content: {
        kind: "element",
        element: h(
          "div",
          {
            display: "flex",
            flexDirection: "column",
            padding: "6px 14px 12px",
            border: `2px solid ${COLOR.accent}`,
            borderRadius: 6,
          },
          textLine("わが家のメモ（書き込んでください）", { fontSize: 14, fontWeight: 700, color: COLOR.accent }),
          writeInRow("わたしの地域包括支援センター", { labelWidth: 210 }),
          writeInRow("かかりつけ医", { suffix: "電話　　　　　　　　　　　" }),
          writeInRow("ケアマネジャー", { suffix: "電話　　　　　　　　　　　" }),
          writeInRow("訪問看護ステーション", { suffix: "電話　　　　　　　　　　　" }),
        ),
      },
      marginTop: 12,
      keepTogether: true,
    },
  ];
  const header = row([[textLine("窓口")], [textLine("電話")], [textLine("受付時間")]], true, widths);
  out.push(header);
  for (const w of input.windows) {
    const block = row(
      [
        [
          textLine(w.name, { fontSize: 13, fontWeight: 700, lineHeight: 1.45 }),
          textLine(w.areas ? `担当: ${w.areas}` : w.kind, { fontSize: SMALL_SIZE, lineHeight: 1.45 }),
        ],
        [
          textLine(w.phone, { fontSize: PHONE_SIZE, fontWeight: 700, lineHeight: 1.4 }),
          ...(w.fax ? [textLine(`FAX ${w.fax}`, { fontSize: SMALL_SIZE, lineHeight: 1.45 })] : []),
        ],
        [textLine(w.hours.replace(/、/g, "\n"), { fontSize: SMALL_SIZE, lineHeight: 1.45 })],
      ],
      false,
      widths,
    );
    out.push({ ...block, repeatAtPageTop: header });
  }
  return out;
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
  render(input, fonts) {
    const { site } = input;
    return renderFlowDocument(
      {
        metadata: {
          title: "わが家の相談窓口",
          subject: `${site.municipality.name}の在宅医療・介護の相談窓口の一覧（電話番号と受付時間）`,
          author: `${site.municipality.name} ${site.department.name}`,
          keywords: ["相談窓口", "地域包括支援センター"],
          date: input.date,
        },
        footer: standardFooter(site, input.pageUrl, input.dated ? input.date : undefined),
        blocks: blocks(input, fonts),
        fitToPages: 1,
      },
      fonts,
    );
  },
};
