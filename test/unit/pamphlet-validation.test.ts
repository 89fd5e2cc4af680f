import { renameSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../src/loaders/content-snapshot.ts";
import { readMdxCollection } from "../../src/loaders/mdx-collection.ts";
import { pamphletSchema } from "../../src/schemas/pamphlet.ts";
import { copyFixture, editFile } from "../helpers/fixture-site.ts";

const FILE = "pamphlets/first-guide.mdx";

function issuesAfter(edit: (text: string) => string) {
  const dir = copyFixture("minimal");
  editFile(dir, FILE, edit);
  return readContent(path.join(dir, "content")).issues.filter((i) => i.file === FILE);
}

describe("pamphlet front matter", () => {
  it("reads valid pamphlets with defaults", () => {
    const dir = copyFixture("minimal");
    const { entries, issues } = readMdxCollection(path.join(dir, "content"), "pamphlets", pamphletSchema);
    expect(issues).toEqual([]);
    expect(entries.map((e) => e.slug)).toEqual(["first-guide", "second-guide"]);
    expect(entries[0]?.data).toMatchObject({ updated: "2026-10-01", audience: ["住民"], tags: [] });
  });

  it("locates an invalid date", () => {
    const [issue, ...rest] = issuesAfter((t) => t.replace("updated: 2026-10-01", "updated: 2026-02-30"));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ line: 4, field: "updated", value: "2026-02-30" });
    expect(issue?.message).toContain("YYYY-MM-DD");
  });

  it("accepts full-width and slashed dates as staff type them", () => {
    expect(issuesAfter((t) => t.replace("updated: 2026-10-01", "updated: ２０２６/１０/１"))).toEqual([]);
  });

  it("rejects an unknown key at its line", () => {
    const issues = issuesAfter((t) => t.replace("order: 2", "order: 2\nupdatd: 2026-01-01"));
    expect(issues).toEqual([expect.objectContaining({ line: 6, field: "updatd", message: "知らない項目名です" })]);
  });

  it("reports a missing required key", () => {
    const issues = issuesAfter((t) => t.replace("title: はじめての在宅医療\n", ""));
    expect(issues).toEqual([expect.objectContaining({ field: "title", message: "必須の項目がありません" })]);
  });

  it("reports broken front matter syntax and missing fences", () => {
    expect(issuesAfter((t) => t.replace("title: はじめての在宅医療", 'title: "はじめての'))[0]?.message).toContain("YAML");
    expect(issuesAfter((t) => t.replace(/^---\n/, ""))[0]).toMatchObject({ line: 1 });
    expect(issuesAfter((t) => t.replace("---\n\n##", "\n##"))[0]?.message).toContain("終わり");
  });

  it("reports a missing image and a missing alt text at their lines", () => {
    const dir = copyFixture("minimal");
    rmSync(path.join(dir, "content/images/house.svg"));
    editFile(dir, FILE, (t) => t.replace("![家の絵]", "![]"));
    const issues = readContent(path.join(dir, "content")).issues.filter((i) => i.file === FILE);
    expect(issues.map((i) => [i.line, i.field, i.value])).toEqual([
      [12, "画像", "../images/house.svg"],
      [12, "画像", "../images/house.svg"],
    ]);
    expect(issues.map((i) => i.message).join()).toMatch(/見つかりません.*代替テキスト/);
  });

  it("refuses file names that cannot be URLs", () => {
    const dir = copyFixture("minimal");
    const { issues } = readMdxCollection(path.join(dir, "content"), "pamphlets", pamphletSchema);
    expect(issues).toEqual([]);
    const renamed = path.join(dir, "content/pamphlets/在宅 医療.mdx");
    renameSync(path.join(dir, "content", FILE), renamed);
    const after = readMdxCollection(path.join(dir, "content"), "pamphlets", pamphletSchema).issues;
    expect(after[0]).toMatchObject({ field: "ファイル名", value: "在宅 医療.mdx" });
  });
});
