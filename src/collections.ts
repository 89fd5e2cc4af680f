/**
 * The content collections for pages, through the content snapshot: a collection the snapshot holds nothing for is []
 * without asking Astro, whose getCollection logs "The collection … does not exist or is empty" on every call for an
 * empty one (a town with no CSV events or no facility files saw dozens of English warnings that read like faults).
 */
import { type CollectionEntry, type CollectionKey, getCollection } from "astro:content";
import { sharedContentSnapshot } from "./loaders/content-snapshot.ts";
import { contentRoot } from "./site.ts";

/** How many entries the content snapshot holds for a collection (MDX and CSV events are two collections). */
function snapshotCount(name: CollectionKey): number {
  const snapshot = sharedContentSnapshot(contentRoot);
  switch (name) {
    case "events":
      return snapshot.events.filter((e) => e.row === undefined).length;
    case "eventRows":
      return snapshot.events.filter((e) => e.row !== undefined).length;
    default:
      return snapshot[name].length;
  }
}

/**
 * A collection's entries (what `getCollection` returns), or [] when the content folder has none.
 * @param name the collection, as in src/content.config.ts
 */
export async function collectionEntries<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  if (snapshotCount(name) === 0) return [];
  return getCollection(name);
}
