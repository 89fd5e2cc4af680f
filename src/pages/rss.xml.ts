import type { APIRoute } from "astro";
import { feedContext, getAllEvents } from "../event-entries.ts";
import { formatEventWhen } from "../lib/events/event-dates.ts";
import { upcomingEvents } from "../lib/events/events.ts";
import { buildRss } from "../lib/events/rss.ts";
import { pageUrl, siteConfig, today } from "../site.ts";

/** /rss.xml: upcoming events, soonest first (the date is part of each title). */
export const GET: APIRoute = async () => {
  const context = feedContext();
  const style = siteConfig.site.dateStyle;
  const body = await buildRss({
    title: `${siteConfig.site.title} 講座・イベント`,
    link: pageUrl("/events/"),
    self: pageUrl("/rss.xml"),
    description: `${siteConfig.municipality.name}の在宅医療・介護についての講座・イベントの予定です。`,
    items: upcomingEvents(await getAllEvents(), today).map((item) => ({
      title: `${item.data.cancelled ? "【中止】" : ""}${formatEventWhen(item.data, style)} ${item.data.title}`,
      link: context.eventUrl(item.id),
      description: item.data.description,
      categories: [item.data.kind],
      date: item.data.updated,
    })),
  });
  return new Response(body, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
};
