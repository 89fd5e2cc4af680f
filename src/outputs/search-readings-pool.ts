/**
 * The search index step's readings (each page's kana readings added to what Pagefind indexes, and the site's nouns
 * for kana queries) computed in a worker thread.
 *
 * Why a thread: reading a page (kuromoji) is CPU-bound, and the pages go to Pagefind's process through a pipe that
 * holds about one page. Read on the main thread, the pipe was filled only between two pages, so Pagefind and the
 * reader mostly took turns (M, cold reading cache: search step 15–17 s wall for 8–10 s of this process's CPU). With
 * the reader in a thread, the main thread keeps the pipe full while the next pages are read.
 */
import { Worker } from "node:worker_threads";
import type { SiteReadings } from "../lib/readings/dictionary.ts";

/** What the worker needs to load the site's reader (src/lib/readings/site-reader.ts). */
export interface SearchReadingsSetup {
  /** The project root (domain dictionary, reading cache). */
  projectRoot: string;
  /** The words of readings.yaml, from the content snapshot. */
  siteWords: SiteReadings["words"];
  /** site.yaml's towns, with their kana. */
  towns: { name: string; kana: string }[];
}

/**
 * First key part of a page's cached search readings: `[SEARCH_PAGE_ENTRY, generatorFingerprint, html]` in the site's
 * reading cache, beside the analyser's per-text entries.
 */
export const SEARCH_PAGE_ENTRY = "search-page";

/**
 * A message to the worker: one page's HTML; a page to read ahead (its text's readings go into the reading cache
 * only: src/outputs/search-preread.ts); or the end (send the nouns and the dictionary).
 */
export type SearchReadingsRequest = { kind: "page"; html: string } | { kind: "warm"; html: string } | { kind: "finish" };

/** The worker's answer to one request, in the order of the requests. */
export type SearchReadingsReply =
  | { kind: "page"; html: string }
  | { kind: "warmed" }
  | { kind: "finished"; nouns: [string, string][]; words: [string, string][] }
  | { kind: "failed"; message: string };

/** What the worker found over all pages. */
export interface SearchVocabulary {
  /** [noun, reading] of the site's most used kanji nouns (SiteNouns.top()). */
  nouns: [string, string][];
  /** [word, reading] of the merged dictionary (domain, towns, readings.yaml). */
  words: [string, string][];
}

/** The readings worker as the index step uses it. */
export interface SearchReadings {
  /** The page's HTML with its readings added (withSearchReadings); answers come in the order pages were sent. */
  prepare(html: string): Promise<string>;
  /**
   * Reads a page ahead of the search step: its text's readings are stored in the reading cache (keyed by the text,
   * so a page read before its final edits still saves the analyser's work), nothing else is kept.
   */
  warm(html: string): Promise<void>;
  /** The nouns and dictionary words, once every page has been prepared; ends the worker. */
  finish(): Promise<SearchVocabulary>;
  /** Ends the worker at once (after a failure). */
  close(): Promise<void>;
}

/** Starts the readings worker (it loads the reader while the first pages are read from disk). */
export function startSearchReadings(setup: SearchReadingsSetup): SearchReadings {
  const worker = new Worker(new URL("./search-readings-worker.ts", import.meta.url), { workerData: setup });
  // Answers come in request order, so a FIFO of waiting promises is enough.
  const waiting: { resolve: (reply: SearchReadingsReply) => void; reject: (error: Error) => void }[] = [];
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const entry of waiting.splice(0)) entry.reject(failure);
  };
  worker.on("message", (reply: SearchReadingsReply) => {
    const entry = waiting.shift();
    if (reply.kind === "failed") {
      const error = new Error(`検索用の読みを作れませんでした: ${reply.message}`);
      entry?.reject(error);
      fail(error);
    } else entry?.resolve(reply);
  });
  worker.on("error", (error) => fail(new Error(`検索用の読みを作れませんでした: ${error.message}`)));
  worker.on("exit", (code) => fail(new Error(`検索用の読みの処理が途中で終わりました（終了コード ${code}）`)));
  const ask = (request: SearchReadingsRequest) =>
    new Promise<SearchReadingsReply>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting.push({ resolve, reject });
      worker.postMessage(request);
    });
  return {
    prepare: async (html) => {
      const reply = await ask({ kind: "page", html });
      if (reply.kind !== "page") throw new Error("検索用の読みの順序が崩れました");
      return reply.html;
    },
    warm: async (html) => {
      const reply = await ask({ kind: "warm", html });
      if (reply.kind !== "warmed") throw new Error("検索用の読みの順序が崩れました");
    },
    finish: async () => {
      const reply = await ask({ kind: "finish" });
      if (reply.kind !== "finished") throw new Error("検索用の読みの順序が崩れました");
      await worker.terminate();
      return { nouns: reply.nouns, words: reply.words };
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
