import path from "node:path";
import type { Loader } from "astro/loaders";
import { ContentError, formatIssues } from "../lib/content/content-issue.ts";
import { sharedContentSnapshot } from "./content-snapshot.ts";
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
      // The first load takes the CSV rows of the build's snapshot; a saved file (astro dev) is read again.
      const sync = async (fresh: boolean) => {
        const { events, issues } = fresh ? readEventCsvFolder(contentDir) : snapshotRows(contentDir);
        const errors = issues.filter((i) => i.severity === "error");
        if (errors.length) throw new ContentError(errors);
        store.clear();
        for (const event of events) {
          const data = await parseData({ id: event.id, data: { ...event.data } });
          store.set({ id: event.id, data, digest: generateDigest(data) });
        }
      };
      await sync(false);
      if (!watcher) return;
      watcher.add(folder);
      watcher.on("all", (_event, file) => {
        if (!file.startsWith(folder) || !/\.csv$/i.test(file)) return;
        sync(true).catch((error: unknown) =>
          logger.error(error instanceof ContentError ? formatIssues(error.issues) : String(error)),
        );
      });
    },
  };
}

/** The CSV rows among the snapshot's events, with the issues of the events folder. */
function snapshotRows(contentDir: string) {
  const snapshot = sharedContentSnapshot(contentDir);
  return {
    events: snapshot.events.filter((e) => e.row !== undefined),
    issues: snapshot.issues.filter((i) => i.file?.startsWith("events/")),
  };
}
