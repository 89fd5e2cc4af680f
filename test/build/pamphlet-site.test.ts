import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuildRun, copyFixture, projectRoot, readOutput, runBuild } from "../helpers/fixture-site.ts";

/** The minimal fixture is published under /zaitaku/ and shows dates in 和暦. */
describe("building a fixture site under a sub-path", () => {
  let run: BuildRun;
  beforeAll(() => {
    run = runBuild(copyFixture("minimal"));
  });

  it("succeeds and says where the site is", () => {
    expect(run.status, run.stderr).toBe(0);
    // Warnings (the fixture's second pamphlet is over a year old) are printed; no line is an error.
    expect(run.stderr).not.toMatch(/^\s*エラー:/m);
    expect(run.stderr).toMatch(/^\s*警告: pamphlets\/second-guide\.mdx:4 項目「updated」/m);
    expect(run.stdout).toContain("完成しました");
  });

  it("prints no English warning about the collections a pamphlets-only folder leaves empty", () => {
    // Astro warns "The collection … does not exist or is empty" on each getCollection of an empty collection:
    // src/collections.ts asks the snapshot first. This folder has no events, talks, windows or facility files.
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/does not exist or is empty/);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\[WARN\]/);
  });

  it("writes pages with lang, title, description and canonical URL under the base path", () => {
    const html = readOutput(run, "pamphlets/first-guide/index.html");
    expect(html).toMatch(/<html lang="ja">/);
    expect(html).toContain("<title>はじめての在宅医療 | 試験町 在宅医療のてびき</title>");
    expect(html).toContain('<meta name="description" content="テスト用のパンフレットです。">');
    expect(html).toContain('<link rel="canonical" href="https://test.example.jp/zaitaku/pamphlets/first-guide/">');
  });

  it("prefixes every internal link and asset with the base path", () => {
    for (const page of ["index.html", "pamphlets/index.html", "pamphlets/first-guide/index.html", "404.html"]) {
      const html = readOutput(run, page);
      const urls = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1] ?? "");
      const internal = urls.filter((u) => u.startsWith("/"));
      expect(internal.length).toBeGreaterThan(3);
      for (const url of internal) {
        expect(url, `${page}: ${url}`).toMatch(/^\/zaitaku\//);
        // every internal URL resolves to a file in dist/
        const file = url.replace(/^\/zaitaku\//, "").replace(/#.*$/, "");
        const target = file === "" || file.endsWith("/") ? path.join(file, "index.html") : file;
        expect(existsSync(path.join(run.outDir, target)), `${page} → ${url}`).toBe(true);
      }
    }
  });

  it("renders the pamphlet: 和暦 date, table of contents, table, image with alt, heading ids", () => {
    const html = readOutput(run, "pamphlets/first-guide/index.html");
    expect(html).toContain('<time datetime="2026-10-01">令和8年10月1日</time>');
    expect(html).toMatch(/<nav class="toc"[^>]*>[\s\S]*href="#訪問診療のこと"[\s\S]*href="#費用"[\s\S]*href="#相談先"/);
    expect(html).toMatch(/<table>[\s\S]*<th>(<ruby>)?項目(<rt [^>]*>こうもく<\/rt><\/ruby>)?<\/th>/);
    expect(html).toMatch(/<img src="\/zaitaku\/_astro\/house[^"]*"[^>]* alt="家の絵"[^>]*width="480" height="270"/);
    expect(html).toContain('<a class="skip-link" href="#main">本文へ移動</a>');
    expect(html).toContain('<a class="tel-number" href="tel:0300009999">03-0000-9999</a>');
  });

  it("lists pamphlets by order, then title", () => {
    const html = readOutput(run, "pamphlets/index.html");
    expect(html.indexOf("介護保険のはなし")).toBeLessThan(html.indexOf("はじめての在宅医療"));
  });

  it("publishes a sitemap and robots.txt with absolute URLs under the base path", () => {
    const sitemap = readOutput(run, "sitemap-0.xml");
    expect(sitemap).toContain("<loc>https://test.example.jp/zaitaku/pamphlets/first-guide/</loc>");
    expect(sitemap).toContain("<loc>https://test.example.jp/zaitaku/</loc>");
    expect(sitemap).not.toContain("404");
    // <lastmod> is each pamphlet's 更新日 as written in its front matter (not the build time).
    for (const slug of ["first-guide", "second-guide"]) {
      const source = readFileSync(path.join(projectRoot, `test/fixtures/sites/minimal/pamphlets/${slug}.mdx`), "utf8");
      const updated = /^updated:\s*(\S+)/m.exec(source)?.[1] ?? "(no date)";
      expect(sitemap).toMatch(new RegExp(`/pamphlets/${slug}/</loc><lastmod>${updated}T00:00:00\\.000Z</lastmod>`));
    }
    expect(readOutput(run, "robots.txt")).toContain("Sitemap: https://test.example.jp/zaitaku/sitemap-index.xml");
  });

  it("has a 404 page marked noindex", () => {
    expect(readOutput(run, "404.html")).toContain('<meta name="robots" content="noindex, nofollow">');
  });
});
