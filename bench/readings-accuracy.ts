/**
 * Reading accuracy on 200 在宅医療・介護・福祉 words (test/fixtures/readings/domain-words-200.json), without any
 * content/readings.yaml entry. Three figures:
 *   analyser only       kuromoji + IPADIC, no project dictionary
 *   build               the build's reading step (domain dictionary first, then the analyser)
 *   leave-one-out       the build's step with each word's own domain entry removed: how well the dictionary's other
 *                       entries and the analyser read a word the dictionary does not list (not a trained figure)
 * Usage: node bench/readings-accuracy.ts [--list]   (--list prints every word read wrong)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildWordDictionary, loadDomainReadings } from "../src/lib/readings/dictionary.ts";
import { loadTokenizer, readingOf, readText } from "../src/lib/readings/reader.ts";

const root = path.resolve(import.meta.dirname, "..");
const words = (
  JSON.parse(readFileSync(path.join(root, "test/fixtures/readings/domain-words-200.json"), "utf8")) as {
    words: [string, string][];
  }
).words;
const domain = loadDomainReadings(path.join(root, "src/data/domain-readings.json"));
const tokenizer = await loadTokenizer();
const list = process.argv.includes("--list");

function score(label: string, dictFor: (word: string) => ReturnType<typeof buildWordDictionary>): void {
  let right = 0;
  const wrong: string[] = [];
  for (const [word, expected] of words) {
    const got = readingOf(readText(tokenizer, dictFor(word), word));
    if (got === expected.replace(/・/gu, "") || got === expected) right++;
    else wrong.push(`${word}\t${got}\t(正: ${expected})`);
  }
  console.log(`${label}: ${right}/${words.length} = ${((100 * right) / words.length).toFixed(1)}%`);
  if (list) for (const line of wrong) console.log(`  ${line}`);
}

const empty = buildWordDictionary({});
const full = buildWordDictionary({ domain });
const inDictionary = words.filter(([w]) => full.words.has(w)).length;
console.log(`words: ${words.length} (of which in the domain dictionary: ${inDictionary}); domain entries: ${domain.length}`);
score("analyser only (kuromoji + IPADIC)", () => empty);
score("build (domain dictionary + analyser)", () => full);
score("leave-one-out (own entry removed)", (word) => buildWordDictionary({ domain: domain.filter(([w]) => w !== word) }));
