/**
 * Site search on top of Pagefind, for Japanese queries (pure logic; the engine is passed in, so tests use a fake).
 *
 * Pagefind alone misses what residents type: it ANDs the words of a query, its query segmenter and its index
 * segmenter disagree on some compounds (Pagefind issue #1237, where a missing compound falls back to a generic
 * one-character prefix), hiragana queries match at random, and it knows no synonyms or width/kana variants.
 * This layer:
 * 1. normalises the query and splits it into the words the resident separated with spaces (`planQuery`);
 * 2. searches Pagefind for each word and each of its synonyms (OR), and for the compound parts of a word that no
 *    page contains (相談窓口 → 相談 + 窓口);
 * 3. checks each candidate page's text (title and body, folded) for the words, and ranks: the whole query in the
 *    title, the whole query in the text (exact phrase), every word as typed, every word through a synonym, every
 *    part of split words; then by how many words matched and Pagefind's score (`rankCandidates`).
 * Pages where none of that is found are Pagefind's guesses: they are shown only when nothing better exists, and
 * flagged as approximate.
 */
import type { QueryPlan } from "./query-plan.ts";
import { foldForMatch, foldOkurigana, isHiraganaOnly, longestCommonRun } from "./search-text.ts";

export { planQuery, type QueryPlan, type QueryWord } from "./query-plan.ts";
export { type ExcerptPart, joinBlocksJapanese, makeExcerpt } from "./search-excerpt.ts";

/** Page data the ranking needs (Pagefind's `data()` of a result). */
export interface PageData {
  url: string;
  title: string;
  /** The page's indexed text (its <main>). */
  content: string;
  /**
   * The katakana readings of the page's kanji words, joined by 、 (src/lib/readings/search-readings.ts): a word is
   * found in the page when it is in the text or in these readings (ほうもんかんご in a page that writes 訪問看護).
   */
  readings?: string | undefined;
  /** The page kind (パンフレット …), when the page has one. */
  type?: string | undefined;
  /**
   * Set on a list page only (BaseLayout's `searchList`): the names of what it lists and their readings (出前講座,
   * でまえこうざ). A list ranks after the content pages that match as well, unless the query is one of these names.
   */
  names?: string[] | undefined;
}

/** One hit from the engine, with a lazy loader for the page's data (Pagefind loads fragments on demand). */
export interface EngineHit {
  /** Stable id of the page within the index. */
  id: string;
  /** Pagefind's relevance score (higher is better). */
  score: number;
  load(): Promise<PageData>;
}

/** The search engine: Pagefind in the browser, a fake in unit tests. */
export interface SearchEngine {
  /** Pages matching a term; with `type`, only pages of that kind (Pagefind's page-kind filter). */
  search(term: string, type?: string): Promise<EngineHit[]>;
}

/** How well a page matches; lower is better. */
export const MatchTier = {
  /** The title is the query (訪問看護 → the page titled 訪問看護). */
  titleExact: 0,
  /** The whole query is in the title (for a one-word query: the word under any of its names). */
  titlePhrase: 1,
  /** The whole query is in the text (exact phrase). */
  phrase: 2,
  /** Every word is there as typed. */
  allWords: 3,
  /** Every word is there, some only through a synonym or reading. */
  synonyms: 4,
  /** Every word is there, some only as the parts of a split compound. */
  parts: 5,
  /** Only some words are there. */
  someWords: 6,
  /** Pagefind matched the page, but none of the words is in its text. */
  approximate: 7,
} as const;
export type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];

/** A ranked result. */
export interface RankedResult extends PageData {
  tier: MatchTier;
  /** How many query words were found in the page. */
  wordsFound: number;
  /** How many query words the page serves (a window covering the town named: QueryWord.servedBy). */
  serves: number;
  /**
   * Characters of the split words that the title keeps whole beyond any one part (…介護保険課 for 介護保険課の電話番号
   * split into 介護保険, 電話, 番号; see rankCandidates).
   */
  titleRun: number;
  /** True for a list page whose names hold the query (出前講座 for the list of 出前講座). */
  named: boolean;
  /** Sum of Pagefind's scores over the searched terms that the page really contains. */
  score: number;
  /** Folded strings to highlight in the excerpt (the words and synonyms found). */
  highlight: string[];
}

