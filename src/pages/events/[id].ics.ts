import type { APIRoute } from "astro";
import { feedContext, getAllEvents } from "../../event-entries.ts";
import { eventToIcs } from "../../lib/events/event-feeds.ts";
import { buildCalendar } from "../../lib/events/ics.ts";
import { withCacheKeys } from "../../page-cache-keys.ts";
import { siteConfig, today } from "../../site.ts";

/** One .ics file per event (/events/<id>.ics), for "add to calendar". */
export async function getStaticPaths() {
  return withCacheKeys(
    (await getAllEvents()).map((item) => ({ params: { id: item.id }, props: { item } })),
    ["today"],
  );
}

export const GET: APIRoute = ({ props }) => {
  const { item } = props as { item: Awaited<ReturnType<typeof getAllEvents>>[number] };
  const body = buildCalendar({
    prodId: "-//zaitaku-press//events//JA",
    name: `${siteConfig.site.title} ${item.data.title}`,
    stamp: today,
    events: [eventToIcs({ id: item.id, data: item.data }, feedContext())],
  });
  return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
};
