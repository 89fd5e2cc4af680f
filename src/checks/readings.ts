/**
 * Kanji words the reading step could not read, or read only by guess (person names, whose readings vary),
 * so staff can add them to content/readings.yaml before ふりがな and reading search use a wrong reading.
 * The analyser is loaded before the checks run (src/cli/check.ts), so the check itself stays pure.
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { buildWordDictionary, type SiteReadings } from "../lib/readings/dictionary.ts";
import { readText, type Tokenizer } from "../lib/readings/reader.ts";
import { type ContentCheck, spanPosition } from "./model.ts";

/** What the check needs besides the model: the loaded analyser and the dictionaries. */
export interface ReadingCheckInputs {
  /** kuromoji tokenizer (src/lib/readings/reader.ts loadTokenizer). */
  tokenizer: Tokenizer;
  /** Domain dictionary pairs [word, reading]. */
  domain: readonly (readonly [string, string])[];
  /** content/readings.yaml words (empty when the file is absent). */
  site: SiteReadings["words"];
}

/** Builds the check: one warning per word and file (first place it appears), unknown and guessed words. */
export function unreadWordsCheck(inputs: ReadingCheckInputs): ContentCheck {
  return {
    id: "unread-words",
    title: "読みがわからない漢字の語（ふりがなと読みの検索に使います）",
    run(model) {
      const dict = buildWordDictionary({ domain: inputs.domain, towns: model.site?.towns ?? [], site: inputs.site });
      const issues: ContentIssue[] = [];
      const seen = new Set<string>();
      for (const span of model.texts) {
        if (span.role !== "prose") continue;
        let offset = 0;
        for (const word of readText(inputs.tokenizer, dict, span.text)) {
          const at = offset;
          offset += word.surface.length;
          if (!word.kanji || word.status === "known" || word.counter) continue;
          const key = `${span.file}\u0000${word.surface}`;
          if (seen.has(key)) continue;
          seen.add(key);
          issues.push({
            severity: "warning",
            file: span.file,
            ...spanPosition(span, at),
            field: span.field,
            value: word.surface,
            message:
              word.status === "unknown"
                ? `「${word.surface}」の読みがわかりません（ふりがなが付かず、かなで検索しても見つかりません）`
                : `「${word.surface}」の読みを「${word.reading}」と推測しました（人名は外れることがあります）`,
            hint: `content/readings.yaml に「- { word: ${word.surface}, reading: よみ }」の形で正しい読みを書いてください`,
          });
        }
      }
      return issues;
    },
  };
}
