import type { APIRoute } from "astro";
import { feedContext, getAllEvents } from "../event-entries.ts";
import { eventToIcs } from "../lib/events/event-feeds.ts";
import { upcomingEvents } from "../lib/events/events.ts";
import { buildCalendar } from "../lib/events/ics.ts";
import { siteConfig, today } from "../site.ts";

/** /events.ics: every upcoming event (cancelled ones too, marked CANCELLED, so subscribed calendars update). */
export const GET: APIRoute = async () => {
  const context = feedContext();
  const body = buildCalendar({
    prodId: "-//zaitaku-press//events//JA",
    name: `${siteConfig.site.title} 講座・イベント`,
    stamp: today,
    events: upcomingEvents(await getAllEvents(), today).map((item) => eventToIcs(item, context)),
  });
  return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
};
