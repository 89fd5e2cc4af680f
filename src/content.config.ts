import { defineCollection } from "astro:content";
import path from "node:path";
import { glob } from "astro/loaders";
import { contentDir } from "./loaders/content-dir.ts";
import { eventCsvLoader } from "./loaders/event-csv-loader.ts";
import { eventSchema } from "./schemas/event.ts";
import { pamphletSchema } from "./schemas/pamphlet.ts";
import { talkSchema } from "./schemas/talk.ts";

const root = contentDir();

/** Collections of the content folder (CONTENT_DIR): one line each, schema from src/schemas/. */
export const collections = {
  pamphlets: defineCollection({
    loader: glob({ pattern: "[!_]*.{md,mdx}", base: path.join(root, "pamphlets") }),
    schema: pamphletSchema,
  }),
  /** events/*.mdx (rich events with a body). */
  events: defineCollection({ loader: glob({ pattern: "[!_]*.{md,mdx}", base: path.join(root, "events") }), schema: eventSchema }),
  /** events/*.csv rows (イベント一覧), parsed by the CSV loader; pages merge both through src/event-entries.ts. */
  eventRows: defineCollection({ loader: eventCsvLoader(root), schema: eventSchema }),
  /** talks/*.mdx (出前講座メニュー). */
  talks: defineCollection({ loader: glob({ pattern: "[!_]*.{md,mdx}", base: path.join(root, "talks") }), schema: talkSchema }),
};
