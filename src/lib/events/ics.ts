/**
 * iCalendar (RFC 5545) writer for event feeds: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, TEXT values escaped (\\ ; , and newlines), times in TZID=Asia/Tokyo with its VTIMEZONE.
 * Reproducible: DTSTAMP comes from the caller (the build's "today"), never from the clock.
 */

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds one content line (RFC 5545 §3.1): at most 75 octets per physical line, continuation lines start with a
 * space; multi-byte UTF-8 characters are never split.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** One VEVENT. Dates "YYYY-MM-DD", times "HH:MM" in Asia/Tokyo. */
export interface IcsEvent {
  /** Globally unique and stable across builds, e.g. <id>@zaitaku.example.jp. */
  uid: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  geo?: { lat: number; lon: number } | undefined;
  url?: string | undefined;
  categories?: string[] | undefined;
  startDate: string;
  endDate: string;
  startTime?: string | undefined;
  endTime?: string | undefined;
  cancelled: boolean;
}

/** A calendar to write. */
export interface IcsCalendar {
  /** Product identifier, e.g. -//zaitaku-press//events//JA. */
  prodId: string;
  /** Calendar name shown by calendar apps. */
  name: string;
  /** DTSTAMP of every event, "YYYY-MM-DD" (the build's today; midnight Asia/Tokyo). */
  stamp: string;
  events: IcsEvent[];
}

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Asia/Tokyo",
  "BEGIN:STANDARD",
  "DTSTART:19700101T000000",
  "TZOFFSETFROM:+0900",
  "TZOFFSETTO:+0900",
  "TZNAME:JST",
  "END:STANDARD",
  "END:VTIMEZONE",
];

const compactDate = (date: string) => date.replace(/-/g, "");
const compactTime = (time: string) => `${time.replace(":", "")}00`;

/** The day after a "YYYY-MM-DD" date (DTEND of all-day events is exclusive). */
function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Midnight Asia/Tokyo of a date, in UTC basic format (20261127T150000Z for 2026-11-28). */
function tokyoMidnightUtc(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${new Date(Date.UTC(y, m - 1, d, -9))
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")}`;
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = ["BEGIN:VEVENT", `UID:${event.uid}`, `DTSTAMP:${tokyoMidnightUtc(stamp)}`];
  const days = Math.round((Date.parse(event.endDate) - Date.parse(event.startDate)) / 86_400_000) + 1;
  if (event.startTime) {
    lines.push(`DTSTART;TZID=Asia/Tokyo:${compactDate(event.startDate)}T${compactTime(event.startTime)}`);
    if (event.endTime) {
      // Multi-day events with hours repeat daily (an exhibition 10:00–16:00 each day), they do not run overnight.
      lines.push(`DTEND;TZID=Asia/Tokyo:${compactDate(event.startDate)}T${compactTime(event.endTime)}`);
      if (days > 1) lines.push(`RRULE:FREQ=DAILY;COUNT=${days}`);
    } else if (days > 1) {
      lines.push(`DTEND;TZID=Asia/Tokyo:${compactDate(event.endDate)}T235900`);
    }
  } else {
    lines.push(`DTSTART;VALUE=DATE:${compactDate(event.startDate)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(event.endDate))}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.geo) lines.push(`GEO:${event.geo.lat};${event.geo.lon}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(",")}`);
  lines.push(`STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`, "TRANSP:OPAQUE", "END:VEVENT");
  return lines;
}

/** Writes a whole VCALENDAR (CRLF line ends, folded lines, ending with CRLF). */
export function buildCalendar(calendar: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    "X-WR-TIMEZONE:Asia/Tokyo",
    ...VTIMEZONE,
    ...calendar.events.flatMap((e) => eventLines(e, calendar.stamp)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
