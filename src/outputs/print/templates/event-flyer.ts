/**
 * The flyer of an upcoming event (`/events/<id>.pdf`): poster-like and readable from a distance — kind, title, the
 * date with its weekday in large type, place and access in words (no map), fee, capacity, how and until when to
 * apply, accessibility support, and who to call; the standard footer with a QR code to the event page.
 */
import type { ContentIssue } from "../../../lib/content-issue.ts";
import { formatEventDates, formatEventTimes } from "../../../lib/event-dates.ts";
import { applicationDeadline } from "../../../lib/event-status.ts";
import { formatJapaneseDate } from "../../../lib/japanese-date.ts";
import type { EventData } from "../../../schemas/event.ts";
import type { SiteConfig } from "../../../schemas/site.ts";
import { type FlowBlock, type FlowDocument, renderFlowDocument } from "../flow.ts";
import type { PrintFonts } from "../fonts.ts";
import { glyphIssues, type LocatedText } from "../glyphs.ts";
import { factRow, type PrintTemplate, siteTexts, standardFooter, textLine } from "../template.ts";
import { COLOR, h, type PrintChild } from "../theme.ts";

/** Everything a flyer is made from (plain data). */
export interface EventFlyerInput {
  id: string;
  data: EventData;
  /** The event's file (and CSV row) for located messages. */
  file: string;
  row?: number | undefined;
  site: SiteConfig;
  /** Absolute URL of the event page. */
  pageUrl: string;
  /** Title of the 出前講座 menu item the event delivers, if any. */
  talkTitle?: string | undefined;
  /** The build's "today" (YYYY-MM-DD): the PDF's date, since events carry no updated date. */
  today: string;
}

const yen = (n: number) => `${n.toLocaleString("ja-JP")}円`;

/** The texts the flyer prints, with the field they come from (for glyph checks). */
function flyerTexts(input: EventFlyerInput): LocatedText[] {
  const e = input.data;
  const at = (field: string, text: string | undefined): LocatedText[] =>
    text ? [{ text, file: input.file, line: input.row, field }] : [];
  return [
    ...at("title", e.title),
    ...at("description", e.description),
    ...at("dateNote", e.dateNote),
    ...at("statusNote", e.statusNote),
    ...at("place.name", e.place?.name),
    ...at("place.address", e.place?.address),
    ...at("place.building", e.place?.building),
    ...at("place.access", e.place?.access),
    ...at("place.parking", e.place?.parking),
    ...at("feeDetail", e.feeDetail),
    ...at("audienceNote", e.audienceNote),
    ...at("application.method", e.application?.method),
    ...at("accessibilityNote", e.accessibilityNote),
    ...at("organizer", e.organizer),
    ...at("contact.name", e.contact?.name),
    ...at("note", e.note),
  ];
}

