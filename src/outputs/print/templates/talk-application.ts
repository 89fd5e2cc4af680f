/**
 * The 出前講座 application form (`/talks/application.pdf`): printed, filled in by hand and sent by FAX. Where to
 * send it (FAX in large type), ruled blanks for the group, contact, wished dates, venue and number of people, the
 * talks menu as checkboxes, and a box for questions. Footer with a QR code to the talks page.
 */
import type { SiteConfig } from "../../../schemas/site.ts";
import { type FlowBlock, renderFlowDocument } from "../flow.ts";
import { glyphIssues } from "../glyphs.ts";
import { checkBox, type PrintTemplate, siteTexts, standardFooter, textLine, writeInRow } from "../template.ts";
import { COLOR, h } from "../theme.ts";

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

const block = (element: ReturnType<typeof h>, marginTop: number, extra: Partial<FlowBlock> = {}): FlowBlock => ({
  content: { kind: "element", element },
  marginTop,
  ...extra,
});

function blocks(input: TalkApplicationInput): FlowBlock[] {
  const { site } = input;
  const { department } = site;
  const sendTo = department.fax
    ? h(
        "div",
        { display: "flex", flexDirection: "column", padding: "8px 14px", border: `2.5px solid ${COLOR.accent}`, borderRadius: 6 },
        textLine("送り先（FAX）", { fontSize: 14, fontWeight: 700, color: COLOR.accent }),
        textLine(`FAX ${department.fax}`, { fontSize: 26, fontWeight: 700 }),
        textLine(`${site.municipality.name} ${department.name} ／ 電話 ${department.phone}（電話でも申し込めます）`, {
          fontSize: 13,
        }),
      )
    : h(
        "div",
        { display: "flex", flexDirection: "column", padding: "8px 14px", border: `2.5px solid ${COLOR.accent}`, borderRadius: 6 },
        textLine("申込先", { fontSize: 14, fontWeight: 700, color: COLOR.accent }),
        textLine(`電話 ${department.phone}`, { fontSize: 26, fontWeight: 700 }),
        textLine(`${site.municipality.name} ${department.name}（この用紙は郵送か窓口でもお受けします）`, { fontSize: 13 }),
      );
  const out: FlowBlock[] = [
    block(
      h(
        "div",
        { display: "flex", flexDirection: "column" },
        textLine(site.site.title, { fontSize: 12.5, fontWeight: 700, color: COLOR.accent }),
        textLine("出前講座 申込書", { fontSize: 28, fontWeight: 700, lineHeight: 1.35 }),
        textLine(
          "町内会・老人クラブ・サロンなどの集まりに、専門職が講師としてうかがいます。太い枠の中を書いて、お送りください。",
          {
            fontSize: 13.5,
          },
        ),
      ),
      0,
      { keepTogether: true },
    ),
    block(sendTo, 10, { keepTogether: true }),
    block(
      h(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          padding: "4px 14px 12px",
          border: `2px solid ${COLOR.text}`,
          borderRadius: 4,
        },
        writeInRow("申込日", { suffix: "年　　　月　　　日" }),
        writeInRow("団体名"),
        writeInRow("代表者のお名前"),
        writeInRow("電話番号", { suffix: "FAX（あれば）　　　　　　　　　　　" }),
        writeInRow("希望日時（第1希望）", { suffix: "月　　日（　）　　時　　分から" }),
        writeInRow("希望日時（第2希望）", { suffix: "月　　日（　）　　時　　分から" }),
        writeInRow("会場（住所）"),
        writeInRow("参加する人数", { suffix: "人くらい" }),
      ),
      12,
      { keepTogether: true },
    ),
    block(
      textLine("聞きたい講座に ✓ をつけてください（いくつでも）", { fontSize: 15, fontWeight: 700, color: COLOR.accent }),
      14,
      {
        keepWithNext: true,
      },
    ),
  ];
  for (const talk of input.talks) {
    out.push(
      block(
        h(
          "div",
          { display: "flex", flexDirection: "row", padding: "4px 0", borderBottom: `1px solid ${COLOR.rule}` },
          checkBox(),
          h(
            "div",
            { display: "block", flexGrow: 1, width: 0, marginLeft: 10, fontSize: 15, lineHeight: 1.5 },
            h("span", { fontWeight: 700 }, talk.title),
            `（${talk.duration}・${talk.minGroupSize}人から）`,
          ),
        ),
        0,
      ),
    );
  }
  out.push(
    block(
      h(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          height: 80,
          padding: "4px 10px",
          border: `1px solid ${COLOR.text}`,
          borderRadius: 4,
        },
        textLine("聞きたいこと・ご要望（会場の設備、手話通訳が必要など）", { fontSize: 13, fontWeight: 700 }),
      ),
      14,
      { keepTogether: true },
    ),
    block(textLine("申込書が届いたら、担当者からお電話して日時と内容を決めます。", { fontSize: 13 }), 8),
  );
  return out;
}

export const talkApplicationTemplate: PrintTemplate<TalkApplicationInput> = {
  name: "talk-application",
  prepare(input, fonts) {
    const texts = input.talks.map((t) => ({ text: t.title, file: t.file, field: "title" }));
    return { issues: glyphIssues([...texts, ...siteTexts(input.site)], fonts), files: [] };
  },
  render(input, fonts) {
    const { site } = input;
    return renderFlowDocument(
      {
        metadata: {
          title: "出前講座 申込書",
          subject: `${site.municipality.name}の出前講座（在宅医療・介護）の申込書。書いてFAXでお送りください。`,
          author: `${site.municipality.name} ${site.department.name}`,
          keywords: ["出前講座", "申込書"],
          date: input.date,
        },
        footer: standardFooter(site, input.pageUrl, input.dated ? input.date : undefined),
        blocks: blocks(input),
        fitToPages: 1,
      },
      fonts,
    );
  },
};