/** The outcome of a search. */
export interface SearchOutcome {
  plan: QueryPlan;
  /** Ranked results (only approximate ones when nothing better was found). */
  results: RankedResult[];
  /** Synonyms that were added, for the notice "…も探しました". */
  synonymsUsed: string[];
  /** Words that no page contained and were searched as parts instead: [word, parts]. */
  splitWords: [string, string[]][];
  /** True when no page contains the words and the results are Pagefind's closest guesses. */
  approximate: boolean;
}

/** Options of `searchSite`. */
export interface SearchOptions {
  /** How many candidate pages to load and check (each costs a fragment request). Default 60. */
  maxCandidates?: number;
  /**
   * Page kinds in order of preference when two pages match equally well (e.g. PAGE_TYPES: a pamphlet that
   * explains 訪問診療 before the many clinics that mention it). Kinds not listed come last. Default: no preference.
   */
  typeOrder?: readonly string[];
  /**
   * The page kind of the pages that serve towns (相談窓口): a town's forms are searched among them too, and those
   * pages are loaded first, so that the window covering a town is checked however many pages name the town.
   */
  servingType?: string;
}

/** Runs a plan against the engine and ranks the pages. */
export async function searchSite(plan: QueryPlan, engine: SearchEngine, options: SearchOptions = {}): Promise<SearchOutcome> {
  const maxCandidates = options.maxCandidates ?? 60;
  const candidates = new Map<string, { hit: EngineHit; scores: Map<string, number>; words: Set<number> }>();
  const first = new Set<string>();
  const collect = async (term: string, word: number, type?: string) => {
    const key = foldForMatch(term);
    for (const hit of type === undefined ? await engine.search(term) : await engine.search(term, type)) {
      if (type !== undefined) first.add(hit.id);
      // The same term searched among the serving pages: the page is already scored for it.
      if (type !== undefined && candidates.get(hit.id)?.scores.has(key)) continue;
      const entry = candidates.get(hit.id) ?? { hit, scores: new Map<string, number>(), words: new Set<number>() };
      entry.scores.set(key, (entry.scores.get(key) ?? 0) + hit.score);
      entry.words.add(word);
      candidates.set(hit.id, entry);
    }
  };
  const total = (scores: Map<string, number>) => [...scores.values()].reduce((a, b) => a + b, 0);
  const { servingType } = options;
  await Promise.all(plan.words.flatMap((word, i) => word.forms.map((form) => collect(form, i))));
  if (servingType) {
    const towns = [...plan.words.entries()].filter(([, word]) => word.servedBy?.length);
    await Promise.all(towns.flatMap(([i, word]) => word.forms.map((form) => collect(form, i, servingType))));
  }

  const pages = new Map<string, PageData>();
  const loadTop = async () => {
    const top = [...candidates.values()]
      .filter((c) => !pages.has(c.hit.id))
      .sort(
        (a, b) =>
          Number(first.has(b.hit.id)) - Number(first.has(a.hit.id)) ||
          b.words.size - a.words.size ||
          total(b.scores) - total(a.scores),
      )
      .slice(0, Math.max(0, maxCandidates - pages.size));
    await Promise.all(top.map(async (c) => pages.set(c.hit.id, await c.hit.load())));
  };
  await loadTop();

  // Words that no loaded page contains: search their parts (the index may hold the compound only in pieces).
  const splitWords: [string, string[]][] = [];
  const split = new Set<number>();
  const haystacks = () => [...pages.values()].map(searchableText);
  for (const [i, word] of plan.words.entries()) {
    if (word.parts.length === 0 || haystacks().some((text) => word.keys.some((k) => text.includes(k)))) continue;
    splitWords.push([word.text, word.parts]);
    split.add(i);
    await Promise.all(word.parts.map((part) => collect(part, i)));
  }
  if (splitWords.length) await loadTop();

  const ranked = rankCandidates(
    plan,
    [...pages.entries()].map(([id, page]) => ({ page, scores: candidates.get(id)?.scores ?? new Map<string, number>() })),
    split,
    options.typeOrder,
  );
  const confident = ranked.filter((r) => r.tier < MatchTier.approximate);
  // Pagefind's matches for hiragana that no page contains are random: better none than a wrong page.
  const guesses = plan.words.every((w) => isHiraganaOnly(w.text)) ? [] : ranked;
  const results = confident.length ? confident : guesses;
  return {
    plan,
    results,
    synonymsUsed: unique(plan.words.flatMap((w) => w.synonyms)),
    splitWords,
    approximate: confident.length === 0 && results.length > 0,
  };
}

