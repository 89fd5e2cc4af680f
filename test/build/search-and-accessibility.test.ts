import { cpSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuildRun, copyFixture, editFile, projectRoot, readOutput, runBuild } from "../helpers/fixture-site.ts";

/** Pagefind's fragment files: gzip, a "pagefind_dcd" signature, then JSON with the page's url, content, filters, meta. */
function fragments(
  run: BuildRun,
): { url: string; content: string; filters: Record<string, string[]>; meta: Record<string, string> }[] {
  const dir = path.join(run.outDir, "pagefind", "fragment");
  return readdirSync(dir).map((file) => {
    const data = gunzipSync(readFileSync(path.join(dir, file)));
    return JSON.parse(data.subarray("pagefind_dcd".length).toString("utf8"));
  });
}

/** The minimal fixture (base /zaitaku/), with an accessibility results file in its content folder. */
describe("search index and accessibility page of a fixture site", () => {
  let run: BuildRun;
  beforeAll(() => {
    const dir = copyFixture("minimal");
    cpSync(path.join(projectRoot, "test/fixtures/a11y-results"), path.join(dir, "content", "accessibility"), { recursive: true });
    editFile(dir, "pamphlets/first-guide.mdx", (text) =>
      text.replace("order: 2\n", "order: 2\ntags: [見守りネット, 夜間往診]\n"),
    );
    run = runBuild(dir);
  });

  it("builds and reports the index", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\[search\] ✔ 検索の索引: \d+ ページ/);
  });

  it("indexes no list page when the lists are empty (no upcoming events, talks or windows)", () => {
    expect(fragments(run).filter((p) => p.meta["list"] !== undefined)).toEqual([]);
  });

  it("indexes only pages with a page type (the pamphlets), typed, without menus, footer or table of contents", () => {
    const pages = fragments(run).filter((p) => p.meta["list"] === undefined);
    expect(pages.map((p) => p.url).sort()).toEqual(["/pamphlets/first-guide/", "/pamphlets/second-guide/"]);
    for (const page of pages) {
      expect(page.filters).toEqual({ type: ["パンフレット"] });
      const text = page.content.replace(/\u200b/g, "");
      expect(text).not.toContain("メインメニュー");
      expect(text).not.toContain("お問い合わせ");
      expect(text).not.toContain("本文へ移動");
      expect(text).not.toContain("もくじ");
      expect(text).not.toContain("印刷");
    }
    expect(pages.find((p) => p.url === "/pamphlets/first-guide/")?.meta["title"]).toBe("はじめての在宅医療");
  });

  it("indexes the pamphlet's tags (search words) without showing them", () => {
    const page = fragments(run).find((p) => p.url === "/pamphlets/first-guide/");
    const text = page?.content.replace(/\u200b/g, "");
    expect(text).toContain("見守りネット");
    expect(text).toContain("夜間往診");
    expect(readOutput(run, "pamphlets/first-guide/index.html")).toContain(
      "<p hidden data-search-tags>見守りネット、夜間往診</p>",
    );
  });

  it("keeps only the search engine, not Pagefind's ready-made UIs", () => {
    const files = readdirSync(path.join(run.outDir, "pagefind"));
    expect(files).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-entry.json"]));
    expect(files.filter((f) => f.startsWith("pagefind-ui") || f.startsWith("pagefind-component-ui"))).toEqual([]);
  });

  it("puts a GET search form to /search/ in the header of every page, and the reading aids hidden until JS", () => {
    for (const page of [
      "index.html",
      "pamphlets/index.html",
      "pamphlets/first-guide/index.html",
      "404.html",
      "accessibility/index.html",
    ]) {
      const html = readOutput(run, page);
      expect(html, page).toMatch(
        /<form class="header-search[^"]*" role="search" aria-label="サイト内検索" action="\/zaitaku\/search\/" method="get">/,
      );
      expect(html, page).toContain('name="q"');
      expect(html, page).toMatch(/<div class="a11y-tools no-print" data-a11y-tools hidden>/);
    }
  });

  it("ships one small shared script file on content pages (the reading aids island); the search page loads its own", () => {
    // Scripts are files, never inline (the Content-Security-Policy allows only same-origin scripts and one hashed
    // snippet): content pages load the reading aids module, which the browser caches across pages.
    const pamphlet = readOutput(run, "pamphlets/first-guide/index.html");
    expect([...pamphlet.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1])).toEqual([
      expect.stringMatching(/^\/zaitaku\/_astro\/AccessibilityTools[^/]*\.js$/),
    ]);
    expect(readOutput(run, "search/index.html")).toMatch(/<script type="module" src="\/zaitaku\/_astro\/[^"]+\.js">/);
    expect(readOutput(run, "search/index.html")).toContain('data-pagefind-url="/zaitaku/pagefind/pagefind.js"');
  });

  it("publishes the accessibility policy and the newest test results, criterion by criterion", () => {
    const html = readOutput(run, "accessibility/index.html");
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).toContain("適合レベル AA に準拠することを目標とします");
    expect(text).toContain("試験日 令和8年11月20日");
    expect(text).toContain("2ページ（サイト全体 7ページから、種類ごとに選んで）");
    expect(text).toContain("axe-core 4.99.0");
    expect(text).toContain("Chromium 999.0");
    expect(text).toMatch(/1\.1\.1 非テキストコンテンツ A 含まれる 自動試験で問題なし/);
    expect(text).toMatch(/1\.4\.3 コントラスト（最低限） AA 含まれる 問題あり/);
    expect(text).toMatch(/1\.2\.1 音声のみ及び映像のみ（収録済） A 含まれる 適用なし 音声や動画は掲載していません/);
    expect(text).toContain("/pamphlets/first-guide/ （問題 2件）");
    expect(text).not.toContain("まだ公開していません");
    expect(readOutput(run, "index.html")).toContain('href="/zaitaku/accessibility/"');
  });
});
