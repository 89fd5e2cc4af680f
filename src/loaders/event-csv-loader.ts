import path from "node:path";
import type { Loader } from "astro/loaders";
import { ContentError, formatIssues } from "../lib/content-issue.ts";
import { readEventCsvFolder } from "./events-csv.ts";

/**
 * Astro content loader for `events/*.csv`: the CSV loader parses, Astro stores one entry per row (id = the event's
 * URL id). Validation ran before the build; an error here (content changed in between) still stops it, located.
 * In `astro dev`, saving a CSV reloads the rows (errors are logged instead of stopping the server).
 * @param contentDir the content folder
 */
export function eventCsvLoader(contentDir: string): Loader {
  const folder = path.join(contentDir, "events");
  return {
    name: "zaitaku-event-csv",
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const { events, issues } = readEventCsvFolder(contentDir);
        if (issues.some((i) => i.severity === "error")) throw new ContentError(issues);
        store.clear();
        for (const event of events) {
          const data = await parseData({ id: event.id, data: { ...event.data } });
          store.set({ id: event.id, data, digest: generateDigest(data) });
        }
      };
      await sync();
      if (!watcher) return;
      watcher.add(folder);
      watcher.on("all", (_event, file) => {
        if (!file.startsWith(folder) || !/\.csv$/i.test(file)) return;
        sync().catch((error: unknown) =>
          logger.error(error instanceof ContentError ? formatIssues(error.issues) : String(error)),
        );
      });
    },
  };
}