/**
 * Ranks loaded pages for a plan (pure): by match tier, then words served (among pages that hold only some of the
 * words, the window covering the town named comes before pages that hold more of the other words: the resident said
 * where they live), then words found, then how much of each split word the title keeps whole beyond its parts
 * (介護保険課の電話番号, split into 介護保険, 電話, 番号: the page titled …介護保険課 holds the word and comes before
 * the pages that only hold the parts), then page kind (`typeOrder`), then Pagefind score, then title.
 * A list page (PageData.names) comes after the content pages of its tier. When the one query word is a name it lists
 * (出前講座, 包括 for 地域包括支援センター, でまえこうざ), it comes second: after the best page if that page is titled
 * with the query (the resident may want that one item), else first; never further down, where the many items it
 * lists would hide it. The list then stands for its items: pages of other kinds that hold every word come next,
 * before the rest of its kind. A list never ranks above a content page titled with the query otherwise.
 * Exact phrase matches come first. A page's score only counts the searched terms that its text really contains:
 * when Pagefind's index lacks a compound it falls back to a prefix (看とり → 看, which matches every 看護 page,
 * Pagefind issue #1237), and such scores would rank unrelated pages first.
 * @param pages each loaded page with Pagefind's score per searched term (folded term → score)
 * @param split indexes of the words that were searched as compound parts (no page contained them whole)
 * @param typeOrder preferred page kinds, first is best (see SearchOptions)
 */
export function rankCandidates(
  plan: QueryPlan,
  pages: { page: PageData; scores: Map<string, number> }[],
  split: ReadonlySet<number> = new Set(),
  typeOrder: readonly string[] = [],
): RankedResult[] {
  const kindRank = (type: string | undefined) => {
    const i = type === undefined ? -1 : typeOrder.indexOf(type);
    return i === -1 ? typeOrder.length : i;
  };
  // A list's title is a name for many pages, not a page's own subject: it never ranks above a content page titled
  // with the query.
  const band = (r: RankedResult) => (r.names !== undefined ? Math.max(r.tier, MatchTier.titlePhrase) : r.tier);
  const sorted = pages
    .map(({ page, scores }) => ({ ...page, score: relevantScore(page, scores), ...classify(plan, page, split) }))
    .sort(
      (a, b) =>
        band(a) - band(b) ||
        Number(a.names !== undefined) - Number(b.names !== undefined) ||
        b.serves - a.serves ||
        b.wordsFound - a.wordsFound ||
        b.titleRun - a.titleRun ||
        kindRank(a.type) - kindRank(b.type) ||
        b.score - a.score ||
        a.title.localeCompare(b.title, "ja"),
    );
  const named = sorted.filter((r) => r.named);
  if (named.length === 0) return sorted;
  const rest = sorted.filter((r) => !r.named);
  const keep = rest[0] && rest[0].tier <= MatchTier.titlePhrase ? 1 : 0;
  const after = rest.slice(keep);
  // The list stands for its items: the other pages of its kind make way for the pages of other kinds that hold every
  // word (包括: the pamphlet that explains 地域包括支援センター before the fourth and fifth centre).
  const kinds = new Set(named.map((r) => r.type));
  const others = after.filter((r) => !kinds.has(r.type) && r.tier <= MatchTier.parts);
  return [...rest.slice(0, keep), ...named, ...others, ...after.filter((r) => !others.includes(r))];
}

/**
 * How much of a split word (folded) the title keeps whole, when that is more than any of its parts, at least three
 * characters and without hiragana (…介護保険課 for 介護保険課の電話番号, parts 介護保険, 電話, 番号); otherwise 0.
 * A run across a particle (の相談 in 痴呆の相談) says nothing about the page.
 */
function titleKeeps(word: string, title: string, parts: string[]): number {
  const run = [...longestCommonRun(word, title)];
  const kept = run.length >= 3 && !run.some(isHiraganaOnly) && parts.every((p) => run.length > [...p].length);
  return kept ? run.length : 0;
}

/**
 * A page's title, text and readings, folded, then again without the 送り仮名 between kanji (申し込み → 申込み, so
 * that a query key in that form is found); 、 between them so that no word is found across two of them.
 */
