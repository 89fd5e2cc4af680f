/**
 * Island of the search page (/search/): reads ?q= and ?type= from the address, searches with Pagefind's JS API
 * through the Japanese layer of src/lib/search/site-search.ts, and shows the results with their page kind, a filter by
 * kind and a status line read out by screen readers. Searches run on submit (not on every key press), so the
 * status is announced once per search.
 */

import { splitSearchReadings } from "../lib/readings/indexed-readings.ts";
import { type KanaSegmenter, kanaSegmenter } from "../lib/search/kana-segment.ts";
import { isPageType, listNames, PAGE_TYPE_FILTER, PAGE_TYPES, WINDOW_PAGE_TYPE } from "../lib/search/page-types.ts";
import { QUERY_READINGS_FILE, type ReadingLookup, readingLookup, readingVocabulary } from "../lib/search/query-readings.ts";
import { partFolders, SEARCH_PARTS_FILE } from "../lib/search/search-parts.ts";
import { findSynonyms, synonymKana } from "../lib/search/search-synonyms.ts";
import { type TownFinder, townFinder } from "../lib/search/search-towns.ts";
import {
  countByType,
  makeExcerpt,
  planQuery,
  type RankedResult,
  type SearchEngine,
  type SearchOutcome,
  searchSite,
} from "../lib/search/site-search.ts";

/** The part of Pagefind's JS API used here (pagefind/pagefind.js, generated at build time). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters: Record<string, string[]> }): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

const form = document.querySelector<HTMLFormElement>("#search-form");
const input = document.querySelector<HTMLInputElement>("#search-q");
const status = document.querySelector<HTMLElement>("#search-status");
const notes = document.querySelector<HTMLElement>("#search-notes");
const list = document.querySelector<HTMLOListElement>("#search-results");
const filters = document.querySelector<HTMLFieldSetElement>("#search-filters");
const filterArea = document.querySelector<HTMLElement>("[data-search-filter-area]");

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(url: string, base: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
    // A large site's index comes in several bundles (src/outputs/search-index.ts): search them all as one.
    for (const part of await searchParts(url)) await pagefind.mergeIndex(part, { baseUrl: base });
    return pagefind;
  })();
  return pagefindPromise;
}

/**
 * What the site's word file gives a query: readings of kanji words, the split of a phrase typed in kana, and the
 * towns named with the windows covering them.
 */
interface QueryWords {
  readingOf: ReadingLookup;
  segmentKana: KanaSegmenter;
  findTowns: TownFinder;
}

let readingsPromise: Promise<QueryWords> | undefined;
/**
 * The site's words for queries (src/lib/search/query-readings.ts, src/lib/search/kana-segment.ts), from the file next to
 * pagefind.js; none if missing.
 */
function loadReadings(pagefindUrl: string, base: string): Promise<QueryWords> {
  const of = (json: unknown): QueryWords => ({
    readingOf: readingLookup(json),
    segmentKana: kanaSegmenter(readingVocabulary(json, synonymKana())),
    findTowns: townFinder(json, base),
  });
  readingsPromise ??= (async () => {
    try {
      const response = await fetch(new URL(QUERY_READINGS_FILE, new URL(pagefindUrl, location.href)));
      return of(response.ok ? await response.json() : null);
    } catch {
      return of(null);
    }
  })();
  return readingsPromise;
}

/** Folders of the extra index bundles next to pagefind.js (none for a site indexed in one go). */
async function searchParts(pagefindUrl: string): Promise<string[]> {
  const dir = new URL(".", new URL(pagefindUrl, location.href));
  try {
    const response = await fetch(new URL(SEARCH_PARTS_FILE, dir));
    if (!response.ok) return [];
    return partFolders(await response.json()).map((part) => new URL(part, dir).pathname);
  } catch {
    return [];
  }
}

/**
 * The engine over Pagefind.
 * @param readingOf readings of the names a list page lists (でまえこうざ names the 出前講座 list as 出前講座 does)
 */
