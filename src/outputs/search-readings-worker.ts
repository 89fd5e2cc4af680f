/**
 * Worker-thread entry of src/outputs/search-readings-pool.ts: adds each page's readings for the search index
 * (src/lib/readings/search-readings.ts) and counts the site's nouns, off the build's main thread.
 *
 * What a page gives the search (its readings, its nouns) is cached by the page's HTML: after an edit almost every page
 * is unchanged, and a cached page skips the HTML parse and the analyser's cache entry; when every page is cached,
 * kuromoji is not even loaded.
 */
import { parentPort, workerData } from "node:worker_threads";
import {
  type PageSearchReadings,
  pageSearchReadings,
  SiteNouns,
  withReadingsParagraph,
} from "../lib/readings/search-readings.ts";
import { loadSiteReader, openSiteReadingCache, type SiteReader } from "../lib/readings/site-reader.ts";
import { generatorFingerprint } from "./cache.ts";
import {
  SEARCH_PAGE_ENTRY,
  type SearchReadingsReply,
  type SearchReadingsRequest,
  type SearchReadingsSetup,
} from "./search-readings-pool.ts";

const port = parentPort;
if (!port) throw new Error("search-readings-worker.ts は search-readings-pool.ts からワーカーとして起動してください");
const { projectRoot, siteWords, towns } = workerData as SearchReadingsSetup;
const nouns = new SiteNouns();
// The page entries depend on this code (which text is read, how runs are made) and on parse5, not only on the
// analyser and dictionaries that key the reading cache itself.
const generator = generatorFingerprint(projectRoot);

// Opened on the first message, so a reader that cannot be loaded is answered to each request below (not a thread crash).
let cache: ReturnType<typeof openSiteReadingCache> | undefined;
let reader: Promise<SiteReader> | undefined;
const openCache = () => {
  cache ??= openSiteReadingCache(projectRoot, siteWords, towns);
  return cache;
};
/** The analyser, loaded on the first page that is not cached. */
const loadReader = () => {
  reader ??= loadSiteReader(projectRoot, siteWords, towns, openCache());
  return reader;
};

/** One page's readings and nouns, from the cache or read now (and stored). */
async function pageEntry(html: string): Promise<PageSearchReadings> {
  const pages = openCache();
  const key = pages.keyOf([SEARCH_PAGE_ENTRY, generator, html]);
  const hit = pages.lookup<PageSearchReadings>(key);
  if (hit) return hit;
  const { read } = await loadReader();
  const entry = pageSearchReadings(html, read);
  pages.store(key, entry);
  return entry;
}

// Messages are answered one at a time, in the order they came (the index adds pages in that order).
let queue = Promise.resolve();
port.on("message", (message: SearchReadingsRequest) => {
  queue = queue.then(async () => {
    let reply: SearchReadingsReply;
    try {
      if (message.kind === "page") {
        const entry = await pageEntry(message.html);
        nouns.addNouns(entry.nouns, entry.rank);
        reply = { kind: "page", html: withReadingsParagraph(message.html, entry.readings) };
      } else if (message.kind === "warm") {
        // Only the analyser's entry (keyed by the text) is stored: the page's own entry is keyed by its final HTML.
        // A page whose entry is cached already (unchanged since the last build) needs nothing.
        const pages = openCache();
        if (!pages.lookup(pages.keyOf([SEARCH_PAGE_ENTRY, generator, message.html]))) {
          pageSearchReadings(message.html, (await loadReader()).read);
        }
        reply = { kind: "warmed" };
      } else {
        const readingCache = openCache();
        const { dictionary } = readingCache;
        // Once per build, at the end: every page read in this build has just refreshed its entry's time.
        readingCache.prune();
        reply = {
          kind: "finished",
          nouns: nouns.top(),
          words: [...dictionary.words].map(([word, entry]): [string, string] => [word, entry.reading]),
        };
      }
    } catch (error) {
      reply = { kind: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
});
