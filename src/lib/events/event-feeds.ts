/**
 * What other programs read about events: iCalendar entries and "add to calendar" links, schema.org Event JSON-LD,
 * and RSS items. Every value is text from content, escaped by the writer of each format.
 */
import type { EventData } from "../../schemas/event.ts";
import type { DateStyle } from "../dates/japanese-date.ts";
import { endIso, formatEventWhen, startIso } from "./event-dates.ts";
import type { EventItem } from "./events.ts";
import type { IcsEvent } from "./ics.ts";

/** Site facts the feeds need. */
export interface FeedContext {
  /** Absolute URL of an event page. */
  eventUrl: (id: string) => string;
  /** Host name for stable UIDs, e.g. zaitaku.example.jp. */
  host: string;
  /** The organiser when an event names none: the municipality and department. */
  publisher: { name: string; url: string };
  dateStyle: DateStyle;
}

/** The venue as one line: 名称, 住所 方書 (or オンライン). */
export function eventLocationText(event: EventData): string {
  const venue = event.place
    ? [event.place.name, [event.place.address, event.place.building].filter(Boolean).join(" ")].filter(Boolean).join("、")
    : "";
  if (event.format === "オンライン") return "オンライン";
  if (event.format === "会場とオンライン") return `${venue}（オンラインでも参加できます）`;
  return venue;
}

/** A plain-text summary of an event for calendar descriptions. */
export function eventPlainText(item: EventItem, context: FeedContext): string {
  const e = item.data;
  const lines = [
    e.cancelled ? "【中止】この催しは中止になりました。" : "",
    e.statusNote ?? "",
    e.description ?? "",
    `日時: ${formatEventWhen(e, context.dateStyle)}`,
    e.fee !== undefined ? `参加費: ${e.fee === 0 ? "無料" : `${e.fee.toLocaleString("ja-JP")}円`}` : "",
    e.contact?.name || e.contact?.phone ? `問い合わせ: ${[e.contact?.name, e.contact?.phone].filter(Boolean).join(" ")}` : "",
    `詳しくは: ${context.eventUrl(item.id)}`,
  ];
  return lines.filter(Boolean).join("\n");
}

/** One event as an iCalendar VEVENT. */
export function eventToIcs(item: EventItem, context: FeedContext): IcsEvent {
  const e = item.data;
  const location = eventLocationText(e);
  return {
    uid: `${item.id}@${context.host}`,
    summary: e.cancelled ? `【中止】${e.title}` : e.title,
    description: eventPlainText(item, context),
    location: location || undefined,
    geo: e.place?.lat !== undefined && e.place.lon !== undefined ? { lat: e.place.lat, lon: e.place.lon } : undefined,
    url: context.eventUrl(item.id),
    categories: [e.kind],
    startDate: e.startDate,
    endDate: e.endDate,
    startTime: e.startTime,
    endTime: e.endTime,
    cancelled: e.cancelled,
  };
}

/** Google カレンダー's "add event" link (opens only when the resident clicks it; nothing loads at page load). */
export function googleCalendarUrl(item: EventItem, context: FeedContext): string {
  const e = item.data;
  const compact = (date: string) => date.replace(/-/g, "");
  let dates: string;
  if (e.startTime) {
    const end = e.endTime ?? e.startTime;
    dates = `${compact(e.startDate)}T${e.startTime.replace(":", "")}00/${compact(e.startDate)}T${end.replace(":", "")}00`;
  } else {
    const next = new Date(`${e.endDate}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    dates = `${compact(e.startDate)}/${compact(next.toISOString().slice(0, 10))}`;
  }
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: e.title,
    dates,
    ctz: "Asia/Tokyo",
    details: eventPlainText(item, context),
    location: eventLocationText(e),
  });
  if (e.startTime && e.endDate !== e.startDate) {
    params.set("recur", `RRULE:FREQ=DAILY;UNTIL=${compact(e.endDate)}`);
  }
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** schema.org Event (https://schema.org/Event) for search engines. */
export function eventJsonLd(item: EventItem, context: FeedContext): Record<string, unknown> {
  const e = item.data;
  const url = context.eventUrl(item.id);
  const place = e.place
    ? {
        "@type": "Place",
        name: e.place.name,
        ...(e.place.address || e.place.building
          ? {
              address: {
                "@type": "PostalAddress",
                streetAddress: [e.place.address, e.place.building].filter(Boolean).join(" "),
                addressCountry: "JP",
              },
            }
          : {}),
        ...(e.place.lat !== undefined && e.place.lon !== undefined
          ? { geo: { "@type": "GeoCoordinates", latitude: e.place.lat, longitude: e.place.lon } }
          : {}),
      }
    : undefined;
  const virtual = { "@type": "VirtualLocation", url: e.onlineUrl ?? url };
  const location = e.format === "オンライン" ? virtual : e.format === "会場とオンライン" ? [place, virtual] : place;
  const deadline = e.application?.deadline;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: e.title,
    ...(e.description ? { description: e.description } : {}),
    startDate: startIso(e),
    endDate: endIso(e),
    eventStatus: e.cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: {
      会場: "https://schema.org/OfflineEventAttendanceMode",
      オンライン: "https://schema.org/OnlineEventAttendanceMode",
      会場とオンライン: "https://schema.org/MixedEventAttendanceMode",
    }[e.format],
    ...(location ? { location } : {}),
    organizer: { "@type": "Organization", name: e.organizer ?? context.publisher.name, url: context.publisher.url },
    ...(e.fee !== undefined
      ? {
          offers: {
            "@type": "Offer",
            price: e.fee,
            priceCurrency: "JPY",
            availability: e.full ? "https://schema.org/SoldOut" : "https://schema.org/InStock",
            url,
            ...(deadline ? { validThrough: `${deadline}T${e.application?.deadlineTime ?? "23:59"}:00+09:00` } : {}),
          },
          isAccessibleForFree: e.fee === 0,
        }
      : {}),
    ...(e.capacity ? { maximumAttendeeCapacity: e.capacity } : {}),
    inLanguage: "ja",
    url,
  };
}

/** JSON for a <script type="application/ld+json"> element: `<`, `>`, `&` and line separators escaped. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
