import type { Loader } from "astro/loaders";
import { ContentError } from "../lib/content-issue.ts";
import { readEventCsvFolder } from "./events-csv.ts";

/**
 * Astro content loader for `events/*.csv`: the CSV loader parses, Astro stores one entry per row (id = the event's
 * URL id). Validation ran before the build; an error here (content changed in between) still stops it, located.
 * @param contentDir the content folder
 */
export function eventCsvLoader(contentDir: string): Loader {
  return {
    name: "zaitaku-event-csv",
    load: async ({ store, parseData, generateDigest }) => {
      const { events, issues } = readEventCsvFolder(contentDir);
      if (issues.some((i) => i.severity === "error")) throw new ContentError(issues);
      store.clear();
      for (const event of events) {
        const data = await parseData({ id: event.id, data: { ...event.data } });
        store.set({ id: event.id, data, digest: generateDigest(data) });
      }
    },
  };
}
