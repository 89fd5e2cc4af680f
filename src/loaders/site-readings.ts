/** content/readings.yaml (optional): validated with the other content, so a bad entry stops the build before Astro. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { parseSiteReadings, type SiteReadings } from "../lib/readings/dictionary.ts";
import { SITE_READINGS_FILE } from "../lib/readings/site-reader.ts";

/** The site dictionary's words (empty without the file) and any problem found in it. */
export function readSiteReadings(dir: string): { words: SiteReadings["words"]; issues: ContentIssue[] } {
  const file = path.join(dir, SITE_READINGS_FILE);
  if (!existsSync(file)) return { words: [], issues: [] };
  try {
    return { words: parseSiteReadings(readFileSync(file, "utf8"), SITE_READINGS_FILE).words, issues: [] };
  } catch (error) {
    return {
      words: [],
      issues: [
        {
          severity: "error",
          file: SITE_READINGS_FILE,
          message: error instanceof Error ? error.message : String(error),
          hint: "「words:」の下に「- { word: 漢字の語, reading: ひらがなの読み }」の形で書いてください",
        },
      ],
    };
  }
}
