/**
 * The flyer of an upcoming event (`/events/<id>.pdf`): poster-like and readable from a distance — kind, title, the
 * date with its weekday in large type, place and access in words (no map), fee, capacity, how and until when to
 * apply, accessibility support, and who to call; the standard footer with a QR code to the event page. Laid out by
 * templates/event-flyer.typ with Typst on one page (scaled down a little when the content is long).
 */
import type { ContentIssue } from "../../../lib/content/content-issue.ts";
import { formatJapaneseDate } from "../../../lib/dates/japanese-date.ts";
import { formatEventDates, formatEventTimes } from "../../../lib/events/event-dates.ts";
import { applicationDeadline } from "../../../lib/events/event-status.ts";
import type { EventData } from "../../../schemas/event.ts";
import type { SiteConfig } from "../../../schemas/site.ts";
import type { PrintFonts } from "../fonts.ts";
import { glyphIssues, type LocatedText } from "../glyphs.ts";
import { type PrintTemplate, siteTexts } from "../template.ts";
import { compileTypstPdf, typstDate, typstTemplate } from "../typst/compiler.ts";
import { frameData, publisher } from "../typst/parts.ts";
import { withRowHeaders } from "../typst/row-headers.ts";

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

/** A line of text in the Typst template: size in points, bold or not. */
interface Line {
  text: string;
  size?: number;
  bold?: boolean;
  /** A name: breaks only at its spaces. */
  words?: boolean;
}

/** A label/value row (日時, 会場, 参加費 …). */
interface FactRow {
  label: string;
  lines: Line[];
}

const line = (text: string, options: Omit<Line, "text"> = {}): Line => ({ text, ...options });

/** The data of event-flyer.typ. */
function flyerData(input: EventFlyerInput, face: PrintFonts["face"]) {
  const { data: e, site } = input;
  const style = site.site.dateStyle;
  const times = formatEventTimes(e);
  const when: Line[] = [line(formatEventDates(e, style), { size: 21, bold: true, words: true })];
  if (times) when.push(line(e.endDate === e.startDate ? times : `各日 ${times}`, { size: 21, bold: true }));
  if (e.dateNote) when.push(line(e.dateNote, { size: 15 }));
  // Who to call sits beside the date, so the two things a passer-by needs are read together.
  const contact = e.contact && (e.contact.name || e.contact.phone || e.contact.email) ? e.contact : undefined;
  const department = site.department;
  const phone = contact?.phone ?? (contact ? undefined : department.phone);
  const fax = contact ? contact.fax : department.fax;
  const call: Line[] = [line(contact ? (contact.name ?? "") : publisher(site), { size: 13.5, bold: true, words: true })];
  if (phone) call.push(line(`電話 ${phone}`, { size: 20, bold: true, words: true }));
  if (contact?.extension) call.push(line(`内線 ${contact.extension}`, { size: 13.5 }));
  if (fax) call.push(line(`FAX ${fax}`, { size: 16, bold: true }));
  if (contact?.email) call.push(line(`メール ${contact.email}`, { size: 12.5 }));

  const rows: FactRow[] = [];
  const row = (label: string, ...lines: Line[]) => rows.push({ label, lines });
  if (e.format !== "会場")
    row("参加方法", line(e.format === "オンライン" ? "オンラインで参加します" : "会場またはオンラインで参加できます"));
  if (e.place) {
    const address = [e.place.address, e.place.building].filter(Boolean).join(" ");
    row("会場", line(e.place.name, { bold: true, words: true }), ...(address ? [line(address)] : []));
    if (e.place.access) row("交通", line(e.place.access));
    if (e.place.parking) row("駐車場", line(e.place.parking));
  }
  if (e.audienceNote) row("対象", line(e.audienceNote));
  if (e.fee !== undefined || e.feeDetail) {
    const fee = e.fee === undefined ? "" : e.fee === 0 ? "無料" : yen(e.fee);
    row("参加費", line([fee, e.feeDetail ? `（${e.feeDetail}）` : ""].join(""), { bold: e.fee === 0 }));
  }
  if (e.capacity !== undefined) row("定員", line(`${e.capacity}人${e.full ? "（定員に達しました）" : ""}`));
  const application = e.application;
  if (!application?.required) {
    row("申込", line(application?.method ?? "申込は不要です。当日、直接会場へお越しください。"));
  } else {
    const deadline = applicationDeadline(e);
    const lines: Line[] = application.method ? [line(application.method)] : [];
    lines.push(
      line(
        `締切 ${formatJapaneseDate(deadline.date, { style, weekday: true })}${deadline.time ? ` ${formatEventTimes({ startTime: deadline.time })}まで` : ""}` +
          (application.deadline ? "" : "（開始まで受け付けます）"),
        { bold: true },
      ),
    );
    if (application.phone) lines.push(line(`申込の電話 ${application.phone}`, { bold: true }));
    if (application.url) lines.push(line(`申込フォーム ${application.url}`, { size: 12.5 }));
    row("申込", ...lines);
  }
  if (e.accessibility.length || e.accessibilityNote) {
    row("配慮", line([e.accessibility.map((a) => `${a}あり`).join("・"), e.accessibilityNote ?? ""].filter(Boolean).join("\n")));
  }
  if (input.talkTitle) row("内容", line(`出前講座「${input.talkTitle}」`));
  if (e.organizer) row("主催", line(e.organizer));
  if (e.note) row("備考", line(e.note));

  const when1 = `${formatEventDates(e, style)}${times ? ` ${times}` : ""}`;
  const meta = {
    title: e.title,
    subject: e.description ?? `${when1} ${e.title}`,
    author: publisher(site),
    keywords: [e.kind, ...(e.area ? [e.area] : [])],
  };
  const frame = frameData(site, face, meta, input.pageUrl);
  const status = e.full
    ? line(`定員に達したため、申込の受付を終えました。${e.statusNote ?? ""}`, { size: 16, bold: true })
    : e.statusNote
      ? line(e.statusNote, { size: 15 })
      : null;
  return {
    data: {
      ...frame.data,
      kind: e.kind,
      siteTitle: site.site.title,
      description: e.description ?? null,
      status,
      when,
      call,
      rows,
    },
    files: frame.files,
  };
}

export const eventFlyerTemplate: PrintTemplate<EventFlyerInput> = {
  name: "event-flyer",
  prepare(input, fonts) {
    const issues: ContentIssue[] = glyphIssues([...flyerTexts(input), ...siteTexts(input.site)], fonts);
    return { issues, files: [] };
  },
  async render(input, fonts: PrintFonts) {
    const { data, files } = flyerData(input, fonts.face);
    const template = typstTemplate("event-flyer");
    const { pdf, pages } = compileTypstPdf(fonts.face, { template, data, files, createdAt: typstDate(input.today) });
    // The label–value rows are a table whose first column labels each row.
    return { pdf: withRowHeaders(pdf), pages, warnings: [] };
  },
};
