import type { APIRoute, GetStaticPaths } from "astro";
import { collectionEntries } from "../../collections.ts";
import { getAllEvents } from "../../event-entries.ts";
import { compareByStart } from "../../lib/events/events.ts";
import { encodeCp932, encodeUtf8Bom } from "../../lib/opendata/csv-write.ts";
import { eventsCsv } from "../../lib/opendata/opendata-events.ts";
import { careCsv, medicalCsv, windowsCsv } from "../../lib/opendata/opendata-export.ts";
import { siteConfig } from "../../site.ts";

/**
 * /opendata/<name>.csv (UTF-8 with BOM) and /opendata/<name>-sjis.csv (Shift_JIS/CP932) for events, windows,
 * medical institutions and care offices, in the national formats.
 */
export const getStaticPaths = (async () => {
  const windows = await collectionEntries("windows");
  const resources = (await collectionEntries("resources")).map((e) => e.data);
  const { municipality } = siteConfig;
  const publisher = { code: municipality.code, name: `${municipality.prefecture}${municipality.name}` };
  const files: [string, string][] = [];
  if (windows.length)
    files.push([
      "consultation-windows",
      windowsCsv(
        windows.map((w) => ({ id: w.id, data: w.data })),
        publisher,
      ),
    ]);
  if (resources.some((r) => r.domain === "medical")) files.push(["medical-institutions", medicalCsv(resources, publisher)]);
  if (resources.some((r) => r.domain === "care")) files.push(["care-services", careCsv(resources, publisher)]);
  const events = [...(await getAllEvents())].sort(compareByStart);
  if (events.length) files.push(["events", eventsCsv(events, publisher)]);
  return files.flatMap(([name, text]) => [
    { params: { file: `${name}.csv` }, props: { bytes: encodeUtf8Bom(text) } },
    { params: { file: `${name}-sjis.csv` }, props: { bytes: encodeCp932(text) } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { bytes: Uint8Array }).bytes as BodyInit, { headers: { "Content-Type": "text/csv" } });
