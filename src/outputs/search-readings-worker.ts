/**
 * Worker-thread entry of src/outputs/search-readings-pool.ts: adds each page's readings for the search index
 * (src/lib/readings/search-readings.ts) and counts the site's nouns, off the build's main thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { SiteNouns, withSearchReadings } from "../lib/readings/search-readings.ts";
import { loadSiteReader } from "../lib/readings/site-reader.ts";
import type { SearchReadingsReply, SearchReadingsRequest, SearchReadingsSetup } from "./search-readings-pool.ts";

const port = parentPort;
if (!port) throw new Error("search-readings-worker.ts は search-readings-pool.ts からワーカーとして起動してください");
const { projectRoot, contentDir, towns } = workerData as SearchReadingsSetup;
const reader = loadSiteReader(projectRoot, contentDir, towns);
// A reader that cannot load is answered to each request below, not an unhandled rejection ending the thread.
reader.catch(() => {});
const nouns = new SiteNouns();

// Messages are answered one at a time, in the order they came (the index adds pages in that order).
let queue = Promise.resolve();
port.on("message", (message: SearchReadingsRequest) => {
  queue = queue.then(async () => {
    let reply: SearchReadingsReply;
    try {
      const { read, dictionary } = await reader;
      reply =
        message.kind === "page"
          ? { kind: "page", html: withSearchReadings(message.html, read, nouns) }
          : {
              kind: "finished",
              nouns: nouns.top(),
              words: [...dictionary.words].map(([word, entry]): [string, string] => [word, entry.reading]),
            };
    } catch (error) {
      reply = { kind: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
});