function searchableText(page: PageData): string {
  const text = foldForMatch(`${page.title}、${page.content}、${page.readings ?? ""}`);
  return `${text}、${foldOkurigana(text)}`;
}

function relevantScore(page: PageData, scores: Map<string, number>): number {
  const text = searchableText(page);
  let sum = 0;
  let all = 0;
  for (const [term, score] of scores) {
    all += score;
    if (text.includes(term)) sum += score;
  }
  return sum > 0 ? sum : all / 1000;
}

function classify(
  plan: QueryPlan,
  page: PageData,
  split: ReadonlySet<number>,
): { tier: MatchTier; wordsFound: number; serves: number; titleRun: number; named: boolean; highlight: string[] } {
  const title = foldForMatch(page.title);
  const text = searchableText(page);
  const highlight: string[] = [];
  let exact = 0;
  let viaSynonym = 0;
  let viaParts = 0;
  let serves = 0;
  let unsplitParts = 0;
  let titleRun = 0;
  for (const [i, word] of plan.words.entries()) {
    const exactKey = word.exactKeys.find((k) => text.includes(k));
    const served = Boolean(word.servedBy?.includes(page.url));
    if (served) serves += 1;
    if (exactKey || served) {
      exact += 1;
      if (!exactKey) continue;
      // Mark the longer synonyms too: ケアマネ on a page that writes ケアマネジャー marks the whole word.
      highlight.push(exactKey, ...word.keys.filter((k) => k !== exactKey && text.includes(k)));
      continue;
    }
    const key = word.keys.find((k) => text.includes(k));
    if (key) {
      viaSynonym += 1;
      highlight.push(key);
      continue;
    }
    const parts = word.parts.map(foldForMatch);
    const kept = split.has(i) ? titleKeeps(foldForMatch(word.text), title, parts) : 0;
    titleRun += kept;
    if (parts.length && (kept > 0 || parts.every((p) => text.includes(p)))) {
      if (!split.has(i)) unsplitParts += 1;
      else {
        viaParts += 1;
        highlight.push(...parts.filter((p) => text.includes(p)));
      }
    }
  }
  const total = plan.words.length;
  const wordsFound = exact + viaSynonym + viaParts;
  const phrase = plan.phraseKey;
  // A one-word query whose word is in the title under any of its names (かいごほけん → 介護保険サービスの使い方,
  // 歯医者 → つばさ歯科) matches the title as well as the word itself would.
  const only = plan.words.length === 1 ? plan.words[0] : undefined;
  // A window covering every town named (its 担当地区, as strong as its title) that holds the other words in some
  // form, their parts included (本町 介護相談 → 介護, 相談): what a resident naming their town is looking for.
  const towns = plan.words.filter((w) => w.servedBy?.length).length;
  const servesQuery = towns > 0 && serves === towns && wordsFound + unsplitParts === total;
  const titleHasWord = Boolean(only?.keys.some((k) => title.includes(k))) || servesQuery;
  // A list page named by the query: the resident typed the name of what it lists.
  const names = page.names?.map(foldForMatch) ?? [];
  const named = Boolean(only && names.some((n) => only.keys.includes(n) || only.exactKeys.includes(n)));
  let tier: MatchTier;
  if (phrase && title === phrase) tier = MatchTier.titleExact;
  else if ((phrase && title.includes(phrase)) || titleHasWord) tier = MatchTier.titlePhrase;
  else if (phrase && text.includes(phrase)) tier = MatchTier.phrase;
  else if (exact === total) tier = MatchTier.allWords;
  else if (exact + viaSynonym === total) tier = MatchTier.synonyms;
  else if (wordsFound === total) tier = MatchTier.parts;
  else if (wordsFound > 0) tier = MatchTier.someWords;
  else tier = MatchTier.approximate;
  if (phrase && text.includes(phrase)) highlight.unshift(phrase);
  return { tier, wordsFound, serves, titleRun, named, highlight: unique(highlight) };
}

/** Counts results per page kind, in the order of `kinds` (kinds without results are kept with 0). */
export function countByType(results: { type?: string | undefined }[], kinds: readonly string[]): [string, number][] {
  return kinds.map((kind) => [kind, results.filter((r) => r.type === kind).length]);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
