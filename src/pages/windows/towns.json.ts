import type { APIRoute } from "astro";
import { townFinderData } from "../../town-finder-data.ts";

/** The town finder's data as one JSON file, fetched by its script (keeps the pages that show the finder small). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await townFinderData()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
