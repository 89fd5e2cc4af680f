/** What every post-Astro build step gets. */
import type { ContentSnapshot } from "../loaders/content-snapshot.ts";
import type { SiteConfig } from "../schemas/site.ts";
import type { RenderPool } from "./render-pool.ts";

export interface OutputContext {
  /** The project root (for the cache location and the generator fingerprint). */
  projectRoot: string;
  /** The content folder being built. */
  contentDir: string;
  /** Where the steps write: the site's staging folder, or (rendering while Astro runs) a render folder beside it. */
  outDir: string;
  /** The validated site.yaml. */
  site: SiteConfig;
  /** The content as read and validated once for this build: steps take their data from it, never from the folder. */
  content: ContentSnapshot;
  /** Worker threads for rendering. */
  pool: RenderPool;
}