function engineOf(pagefind: Pagefind, readingOf: ReadingLookup): SearchEngine {
  return {
    async search(term, type) {
      const { results } = await pagefind.search(
        term,
        type === undefined ? undefined : { filters: { [PAGE_TYPE_FILTER]: [type] } },
      );
      return results.map((r) => ({
        id: r.id,
        score: r.score,
        load: async () => {
          const d = await r.data();
          // The build indexed each page's readings after its text (kana queries): checked and ranked, never shown.
          const { text, readings } = splitSearchReadings(d.content);
          const type = d.filters[PAGE_TYPE_FILTER]?.[0];
          const names = listNames(d.meta);
          const listed = names && { names: names.flatMap((name) => [name, readingOf(name) ?? ""]).filter(Boolean) };
          return { url: d.url, title: d.meta["title"] ?? d.url, content: text, readings, type, ...listed };
        },
      }));
    },
  };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function quoted(words: string[]): string {
  return words.map((w) => `「${w}」`).join("");
}

function selectedTypes(): string[] {
  if (!form) return [];
  return new FormData(form).getAll("type").map(String).filter(isPageType);
}

function renderResult(result: RankedResult): HTMLLIElement {
  const item = el("li", "search-result");
  if (result.type) item.append(el("p", "search-result__type", result.type));
  const heading = el("h2", "search-result__title");
  const link = el("a", undefined, result.title);
  link.href = result.url;
  heading.append(link);
  item.append(heading);
  const excerpt = el("p", "search-result__excerpt");
  for (const part of makeExcerpt(result.content, result.highlight)) {
    excerpt.append(part.mark ? el("mark", undefined, part.text) : document.createTextNode(part.text));
  }
  item.append(excerpt);
  return item;
}

function renderFilters(outcome: SearchOutcome, chosen: string[]): void {
  if (!filters) return;
  const counts = new Map(countByType(outcome.results, PAGE_TYPES));
  let shown = 0;
  for (const item of filters.querySelectorAll<HTMLElement>("[data-filter-item]")) {
    const box = item.querySelector<HTMLInputElement>("input");
    const count = counts.get(box?.value ?? "") ?? 0;
    const label = item.querySelector<HTMLElement>("[data-filter-count]");
    if (label) label.textContent = `（${count}件）`;
    item.hidden = count === 0 && !(box && chosen.includes(box.value));
    if (!item.hidden) shown += 1;
  }
  // Shown whenever there are results: it also tells which kinds of page were found. On a phone the kinds are folded
  // behind one button naming the choice (FilterFold), so the first results are on the first screen.
  if (filterArea) filterArea.hidden = shown === 0;
  const current = filterArea?.querySelector<HTMLElement>("[data-fold-current]");
  if (current) current.textContent = chosen.length ? chosen.join("・") : "すべて";
}

function render(outcome: SearchOutcome): void {
  if (!status || !notes || !list) return;
  const chosen = selectedTypes();
  const shown = chosen.length ? outcome.results.filter((r) => r.type && chosen.includes(r.type)) : outcome.results;
  renderFilters(outcome, chosen);
  notes.replaceChildren();
  list.replaceChildren(...shown.map(renderResult));
  const q = `「${outcome.plan.query}」`;
  if (outcome.results.length === 0) {
    status.textContent = `${q}に一致するページは見つかりませんでした。`;
    notes.append(el("p", undefined, "ことばを短くする、ひらがなで入力する、別の言い方にするなどして、もう一度お試しください。"));
    return;
  }
  const filtered = chosen.length ? `（${chosen.join("・")}のみ）` : "";
  status.textContent = outcome.approximate
    ? `${q}をそのまま含むページはありませんでした。近い内容のページが${shown.length}件あります${filtered}。`
    : `${q}の検索結果: ${shown.length}件${filtered}`;
  if (outcome.synonymsUsed.length) {
    notes.append(el("p", "meta", `同じ意味のことば（${quoted(outcome.synonymsUsed)}）を含むページも表示しています。`));
  }
  for (const [phrase, words] of outcome.plan.kanaSplits) {
    notes.append(el("p", "meta", `「${phrase}」を${quoted(words)}に分けて探しました。`));
  }
  for (const [word, parts] of outcome.splitWords) {
    notes.append(el("p", "meta", `「${word}」をそのまま含むページがないため、${quoted(parts)}で探しました。`));
  }
}

let lastOutcome: SearchOutcome | undefined;
let generation = 0;

async function run(query: string): Promise<void> {
  if (!form || !status || !list || !notes) return;
  const plan = planQuery(query);
  if (!plan.query) {
    status.textContent = "";
    list.replaceChildren();
    notes.replaceChildren();
    if (filterArea) filterArea.hidden = true;
    return;
  }
  const mine = ++generation;
  status.textContent = "検索しています…";
  try {
    const url = form.dataset["pagefindUrl"] ?? "";
    const base = form.dataset["base"] ?? "/";
    const [pagefind, words] = await Promise.all([loadPagefind(url, base), loadReadings(url, base)]);
    // Equal matches: explanations (pamphlets) first, then events, windows, and the many facility pages; the windows
    // covering a town named in the query before other pages that name it.
    const outcome = await searchSite(
      planQuery(query, findSynonyms, words.readingOf, words.segmentKana, words.findTowns),
      engineOf(pagefind, words.readingOf),
      { typeOrder: PAGE_TYPES, servingType: WINDOW_PAGE_TYPE },
    );
    if (mine !== generation) return;
    lastOutcome = outcome;
    render(outcome);
    performance.mark("search:rendered");
  } catch {
    if (mine !== generation) return;
    status.textContent = "検索の準備ができていないため、検索できませんでした。下の一覧からお探しください。";
  }
}

function syncAddress(): void {
  if (!form) return;
  const params = new URLSearchParams();
  const q = input?.value.trim();
  if (q) params.set("q", q);
  for (const type of selectedTypes()) params.append("type", type);
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

if (form && input) {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  const types = params.getAll("type");
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="type"]')) box.checked = types.includes(box.value);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    syncAddress();
    void run(input.value);
  });
  filters?.addEventListener("change", () => {
    syncAddress();
    if (lastOutcome) render(lastOutcome);
  });
  if (input.value.trim()) void run(input.value);
}
