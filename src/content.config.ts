import { defineCollection } from "astro:content";
import { existsSync } from "node:fs";
import path from "node:path";
import { glob, type Loader } from "astro/loaders";
import { ContentError } from "./lib/content/content-issue.ts";
import { contentDir } from "./loaders/content-dir.ts";
import { type ContentSnapshot, sharedContentSnapshot } from "./loaders/content-snapshot.ts";
import { eventCsvLoader } from "./loaders/event-csv-loader.ts";
import { consultationWindowSchema } from "./schemas/consultation-window.ts";
import { eventSchema } from "./schemas/event.ts";
import { pamphletSchema } from "./schemas/pamphlet.ts";
import { resourceSchema } from "./schemas/resource.ts";
import { talkSchema } from "./schemas/talk.ts";

const root = contentDir();

/**
 * The build's content snapshot (read once, shared in-process by src/cli/build.ts; read here under `astro dev`).
 * Throws the located errors of one collection's folder (the CLI has validated already; this guards `astro dev`).
 * @param folder the collection's folder, e.g. "windows/"
 */
function content(folder: string): ContentSnapshot {
  const snapshot = sharedContentSnapshot(root);
  const errors = snapshot.issues.filter((i) => i.severity === "error" && i.file?.startsWith(folder));
  if (errors.length) throw new ContentError(errors);
  return snapshot;
}

/**
 * The Markdown/MDX files of one content folder through Astro's glob loader; a folder the site does not have is an
 * empty collection (the glob loader would log an English "base directory … does not exist" on every build).
 * @param folder e.g. "talks"
 */
function markdownFolder(folder: string): Loader {
  const base = path.join(root, folder);
  if (!existsSync(base)) return { name: `${folder}-absent`, load: async ({ store }) => store.clear() };
  return glob({ pattern: "[!_]*.{md,mdx}", base });
}

/** Collections of the content folder (CONTENT_DIR): one line each, schema from src/schemas/. */
export const collections = {
  pamphlets: defineCollection({
    loader: markdownFolder("pamphlets"),
    schema: pamphletSchema,
  }),
  windows: defineCollection({
    loader: {
      name: "windows-yaml",
      load: async ({ store, parseData }) => {
        store.clear();
        for (const w of content("windows/").windows) {
          store.set({ id: w.slug, data: await parseData({ id: w.slug, data: w.raw as Record<string, unknown> }) });
        }
      },
    },
    schema: consultationWindowSchema,
  }),
  resources: defineCollection({
    loader: {
      name: "resources-csv",
      load: async ({ store, parseData }) => {
        store.clear();
        for (const r of content("resources/").resources) {
          store.set({ id: r.id, data: await parseData({ id: r.id, data: r }) });
        }
      },
    },
    schema: resourceSchema,
  }),
  /** events/*.mdx (rich events with a body). */
  events: defineCollection({ loader: markdownFolder("events"), schema: eventSchema }),
  /** events/*.csv rows (イベント一覧), parsed by the CSV loader; pages merge both through src/event-entries.ts. */
  eventRows: defineCollection({ loader: eventCsvLoader(root), schema: eventSchema }),
  /** talks/*.mdx (出前講座メニュー). */
  talks: defineCollection({ loader: markdownFolder("talks"), schema: talkSchema }),
};
