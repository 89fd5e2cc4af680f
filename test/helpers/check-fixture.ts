import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RuledIssue } from "../../src/lib/content/issue-report.ts";
import { checkContent } from "../../src/loaders/check-content.ts";
import { copyFixture } from "./fixture-site.ts";

/**
 * Copies the minimal fixture, writes (or, with null, deletes) files in its content folder and runs every check
 * `npm run check` runs.
 * @returns the issues, and the content folder
 */
export function checkWith(files: Record<string, string | null>, today = "2026-11-28"): { issues: RuledIssue[]; content: string } {
  const content = path.join(copyFixture("minimal"), "content");
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(content, file);
    if (text === null) {
      rmSync(full, { force: true });
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return { issues: checkContent(content, today), content };
}

/** A pamphlet file: valid front matter (lines 1–5, body from line 6) and the given body. */
export function pamphlet(body: string, title = "テスト"): string {
  return `---\ntitle: ${title}\ndescription: 説明です。\nupdated: 2026-10-01\n---\n${body}`;
}

/** Issues of one rule in one file, as [line, column, severity, value] for compact assertions. */
export function found(issues: RuledIssue[], rule: string, file = "pamphlets/test.mdx") {
  return issues.filter((i) => i.rule === rule && i.file === file).map((i) => [i.line, i.column, i.severity, i.value]);
}
