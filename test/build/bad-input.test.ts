import { cpSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyFixture, editFile, runBuild } from "../helpers/fixture-site.ts";
import { treeHash } from "../helpers/tree-hash.ts";

/**
 * Each bad input stops `npm run build` with a Japanese message naming file, line/field and value, exits non-zero,
 * never shows a bare stack trace, and leaves the previous dist/ byte-identical.
 */
describe("bad input stops the build and keeps the previous dist/", () => {
  let dir: string;
  let before: string;
  beforeAll(() => {
    dir = copyFixture("minimal");
    const first = runBuild(dir);
    expect(first.status).toBe(0);
    before = treeHash(first.outDir);
  });

  const cases: { name: string; breakIt: (dir: string) => void; expected: RegExp[] }[] = [
    {
      name: "an invalid site.yaml field",
      breakIt: (d) => editFile(d, "site.yaml", (t) => t.replace("url: https://test.example.jp", "url: javascript:alert(1)")),
      expected: [/site\.yaml:8 項目「site\.url」/, /http:\/\/ または https:\/\//, /javascript:alert\(1\)/],
    },
    {
      name: "a missing site.yaml",
      breakIt: (d) => rmSync(path.join(d, "content/site.yaml")),
      expected: [/site\.yaml が見つかりません/],
    },
    {
      name: "broken front matter",
      breakIt: (d) => editFile(d, "pamphlets/first-guide.mdx", (t) => t.replace("order: 2", "order: [2")),
      expected: [/pamphlets\/first-guide\.mdx:\d+.*YAML の書き方/],
    },
    {
      name: "an unknown front matter key",
      breakIt: (d) => editFile(d, "pamphlets/first-guide.mdx", (t) => t.replace("order: 2", "order: 2\nauthor: 山田")),
      expected: [/pamphlets\/first-guide\.mdx:6 項目「author」: 知らない項目名です/],
    },
    {
      name: "an invalid date",
      breakIt: (d) => editFile(d, "pamphlets/second-guide.mdx", (t) => t.replace("2025-04-30", "2025-04-31")),
      expected: [/pamphlets\/second-guide\.mdx:4 項目「updated」/, /2025-04-31/, /YYYY-MM-DD/],
    },
    {
      name: "a missing image",
      breakIt: (d) => editFile(d, "pamphlets/first-guide.mdx", (t) => t.replace("house.svg", "missing.png")),
      expected: [
        /pamphlets\/first-guide\.mdx:12 項目「画像」: 画像ファイルが見つかりません（値: 「\.\.\/images\/missing\.png」）/,
      ],
    },
    {
      name: "MDX that does not parse (an unclosed tag)",
      breakIt: (d) => editFile(d, "pamphlets/second-guide.mdx", (t) => `${t}\n<div>閉じていないタグ\n`),
      expected: [
        /pamphlets\/second-guide\.mdx:1[0-9]:\d+ 項目「本文」: タグ <div> の始まりと終わりが対応していません/,
        /\.md にしてください/,
      ],
    },
    {
      name: "a link to a pamphlet that does not exist",
      breakIt: (d) =>
        editFile(d, "pamphlets/first-guide.mdx", (t) => t.replace("/pamphlets/second-guide/", "/pamphlets/secnd-guide/")),
      expected: [
        /pamphlets\/first-guide\.mdx:10:\d+ 項目「リンク」: リンク先のページがありません/,
        /もしかして: \/pamphlets\/second-guide\//,
      ],
    },
    {
      name: "a corrupt image file",
      breakIt: (d) => writeFileSync(path.join(d, "content/images/house.svg"), "not an image"),
      expected: [/pamphlets\/first-guide\.mdx:12 項目「画像」: SVG 画像の大きさ/],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const broken = copyFixture("minimal");
      // The previous, good output of this content folder.
      cpSync(path.join(dir, "dist"), path.join(broken, "dist"), { recursive: true });
      c.breakIt(broken);
      const run = runBuild(broken);
      expect(run.status).toBe(1);
      for (const pattern of c.expected) expect(run.stderr).toMatch(pattern);
      expect(run.stderr).toContain("ビルドを中止しました");
      expect(run.stderr).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
      expect(treeHash(run.outDir)).toBe(before);
    });
  }

  // A step failing after the content checks (Astro, PDF, OG images, search index, verification) goes through one
  // catch that discards the staging folder; the verification is the step content can make fail on purpose (a
  // corrupt image, which used to fail inside Astro, is now caught by the print checks before building).
  it("a broken anchor found by the post-build verification stops the build before the swap", () => {
    const broken = copyFixture("minimal");
    cpSync(path.join(dir, "dist"), path.join(broken, "dist"), { recursive: true });
    // The content checks do not know the headings of other pages; the verification of the built site does.
    editFile(broken, "pamphlets/first-guide.mdx", (t) =>
      t.replace("/pamphlets/second-guide/", "/pamphlets/second-guide/#no-such-heading"),
    );
    const run = runBuild(broken);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /\[verify\] ✖ pamphlets\/first-guide\/index\.html:\d+ リンク先のページに見出し・位置（#no-such-heading）がありません: \/zaitaku\/pamphlets\/second-guide\/#no-such-heading/,
    );
    expect(run.stderr).toContain("ビルドに失敗しました");
    expect(treeHash(run.outDir)).toBe(before);
    expect(readdirSync(broken).filter((n) => n.includes("staging"))).toEqual([]);
  });
});
