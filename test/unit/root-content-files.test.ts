import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentIssue } from "../../src/lib/content/content-issue.ts";
import { readA11yResults } from "../../src/loaders/a11y-results.ts";
import { NOT_A_FILE_MESSAGE, OUTSIDE_CONTENT_MESSAGE, TEXT_FILE_MAX_BYTES } from "../../src/loaders/content-path.ts";
import { readMdxCollection } from "../../src/loaders/mdx-collection.ts";
import { readNote } from "../../src/loaders/note.ts";
import { readSiteConfig } from "../../src/loaders/site-config.ts";
import { readSiteReadings } from "../../src/loaders/site-readings.ts";
import { pamphletSchema } from "../../src/schemas/pamphlet.ts";

const MARKER = "ROOT-FILE-SECRET-5c1e";

/**
 * A content folder whose optional root file `name` is a symbolic link to `text` outside it. The outside text is
 * valid for its file (so only the containment rule can refuse it) or broken YAML quoting the marker.
 */
function linkedOutside(name: string, text: string): string {
  const tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), "root-files-")));
  mkdirSync(path.join(tmp, "content"));
  mkdirSync(path.join(tmp, "outside"));
  writeFileSync(path.join(tmp, "outside", name), text);
  symlinkSync(path.join(tmp, "outside", name), path.join(tmp, "content", name));
  return path.join(tmp, "content");
}

function expectRefused(issues: ContentIssue[], file: string): void {
  expect(issues.map((i) => [i.file, i.message])).toEqual([[file, OUTSIDE_CONTENT_MESSAGE]]);
  expect(JSON.stringify(issues)).not.toContain(MARKER);
}

describe("the single files at the content folder's root, linked to a file outside it", () => {
  const valid: [string, string, (dir: string) => { issues: ContentIssue[] }][] = [
    ["site.yaml", `site: { title: ${MARKER} }\n`, readSiteConfig],
    ["note.yaml", `title: ${MARKER}\n`, readNote],
    ["readings.yaml", "words:\n  - { word: 漏洩, reading: ろうえい }\n", readSiteReadings],
  ];

  it.each(valid)("%s: refused with the located containment issue, nothing read", (name, text, read) => {
    const result = read(linkedOutside(name, text)) as { issues: ContentIssue[]; words?: unknown[]; note?: unknown };
    expectRefused(result.issues, name);
    expect(result.words ?? []).toEqual([]);
    expect(result.note).toBeUndefined();
  });

  it.each(valid)("%s: an outside file that is not YAML is refused the same way, its text never quoted", (name, _, read) => {
    expectRefused(read(linkedOutside(name, `${MARKER} line one\npassword: ${MARKER}\n`)).issues, name);
  });
});

describe("readings.yaml with a YAML syntax error", () => {
  it("is one located Japanese issue that does not quote the file's text", () => {
    const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "root-files-")));
    writeFileSync(path.join(dir, "readings.yaml"), `words:\n  - { word: 鷺沼, reading: さぎぬま }\n${MARKER} broken\nx: y\n`);
    const { issues, words } = readSiteReadings(dir);
    expect(words).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", file: "readings.yaml", line: 3 });
    expect(issues[0]?.message).toMatch(/^YAML の書き方に誤りがあります/);
    expect(JSON.stringify(issues)).not.toContain(MARKER);
  });

  it("an entry with a wrong reading names the entry's line and field", () => {
    const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "root-files-")));
    writeFileSync(
      path.join(dir, "readings.yaml"),
      "words:\n  - { word: 鷺沼, reading: さぎぬま }\n  - word: 漏洩\n    reading: roei\n",
    );
    const { issues } = readSiteReadings(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "readings.yaml", line: 4, value: "roei" });
    expect(issues[0]?.message).toContain("読みはひらがなかカタカナ");
  });
});

describe("the single files at the content folder's root, when a folder or a pipe has the file's name", () => {
  const readers: [string, (dir: string) => { issues: ContentIssue[] }][] = [
    ["site.yaml", readSiteConfig],
    ["note.yaml", readNote],
    ["readings.yaml", readSiteReadings],
  ];

  it.each(readers)("%s: a folder is one located issue, not an internal error", (name, read) => {
    const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "root-files-")));
    mkdirSync(path.join(dir, name));
    expect(read(dir).issues.map((i) => [i.file, i.message])).toEqual([[name, NOT_A_FILE_MESSAGE]]);
  });

  it.each(readers)("%s: a named pipe is refused without being opened (reading it would wait forever)", (name, read) => {
    const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "root-files-")));
    execFileSync("mkfifo", [path.join(dir, name)]);
    expect(read(dir).issues.map((i) => [i.file, i.message])).toEqual([[name, NOT_A_FILE_MESSAGE]]);
  });
});

describe("a pamphlet over the size limit", () => {
  it("is one located issue of the pamphlet loader, and is not read", () => {
    const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "root-files-")));
    mkdirSync(path.join(dir, "pamphlets"));
    const body = `---\ntitle: t\ndescription: d\nupdated: 2026-10-01\n---\n\n${"あ".repeat(TEXT_FILE_MAX_BYTES / 3 + 1)}\n`;
    writeFileSync(path.join(dir, "pamphlets", "big.mdx"), body);
    const read = readMdxCollection(dir, "pamphlets", pamphletSchema);
    expect(read.entries).toEqual([]);
    expect(read.issues.map((i) => i.file)).toEqual(["pamphlets/big.mdx"]);
    expect(read.issues[0]?.message).toMatch(/^ファイルが大きすぎるため読みません（2.1 MB。上限は 2 MB です）$/);
  });
});

describe("the YAML files at the content folder's root and the accessibility results, over the size cap", () => {
  // Valid YAML (a comment) one byte over the cap: only the size can refuse it.
  const oversized = `# ${"x".repeat(TEXT_FILE_MAX_BYTES)}\n`;
  const readers: [string, (dir: string) => { issues: ContentIssue[] }][] = [
    ["site.yaml", readSiteConfig],
    ["note.yaml", readNote],
    ["readings.yaml", readSiteReadings],
    ["accessibility/test-results-2026-11-01.yaml", readA11yResults],
  ];

  it.each(readers)("%s: one located issue, and the file is not read", (file, read) => {
    const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "root-files-")));
    mkdirSync(path.join(dir, "accessibility"));
    writeFileSync(path.join(dir, file), oversized);
    const { issues } = read(dir);
    expect(issues.map((i) => [i.file, i.severity])).toEqual([[file, "error"]]);
    expect(issues[0]?.message).toMatch(/^ファイルが大きすぎるため読みません（2.1 MB。上限は 2 MB です）$/);
  });
});
