import { defineCollection } from "astro:content";
import path from "node:path";
import { glob } from "astro/loaders";
import { contentDir } from "./loaders/content-dir.ts";
import { pamphletSchema } from "./schemas/pamphlet.ts";

const root = contentDir();

/** Collections of the content folder (CONTENT_DIR): one line each, schema from src/schemas/. */
export const collections = {
  pamphlets: defineCollection({
    loader: glob({ pattern: "[!_]*.{md,mdx}", base: path.join(root, "pamphlets") }),
    schema: pamphletSchema,
  }),
};
