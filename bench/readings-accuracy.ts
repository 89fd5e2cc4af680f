/**
 * Reading accuracy on 200 在宅医療・介護・福祉 words (test/fixtures/readings/domain-words-200.json), without any
 * content/readings.yaml entry. Three figures:
 *   analyser only       kuromoji + IPADIC, no project dictionary
 *   build               the build's reading step (domain dictionary first, then the analyser)
 *   leave-one-out       the build's step with each word's own domain entry removed: how well the dictionary's other
 *                       entries and the analyser read a word the dictionary does not list (not a trained figure)
 * With --set=fresh, the same figures for test/fixtures/readings/domain-words-fresh.json: 200 words written later from
 * general knowledge of the field, without seeing the dictionary or the first list (a reading listed under
 * "alternatives" counts as right).
 * With --set=2026-12-05, a third list of 200 words (domain-words-2026-12-05.json), written the same way on that day
 * and measured once, before any entry was added for it.
 * Usage: node bench/readings-accuracy.ts [--list] [--set=fresh|2026-12-05]   (--list prints every word read wrong)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildWordDictionary, loadDomainReadings } from "../src/lib/readings/dictionary.ts";
import { loadTokenizer, readingOf, readText } from "../src/lib/readings/reader.ts";

const root = path.resolve(import.meta.dirname, "..");
const LISTS: Record<string, string> = { fresh: "domain-words-fresh.json", "2026-12-05": "domain-words-2026-12-05.json" };
const setArg = process.argv.find((a) => a.startsWith("--set="))?.slice("--set=".length);
const listFile = setArg ? LISTS[setArg] : "domain-words-200.json";
if (!listFile) throw new Error(`unknown --set=${setArg}: use ${Object.keys(LISTS).join(" or ")}`);
const { words, alternatives = {} } = JSON.parse(readFileSync(path.join(root, "test/fixtures/readings", listFile), "utf8")) as {
  words: [string, string][];
  alternatives?: Record<string, string[]>;
};
const domain = loadDomainReadings(path.join(root, "src/data/domain-readings.json"));
const tokenizer = await loadTokenizer();
const list = process.argv.includes("--list");

function score(label: string, dictFor: (word: string) => ReturnType<typeof buildWordDictionary>): void {
  let right = 0;
  const wrong: string[] = [];
  for (const [word, expected] of words) {
    const got = readingOf(readText(tokenizer, dictFor(word), word));
    const accepted = [expected, expected.replace(/・/gu, ""), ...(alternatives[word] ?? [])];
    if (accepted.includes(got)) right++;
    else wrong.push(`${word}\t${got}\t(正: ${expected})`);
  }
  console.log(`${label}: ${right}/${words.length} = ${((100 * right) / words.length).toFixed(1)}%`);
  if (list) for (const line of wrong) console.log(`  ${line}`);
}

const empty = buildWordDictionary({});
const full = buildWordDictionary({ domain });
const inDictionary = words.filter(([w]) => full.words.has(w)).length;
console.log(
  `${listFile}: ${words.length} words (of which in the domain dictionary: ${inDictionary}); domain entries: ${domain.length}`,
);
score("analyser only (kuromoji + IPADIC)", () => empty);
score("build (domain dictionary + analyser)", () => full);
score("leave-one-out (own entry removed)", (word) => buildWordDictionary({ domain: domain.filter(([w]) => w !== word) }));
