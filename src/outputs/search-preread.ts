/**
 * Reading ahead for the search step while Astro renders a large site's pages.
 *
 * Why: on a site too large to render its PDFs and OG images beside Astro (src/cli/overlap.ts), Astro's child keeps
 * one core busy and the other waits. The search step later reads every page's text with the analyser (kuromoji), and
 * on a cold cache that is most of its time beside Pagefind. Here the pages Astro has written so far are read in a
 * worker thread on the waiting core, and their texts' readings go into the site's reading cache; the search step
 * then finds them there. Nothing else is kept: the cache entries are keyed by the text itself (and the analyser and
 * dictionary), so a page read before its last edits (PDF sizes, heading breaks), or even half-written, only costs
 * the work, never a wrong reading.
 *
 * Pages are found by listing the site's folders once a second: Astro writes `section/slug/index.html` (and
 * `section/index.html`), so only the top folder and each section folder are listed; deeper pages (a list's
 * page 2) are left to the search step. Listing the whole tree each time would cost about a second at L.
 */
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createLogger } from "../lib/content/logger.ts";
import { cachesTurnedOff } from "./cache.ts";
import { type SearchReadingsSetup, startSearchReadings } from "./search-readings-pool.ts";

/** Pages handed to the worker before its answer for the first of them has come back. */
const PAGES_IN_FLIGHT = 4;

/** Folders of the output that hold no pages to read ahead (Astro's assets; what later steps write). */
const NOT_PAGES = new Set(["_astro", "og", "pagefind"]);

/** The read-ahead as the build uses it. */
export interface SearchPreread {
  /** Stops reading (the pages not read yet are left to the search step); resolves with the pages read. */
  stop(): Promise<number>;
}

/**
 * Starts reading ahead the pages written into `siteDir` (see the module comment).
 * @param siteDir the folder Astro is writing (the build's staging folder)
 * @param setup the site's reading setup, as the search step gets it
 * @param intervalMs how long to wait before listing the folders again when every page found has been read
 */
export function startSearchPreread(siteDir: string, setup: SearchReadingsSetup, intervalMs = 1000): SearchPreread {
  // Without the cache nothing read ahead would be found again.
  if (cachesTurnedOff()) return { stop: async () => 0 };
  const readings = startSearchReadings(setup);
  const seen = new Set<string>();
  const waiting: string[] = [];
  let stopped = false;
  let read = 0;
  const stopping = new AbortController();

  const run = async () => {
    const inFlight = new Set<Promise<void>>();
    while (!stopped) {
      for (const file of pageCandidates(siteDir)) {
        if (seen.has(file)) continue;
        seen.add(file);
        waiting.push(file);
      }
      let handed = 0;
      // A page whose folder exists but whose file is not written yet waits for the next round.
      for (let i = 0; i < waiting.length && !stopped; ) {
        const html = readIfThere(waiting[i] as string);
        if (html === undefined) {
          i += 1;
          continue;
        }
        waiting.splice(i, 1);
        handed += 1;
        // Never rejects: a failed page (the worker stopped) ends the read-ahead at the next check.
        const warmed = readings
          .warm(html)
          .then(
            () => {
              read += 1;
            },
            () => {
              stopped = true;
            },
          )
          .finally(() => inFlight.delete(warmed));
        inFlight.add(warmed);
        if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
      }
      if (handed === 0 && !stopped) await sleep(intervalMs, undefined, { signal: stopping.signal });
    }
    await Promise.allSettled(inFlight);
  };
  // A failure here (the analyser could not load, a folder vanished) only ends the read-ahead: the search step reads
  // the pages itself and reports what is wrong.
  const running = run().catch(() => {
    stopped = true;
  });

  return {
    stop: async () => {
      stopped = true;
      stopping.abort();
      await readings.close();
      await running;
      createLogger("search").step(`検索用の読みを、ページを作る間に ${read} ページ分先に作りました`);
      return read;
    },
  };
}

/** `index.html` of the top folder, of each section folder and of each folder in a section, in listing order. */
function pageCandidates(siteDir: string): string[] {
  const files = [path.join(siteDir, "index.html")];
  for (const section of folders(siteDir)) {
    if (NOT_PAGES.has(section)) continue;
    const sectionDir = path.join(siteDir, section);
    files.push(path.join(sectionDir, "index.html"));
    for (const page of folders(sectionDir)) files.push(path.join(sectionDir, page, "index.html"));
  }
  return files;
}

/** Names of the folders in `dir` (none when it is gone). */
function folders(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/** The file's text, or undefined while it does not exist yet. */
function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
