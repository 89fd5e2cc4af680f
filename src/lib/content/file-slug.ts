/**
 * URL slugs for data files whose names staff do not choose for URLs (`131016_event.csv`, `イベント一覧.csv`,
 * `Events 2026.CSV`). Rule (documented in docs/staff/accepted-files.md):
 *
 * 1. drop the extension, apply NFKC (full-width letters and digits become half-width) and lower-case;
 * 2. every run of characters other than `a-z` and `0-9` becomes one `-`, leading and trailing `-` are removed;
 * 3. when step 2 dropped anything other than ASCII punctuation or spaces (Japanese, for example), the first 8 hex digits
 *    of the SHA-256 of the NFC name are appended, so that `イベント一覧.csv` and `講座一覧.csv` stay apart;
 * 4. an empty result becomes `file-<hash>`.
 *
 * The slug depends only on the file name, so it is stable between builds and machines.
 */
import { createHash } from "node:crypto";
import type { ContentIssue } from "./content-issue.ts";

const ASCII_SEPARATORS = /^[\x20-\x7e]*$/;

/**
 * The URL slug of one data file name (see the module comment for the rule).
 * @param fileName the base name, with or without `.csv`
 */
export function fileSlug(fileName: string): string {
  return urlSlug(fileName.normalize("NFC").replace(/\.[A-Za-z0-9]+$/, ""), "file");
}

/**
 * Steps 1 to 4 of the rule for any text (a file stem, an ID written by staff).
 * @param text the text
 * @param empty the prefix used when no ASCII letter or digit is left
 */
export function urlSlug(text: string, empty: string): string {
  const stem = text.normalize("NFC");
  const folded = stem.normalize("NFKC").toLowerCase();
  const base = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const lossy = !ASCII_SEPARATORS.test(folded);
  if (!lossy && base) return base;
  const hash = createHash("sha256").update(stem).digest("hex").slice(0, 8);
  return base ? `${base}-${hash}` : `${empty}-${hash}`;
}

/**
 * Slugs for the files of one folder, with an error for every pair of names that derive the same slug.
 * @param folder the folder relative to the content folder, e.g. `events` (for messages)
 * @param names the base names of its data files
 */
export function assignFileSlugs(
  folder: string,
  names: readonly string[],
): { slugs: Map<string, string>; issues: ContentIssue[] } {
  const slugs = new Map<string, string>();
  const owner = new Map<string, string>();
  const issues: ContentIssue[] = [];
  for (const name of names) {
    const slug = fileSlug(name);
    const first = owner.get(slug);
    if (first !== undefined) {
      issues.push({
        severity: "error",
        file: `${folder}/${name}`,
        field: "ファイル名",
        value: name,
        message: `「${first}」と「${name}」から同じ URL の名前「${slug}」ができます。ページの URL が重なるため、どちらかのファイル名を変えてください`,
        hint: "英字の大文字・小文字や「_」「-」の違いだけのファイル名は、同じ名前として扱います",
      });
      continue;
    }
    owner.set(slug, name);
    slugs.set(name, slug);
  }
  return { slugs, issues };
}
