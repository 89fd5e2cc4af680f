/**
 * The エンディングノート of a site: the default pages (src/data/note-default.yaml, part of the project) with the
 * municipality's changes from `content/note.yaml` applied: reworded fields, removed pages, added pages.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { defaultNoteInput } from "../data/note-default.ts";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { type Note, type NotePage, noteOverridesSchema, noteSchema } from "../schemas/note.ts";
import { containedContentFile, TEXT_FILE_MAX_BYTES } from "./content-path.ts";
import { parseLocatedYaml } from "./located-yaml.ts";
import { schemaIssues } from "./schema-issues.ts";

/** The staff file inside the content folder. */
export const NOTE_FILE = "note.yaml";

/** The default note as shipped (validated: a broken default is a bug, so this throws). */
export function defaultNote(): Note {
  return noteSchema.parse(defaultNoteInput);
}

/**
 * Reads the note of a content folder.
 * @param dir the content folder
 * @returns the note (the default when there is no note.yaml), or the located issues of note.yaml
 */
export function readNote(dir: string): { note?: Note; issues: ContentIssue[] } {
  const base = defaultNote();
  if (!existsSync(path.join(dir, NOTE_FILE))) return { note: base, issues: [] };
  const contained = containedContentFile(dir, NOTE_FILE, TEXT_FILE_MAX_BYTES);
  if (contained.issue) return { issues: [contained.issue] };
  const parsed = parseLocatedYaml(readFileSync(contained.absolute, "utf8"), NOTE_FILE);
  if (parsed.syntaxIssues.length) return { issues: parsed.syntaxIssues };
  const result = noteOverridesSchema.strict().safeParse(parsed.data ?? {});
  if (!result.success) return { issues: schemaIssues(result.error, parsed.data, NOTE_FILE, parsed.lineOf) };
  const overrides = result.data;
  const issues: ContentIssue[] = [];
  const ids = new Set(base.pages.map((p) => p.id));
  overrides.remove.forEach((id, i) => {
    if (!ids.has(id)) {
      issues.push({
        severity: "error",
        file: NOTE_FILE,
        line: parsed.lineOf(["remove", i]),
        field: `remove.${i}`,
        value: id,
        message: `標準のノートに id「${id}」のページはありません`,
        hint: `消せるページの id: ${[...ids].join("、")}`,
      });
    }
  });
  let pages: NotePage[] = base.pages.filter((p) => !overrides.remove.includes(p.id));
  overrides.pages.forEach((change, i) => {
    const { after, ...given } = change;
    // Only the fields written in note.yaml change a default page.
    const fields = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<NotePage>;
    const at = pages.findIndex((p) => p.id === change.id);
    if (at >= 0) {
      pages[at] = { ...(pages[at] as NotePage), ...fields };
      return;
    }
    if (!fields.title) {
      issues.push({
        severity: "error",
        file: NOTE_FILE,
        line: parsed.lineOf(["pages", i]),
        field: `pages.${i}.title`,
        value: change.id,
        message: `新しいページ「${change.id}」に title がありません（標準のページを書き換えるときは、標準の id を使います）`,
      });
      return;
    }
    const page: NotePage = { questions: [], ...fields, id: change.id, title: fields.title };
    const after_ = after === undefined ? -1 : pages.findIndex((p) => p.id === after);
    if (after !== undefined && after_ < 0) {
      issues.push({
        severity: "error",
        file: NOTE_FILE,
        line: parsed.lineOf(["pages", i, "after"]),
        field: `pages.${i}.after`,
        value: after,
        message: `after に書いた id「${after}」のページがありません`,
      });
      return;
    }
    pages = after_ < 0 ? [...pages, page] : [...pages.slice(0, after_ + 1), page, ...pages.slice(after_ + 1)];
  });
  if (issues.length) return { issues };
  const note = noteSchema.safeParse({ title: overrides.title ?? base.title, intro: overrides.intro ?? base.intro, pages });
  if (!note.success) return { issues: schemaIssues(note.error, parsed.data, NOTE_FILE, parsed.lineOf) };
  return { note: note.data, issues: [] };
}
