/**
 * The content collections for pages, through the content snapshot: a collection the snapshot holds nothing for is []
 * without asking Astro, whose getCollection logs "The collection … does not exist or is empty" on every call for an
 * empty one (a town with no CSV events or no facility files saw dozens of English warnings that read like faults).
 */
import { type CollectionEntry, type CollectionKey, getCollection } from "astro:content";
import { sharedContentSnapshot } from "./loaders/content-snapshot.ts";
import { contentRoot } from "./site.ts";

/** Whether the content snapshot holds any entry of a collection (MDX and CSV events are two collections). */
function snapshotHas(name: CollectionKey): boolean {
  const snapshot = sharedContentSnapshot(contentRoot);
  switch (name) {
    case "events":
      return snapshot.events.some((e) => e.row === undefined);
    case "eventRows":
      return snapshot.events.some((e) => e.row !== undefined);
    default:
      return snapshot[name].length > 0;
  }
}

/**
 * A collection's entries (what `getCollection` returns), or [] when the content folder has none.
 * @param name the collection, as in src/content.config.ts
 */
export async function collectionEntries<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  if (!snapshotHas(name)) return [];
  return getCollection(name);
}
