import type { APIRoute } from "astro";
import { collectionEntries } from "../../collections.ts";
import { locatedPlaces, mapPlaces } from "../../lib/resources/map-places.ts";
import { sortResources } from "../../lib/resources/resource-facets.ts";
import { sortWindows } from "../../lib/windows/window-order.ts";
import { href } from "../../site.ts";

/** The map's markers as JSON, fetched by the map script only after 「地図を表示」 (keeps /map/ small). */
export const GET: APIRoute = async () => {
  const windows = sortWindows(await collectionEntries("windows"));
  const resources = sortResources((await collectionEntries("resources")).map((e) => e.data));
  return new Response(JSON.stringify(locatedPlaces(mapPlaces(windows, resources, href))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
