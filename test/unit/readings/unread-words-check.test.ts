import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContentModel } from "../../../src/checks/model.ts";
import { unreadWordsCheck } from "../../../src/checks/readings.ts";
import { loadDomainReadings } from "../../../src/lib/readings/dictionary.ts";
import { loadTokenizer, type Tokenizer } from "../../../src/lib/readings/reader.ts";

const domain = loadDomainReadings(path.resolve(import.meta.dirname, "../../../src/data/domain-readings.json"));
let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
});

/** A model with only the texts the check reads. */
function model(text: string): ContentModel {
  return {
    texts: [{ file: "pamphlets/a.mdx", line: 3, column: 1, text, role: "prose" }],
  } as unknown as ContentModel;
}

describe("unread-words check", () => {
  it("lists a kanji word without a reading once per file, located", () => {
    // 𬵪 is outside IPADIC: the analyser has no reading for it.
    const issues = unreadWordsCheck({ tokenizer, domain, site: [] }).run(model("𬵪𬵪の会と𬵪𬵪の集い"));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "pamphlets/a.mdx", line: 3, column: 1, value: "𬵪𬵪", severity: "warning" });
    expect(issues[0]?.message).toContain("読みがわかりません");
  });

  it("stays quiet once readings.yaml has the word", () => {
    const site = [{ word: "𬵪𬵪", reading: "たいたい" }];
    expect(unreadWordsCheck({ tokenizer, domain, site }).run(model("𬵪𬵪の会"))).toEqual([]);
  });

  it("does not list domain words, counters after numbers or kana", () => {
    const issues = unreadWordsCheck({ tokenizer, domain, site: [] }).run(model("褥瘡と胃瘻、1日2人、ケアマネ"));
    expect(issues).toEqual([]);
  });
});
