/**
 * The 出前講座 application form (`/talks/application.pdf`): printed, filled in by hand and sent by FAX. Where to
 * send it (FAX in large type), ruled blanks for the group, contact, wished dates, venue and number of people, the
 * talks menu as checkboxes, and a box for questions. Footer with a QR code to the talks page. Laid out by
 * templates/talk-application.typ with Typst on one page, write-in rows at least 10 mm high.
 */
import type { SiteConfig } from "../../../schemas/site.ts";
import type { PrintFonts } from "../fonts.ts";
import { glyphIssues } from "../glyphs.ts";
import { type PrintTemplate, siteTexts } from "../template.ts";
import { compileTypstPdf, typstDate, typstTemplate } from "../typst/compiler.ts";
import { frameData, publisher } from "../typst/parts.ts";

/** One talk of the menu as the form lists it (plain data, from talks/*.mdx). */
export interface FormTalk {
  title: string;
  /** e.g. 60分, 1時間30分. */
  duration: string;
  minGroupSize: number;
  file: string;
}

/** Everything the form is made from. */
export interface TalkApplicationInput {
  talks: FormTalk[];
  site: SiteConfig;
  /** Absolute URL of the talks page. */
  pageUrl: string;
  /** The latest `updated` of the talks, or the build's "today" when none has one. */
  date: string;
  dated: boolean;
}

/** The data of talk-application.typ. */
function formData(input: TalkApplicationInput, face: PrintFonts["face"]) {
  const { site } = input;
  const { department } = site;
  const meta = {
    title: "出前講座 申込書",
    subject: `${site.municipality.name}の出前講座（在宅医療・介護）の申込書。書いてFAXでお送りください。`,
    author: publisher(site),
    keywords: ["出前講座", "申込書"],
  };
  const frame = frameData(site, face, meta, input.pageUrl, input.dated ? input.date : undefined);
  const sendTo = department.fax
    ? [
        { text: "送り先（FAX）", size: 14, bold: true, accent: true },
        { text: `FAX ${department.fax}`, size: 26, bold: true },
        { text: `${publisher(site)} ／ 電話 ${department.phone}（電話でも申し込めます）`, size: 13 },
      ]
    : [
        { text: "申込先", size: 14, bold: true, accent: true },
        { text: `電話 ${department.phone}`, size: 26, bold: true },
        { text: `${publisher(site)}（この用紙は郵送か窓口でもお受けします）`, size: 13 },
      ];
  const when = "月　　日（　）　　時　　分から";
  return {
    data: {
      ...frame.data,
      siteTitle: site.site.title,
      intro: "町内会・老人クラブ・サロンなどの集まりに、専門職が講師としてうかがいます。太い枠の中を書いて、お送りください。",
      sendTo,
      rows: [
        { label: "申込日", suffix: "年　　　月　　　日" },
        { label: "団体名" },
        { label: "代表者のお名前" },
        { label: "電話番号", suffix: "FAX（あれば）　　　　　　　　　　　" },
        { label: "希望日時（第1希望）", suffix: when },
        { label: "希望日時（第2希望）", suffix: when },
        { label: "会場（住所）" },
        { label: "参加する人数", suffix: "人くらい" },
      ],
      tickTitle: "聞きたい講座に ✓ をつけてください（いくつでも）",
      talks: input.talks.map((t) => ({ title: t.title, detail: `（${t.duration}・${t.minGroupSize}人から）` })),
      questions: "聞きたいこと・ご要望（会場の設備、手話通訳が必要など）",
      // Fewer talks leave more room to write: the form fills its page.
      questionLines: Math.max(2, 6 - input.talks.length),
      closing: "申込書が届いたら、担当者からお電話して日時と内容を決めます。",
    },
    files: frame.files,
  };
}

export const talkApplicationTemplate: PrintTemplate<TalkApplicationInput> = {
  name: "talk-application",
  prepare(input, fonts) {
    const texts = input.talks.map((t) => ({ text: t.title, file: t.file, field: "title" }));
    return { issues: glyphIssues([...texts, ...siteTexts(input.site)], fonts), files: [] };
  },
  async render(input, fonts) {
    const { data, files } = formData(input, fonts.face);
    const template = typstTemplate("talk-application");
    const { pdf, pages } = compileTypstPdf(fonts.face, { template, data, files, createdAt: typstDate(input.date) });
    return { pdf, pages, warnings: [] };
  },
};