function document(input: EventFlyerInput): FlowDocument {
  const { data: e, site } = input;
  const style = site.site.dateStyle;
  const times = formatEventTimes(e);
  const blocks: FlowBlock[] = [];
  const head = h(
    "div",
    { display: "flex", flexDirection: "column" },
    h(
      "div",
      { display: "flex", flexDirection: "row", alignItems: "center" },
      h(
        "div",
        {
          display: "block",
          fontSize: 16,
          fontWeight: 700,
          color: "#ffffff",
          backgroundColor: COLOR.accent,
          padding: "2px 12px",
          borderRadius: 4,
        },
        e.kind,
      ),
      h("div", { display: "block", fontSize: 12.5, fontWeight: 700, color: COLOR.accent, marginLeft: 12 }, site.site.title),
    ),
    h("div", { display: "block", fontSize: 30, fontWeight: 700, lineHeight: 1.35, marginTop: 12 }, e.title),
    e.description ? h("div", { display: "block", fontSize: 16, lineHeight: 1.65, marginTop: 8 }, e.description) : null,
  );
  blocks.push({ content: { kind: "element", element: head }, marginTop: 0, keepTogether: true, keepWithNext: true });
  if (e.full) {
    blocks.push({
      content: {
        kind: "element",
        element: textLine(`定員に達したため、申込の受付を終えました。${e.statusNote ?? ""}`, { fontSize: 16, fontWeight: 700 }),
      },
      marginTop: 10,
    });
  } else if (e.statusNote) {
    blocks.push({ content: { kind: "element", element: textLine(e.statusNote, { fontSize: 15 }) }, marginTop: 10 });
  }

  const when = h(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      flexGrow: 1,
      padding: "10px 14px",
      border: `2.5px solid ${COLOR.accent}`,
      borderRadius: 6,
    },
    h("div", { display: "block", fontSize: 14, fontWeight: 700, color: COLOR.accent }, "日時"),
    h("div", { display: "block", fontSize: 22, fontWeight: 700, lineHeight: 1.4 }, formatEventDates(e, style)),
    times
      ? h(
          "div",
          { display: "block", fontSize: 21, fontWeight: 700, lineHeight: 1.4 },
          e.endDate === e.startDate ? times : `各日 ${times}`,
        )
      : null,
    e.dateNote ? textLine(e.dateNote, { fontSize: 15 }) : null,
  );
  // Who to call sits beside the date, so the two things a passer-by needs are read together.
  const contact = e.contact && (e.contact.name || e.contact.phone || e.contact.email) ? e.contact : undefined;
  const department = site.department;
  const phone = contact?.phone ?? (contact ? undefined : department.phone);
  const fax = contact ? contact.fax : department.fax;
  const callBox = h(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      width: "40%",
      flexShrink: 0,
      marginLeft: 12,
      padding: "10px 14px",
      backgroundColor: COLOR.noticeBack,
      borderRadius: 6,
    },
    h("div", { display: "block", fontSize: 14, fontWeight: 700, color: COLOR.accent }, "問い合わせ・申込先"),
    textLine(contact ? (contact.name ?? "") : `${site.municipality.name} ${department.name}`, {
      fontSize: 13.5,
      fontWeight: 700,
    }),
    phone ? textLine(`電話 ${phone}`, { fontSize: 20, fontWeight: 700, lineHeight: 1.4 }) : null,
    contact?.extension ? textLine(`内線 ${contact.extension}`, { fontSize: 13.5 }) : null,
    fax ? textLine(`FAX ${fax}`, { fontSize: 16, fontWeight: 700 }) : null,
    contact?.email ? textLine(`メール ${contact.email}`, { fontSize: 12.5, wordBreak: "break-all" }) : null,
  );
  blocks.push({
    content: {
      kind: "element",
      element: h(
        "div",
        { display: "flex", flexDirection: "row" },
        h("div", { display: "flex", flexGrow: 1, width: 0 }, when),
        callBox,
      ),
    },
    marginTop: 16,
    keepTogether: true,
  });

  const rows: FlowBlock[] = [];
  if (e.format !== "会場") {
    rows.push(
      factRow("参加方法", textLine(e.format === "オンライン" ? "オンラインで参加します" : "会場またはオンラインで参加できます")),
    );
  }
  if (e.place) {
    const place: PrintChild[] = [textLine(e.place.name, { fontWeight: 700 })];
    const address = [e.place.address, e.place.building].filter(Boolean).join(" ");
    if (address) place.push(textLine(address));
    rows.push(factRow("会場", place));
    if (e.place.access) rows.push(factRow("交通", textLine(e.place.access)));
    if (e.place.parking) rows.push(factRow("駐車場", textLine(e.place.parking)));
  }
  if (e.audienceNote) rows.push(factRow("対象", textLine(e.audienceNote)));
  if (e.fee !== undefined || e.feeDetail) {
    const fee = e.fee === undefined ? "" : e.fee === 0 ? "無料" : yen(e.fee);
    rows.push(
      factRow(
        "参加費",
        textLine([fee, e.feeDetail ? `（${e.feeDetail}）` : ""].join(""), { fontWeight: e.fee === 0 ? 700 : 400 }),
      ),
    );
  }
  if (e.capacity !== undefined) rows.push(factRow("定員", textLine(`${e.capacity}人${e.full ? "（定員に達しました）" : ""}`)));
  const application = e.application;
  if (!application?.required) {
    rows.push(factRow("申込", textLine(application?.method ?? "申込は不要です。当日、直接会場へお越しください。")));
  } else {
    const lines: PrintChild[] = [];
    if (application.method) lines.push(textLine(application.method));
    const deadline = applicationDeadline(e);
    lines.push(
      textLine(
        `締切 ${formatJapaneseDate(deadline.date, { style, weekday: true })}${deadline.time ? ` ${formatEventTimes({ startTime: deadline.time })}まで` : ""}` +
          (application.deadline ? "" : "（開始まで受け付けます）"),
        { fontWeight: 700 },
      ),
    );
    if (application.phone) lines.push(textLine(`申込の電話 ${application.phone}`, { fontWeight: 700 }));
    if (application.url) lines.push(textLine(`申込フォーム ${application.url}`, { fontSize: 12.5, wordBreak: "break-all" }));
    rows.push(factRow("申込", lines));
  }
  if (e.accessibility.length || e.accessibilityNote) {
    rows.push(
      factRow(
        "配慮",
        textLine([e.accessibility.map((a) => `${a}あり`).join("・"), e.accessibilityNote ?? ""].filter(Boolean).join("\n")),
      ),
    );
  }
  if (input.talkTitle) rows.push(factRow("内容", textLine(`出前講座「${input.talkTitle}」`)));
  if (e.organizer) rows.push(factRow("主催", textLine(e.organizer)));
  if (e.note) rows.push(factRow("備考", textLine(e.note)));
  if (rows[0]) rows[0] = { ...rows[0], marginTop: 14 };
  blocks.push(...rows);

  const when1 = `${formatEventDates(e, style)}${times ? ` ${times}` : ""}`;
  return {
    metadata: {
      title: e.title,
      subject: e.description ?? `${when1} ${e.title}`,
      author: `${site.municipality.name} ${department.name}`,
      keywords: [e.kind, ...(e.area ? [e.area] : [])],
      date: input.today,
    },
    footer: standardFooter(site, input.pageUrl),
    blocks,
    fitToPages: 1,
  };
}

export const eventFlyerTemplate: PrintTemplate<EventFlyerInput> = {
  name: "event-flyer",
  prepare(input, fonts) {
    const issues: ContentIssue[] = glyphIssues([...flyerTexts(input), ...siteTexts(input.site)], fonts);
    return { issues, files: [] };
  },
  render(input, fonts: PrintFonts) {
    return renderFlowDocument(document(input), fonts);
  },
};
