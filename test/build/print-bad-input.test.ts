import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuildRun, copyFixture, editFile, runBuild } from "../helpers/fixture-site.ts";

/**
 * Content that the web page can show but the printed page cannot: a character the print typeface lacks, a table
 * too wide for A4, a broken image. Each is reported with file and line before anything is built, all at once.
 */
describe("content the print materials cannot take", () => {
  let run: BuildRun;
  let lines: { emoji: number; table: number; image: number };

  beforeAll(() => {
    const dir = copyFixture("print");
    editFile(dir, "pamphlets/long-guide.mdx", (t) =>
      t.replace("## 毎日の暮らしで確かめること", "笑顔で😊過ごしましょう。\n\n## 毎日の暮らしで確かめること"),
    );
    const wide = `| ${Array.from({ length: 10 }, (_, i) => `列${i + 1}の見出し`).join(" | ")} |\n|${" --- |".repeat(10)}\n| ${Array.from({ length: 10 }, () => "とても長い説明の文章").join(" | ")} |\n`;
    editFile(dir, "pamphlets/short-guide.mdx", (t) => `${t}\n${wide}`);
    writeFileSync(path.join(dir, "content/images/garden.png"), "壊れた画像ファイル");
    const lineOf = (file: string, needle: string) =>
      readFileSync(path.join(dir, "content", file), "utf8")
        .split("\n")
        .findIndex((l) => l.includes(needle)) + 1;
    lines = {
      emoji: lineOf("pamphlets/long-guide.mdx", "😊"),
      table: lineOf("pamphlets/short-guide.mdx", "列1の見出し"),
      image: lineOf("pamphlets/long-guide.mdx", "garden.png"),
    };
    run = runBuild(dir);
  });

  it("stops before building anything and leaves no output", () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("ビルドを中止しました");
    expect(run.stdout).not.toContain("ページを作っています");
    expect(existsSync(run.outDir)).toBe(false);
    expect(run.stderr).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
  });

  it("names a character missing from the print typeface, with file and line", () => {
    expect(lines.emoji).toBeGreaterThan(0);
    expect(run.stderr).toMatch(
      new RegExp(`エラー: pamphlets/long-guide\\.mdx:${lines.emoji}: .*😊（U\\+1F60A）.*（値: 「笑顔で😊過ごしましょう。」）`),
    );
  });

  it("reports a table too wide for A4, with file and line", () => {
    expect(run.stderr).toMatch(new RegExp(`エラー: pamphlets/short-guide\\.mdx:${lines.table} 項目「表」: 表の列が多すぎて`));
  });

  it("reports an image that cannot be read, with file and line", () => {
    expect(run.stderr).toMatch(
      new RegExp(`エラー: pamphlets/long-guide\\.mdx:${lines.image} 項目「画像」: .*PNG.*（値: 「\\.\\./images/garden\\.png」）`),
    );
  });
});
