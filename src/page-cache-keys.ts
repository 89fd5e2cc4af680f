/**
 * The `cacheKey` of every page from a route with getStaticPaths, for Astro's incremental build
 * (`experimental.incrementalBuild` in astro.config.mjs): a page whose key and route code are unchanged is copied
 * from the last build's output instead of rendered. A page's key is made of
 *   - the site-wide digest: site.yaml, the readings (ふりがな) and the content images — what every page's layout,
 *     ふりがな or image paths may show — so changing one of them renders every page again;
 *   - the page's own props (its entry, row or list page);
 *   - the digest of each whole collection the page reads beyond its props (the event lists' filters and archive
 *     read every event, the resource lists' facets every resource); and
 *   - "today", only for pages that show something that depends on it (event status, a window's open-now and
 *     holidays): a daily build renders the event and window pages again, not the thousands of facility pages.
 * A page that shows anything else must add it here, or an edit to it would leave the page stale; the build tests
 * compare an incremental build with a full one after edits (test/build/incremental-build.test.ts).
 * Code changes are Astro's own business: it hashes each route's module graph and renders the route again.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { collectionEntries } from "./collections.ts";
import { getAllEvents } from "./event-entries.ts";
import { SITE_READINGS_FILE } from "./lib/readings/site-reader.ts";
import { cacheKeyOf } from "./lib/site/cache-key.ts";
import { contentRoot, siteConfig, today } from "./site.ts";

/** The project root (src/data/domain-readings.json is read from there at render time). */
const projectRoot = path.resolve(import.meta.dirname, "..");

let siteWide: string | undefined;
const collections = new Map<string, Promise<string>>();

/** Digest of what any page may show whatever its own data: site.yaml, readings and images. */
function siteDigest(): string {
  siteWide ??= cacheKeyOf(
    siteConfig,
    fileText(path.join(contentRoot, SITE_READINGS_FILE)),
    fileText(path.join(projectRoot, "src/data/domain-readings.json")),
    // Images change the hashed file names in the pages that show them; name, size and time are enough to notice.
    folderListing(path.join(contentRoot, "images")),
  );
  return siteWide;
}

/** What a page may depend on beyond its props and the site-wide data. */
export type PageDependency = "events" | "resources" | "talks" | "today";

/** The events, resources or talks, digested once per build; or today's date. */
function dependencyDigest(name: PageDependency): Promise<string> {
  if (name === "today") return Promise.resolve(today);
  let digest = collections.get(name);
  if (!digest) {
    digest = (name === "events" ? getAllEvents() : collectionEntries(name)).then((entries) => cacheKeyOf(entries));
    collections.set(name, digest);
  }
  return digest;
}

/**
 * Adds a cacheKey to each path getStaticPaths returns: the site-wide digest, the path's props and the digests of
 * what is named in `dependsOn`.
 * @param paths what getStaticPaths would return (from paginate() too)
 * @param dependsOn the collections the route's pages read beyond their props, and "today" when they show anything
 *   that depends on the date
 */
export async function withCacheKeys<P extends { props?: unknown }>(
  paths: readonly P[],
  dependsOn: readonly PageDependency[] = [],
): Promise<(P & { cacheKey: string })[]> {
  const read = await Promise.all(dependsOn.map((name) => dependencyDigest(name)));
  const site = siteDigest();
  return paths.map((p) => ({ ...p, cacheKey: cacheKeyOf(site, read, p.props ?? null) }));
}

function fileText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function folderListing(dir: string): [string, number, number][] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
      .map((file) => {
        const stat = statSync(file);
        return [path.relative(dir, file), stat.size, stat.mtimeMs];
      });
  } catch {
    return [];
  }
}
