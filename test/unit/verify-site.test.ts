import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/lib/content/logger.ts";
import { READING_AIDS_INIT } from "../../src/lib/site/inline-scripts.ts";
import { formatSiteProblem, pendingProblems, verifyPages, verifySite } from "../../src/outputs/verify-site.ts";
import { startSiteVerification } from "../../src/outputs/verify-step.ts";

const SITE = { siteUrl: "https://test.example.jp", base: "/zaitaku/" };

/** A page with everything a page needs; `body` and `head` add to it. */
function page(pathname: string, body: string, head = ""): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>題名</title><meta name="description" content="説明"><link rel="canonical" href="https://test.example.jp/zaitaku/${pathname}"><link rel="stylesheet" href="/zaitaku/_astro/site.css">${head}</head><body>\n${body}\n</body></html>`;
}

/** Writes a site into a temp dir: file → content. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-verify-"));
  const all: Record<string, string> = {
    "index.html": page("", '<h2 id="about">について</h2><a href="/zaitaku/pamphlets/a/#s1">a</a>'),
    "pamphlets/a/index.html": page("pamphlets/a/", '<h2 id="s1">節</h2><img src="../../_astro/house.svg" alt="家">'),
    "_astro/site.css": "body{background:url(./bg.png)}",
    "_astro/bg.png": "png",
    "_astro/house.svg": "<svg/>",
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const problemsOf = (files: Record<string, string>) => verifySite(site(files), SITE).map(formatSiteProblem);

describe("post-build verification", () => {
  it("reports a published SVG image that runs a script, and passes one that only draws", () => {
    const problems = problemsOf({
      "_astro/evil.svg": '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4" onload="alert(1)"/></svg>',
      "_astro/plain.svg": '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4" fill="#036"/></svg>',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("_astro/evil.svg");
    expect(problems[0]).toContain("イベントで動くプログラム");
  });

  it("passes a sound site (links, anchors, relative assets, CSS url(), trailing-slash-less links)", () => {
    expect(
      problemsOf({
        "b.html": page(
          "b.html",
          '<a href="/zaitaku/pamphlets/a">a</a> <a href="#x" id="x">x</a> <a href="tel:0300001234">電話</a>',
        ),
      }),
    ).toEqual([]);
  });

  it("accepts the site's one hashed inline script and nothing else inline", () => {
    const problems = problemsOf({
      "b.html": page("b.html", `<script>${READING_AIDS_INIT}</script>\n<script>${READING_AIDS_INIT} </script>`),
    });
    expect(problems).toEqual([expect.stringMatching(/^b\.html:3 インラインの <script> があります/)]);
  });

  it("reports broken links, missing anchors and links that forget the base path, with page and line", () => {
    const problems = problemsOf({
      "b.html": page(
        "b.html",
        '<a href="/zaitaku/pamphlets/zz/">1</a>\n<a href="/zaitaku/pamphlets/a/#nope">2</a>\n<a href="/pamphlets/a/">3</a>\n<img src="https://test.example.jp/zaitaku/gone.png" alt="4">\n<a href="https://test.example.jp/zaitaku/forms/apply">a form on the same host</a>',
      ),
    });
    expect(problems).toEqual([
      "b.html:2 リンク先・読み込み先のファイルがありません: /zaitaku/pamphlets/zz/",
      "b.html:3 リンク先のページに見出し・位置（#nope）がありません: /zaitaku/pamphlets/a/#nope",
      "b.html:4 サイトのベースパス（/zaitaku/）の外を指しています。公開すると見つからないリンクです: /pamphlets/a/",
      "b.html:5 リンク先・読み込み先のファイルがありません: https://test.example.jp/zaitaku/gone.png",
    ]);
  });

  it("checks anchors in pages parsed before and after the linking page, and reports every page of a shared broken link", () => {
    // Sorted, b.html is parsed before index.html and after _astro/; z/ after both.
    const problems = problemsOf({
      "b.html": page(
        "b.html",
        '<a href="/zaitaku/#about">1</a>\n<a href="/zaitaku/#gone">2</a>\n<a href="/zaitaku/z/#late">3</a>\n<a href="/zaitaku/nowhere/">4</a>',
      ),
      "z/index.html": page(
        "z/",
        '<h2 id="late">後</h2>\n<a href="/zaitaku/b.html#top">5</a>\n<a href="../#about">6</a>\n<a href="/zaitaku/nowhere/">7</a>',
      ),
    });
    expect(problems).toEqual([
      "b.html:3 リンク先のページに見出し・位置（#gone）がありません: /zaitaku/#gone",
      "b.html:5 リンク先・読み込み先のファイルがありません: /zaitaku/nowhere/",
      "z/index.html:3 リンク先のページに見出し・位置（#top）がありません: /zaitaku/b.html#top",
      "z/index.html:5 リンク先・読み込み先のファイルがありません: /zaitaku/nowhere/",
    ]);
  });

  it("reports missing assets in img, srcset, scripts and CSS", () => {
    const problems = problemsOf({
      "b.html": page(
        "b.html",
        '<img src="/zaitaku/x.png" srcset="/zaitaku/_astro/bg.png 1x, /zaitaku/y.png 2x" alt="x"><script type="module" src="/zaitaku/_astro/app.js"></script>',
      ),
      "_astro/other.css": "a{background:url('../missing.woff2')}",
    });
    expect(problems).toEqual([
      "b.html:2 リンク先・読み込み先のファイルがありません: /zaitaku/x.png",
      "b.html:2 リンク先・読み込み先のファイルがありません: /zaitaku/y.png",
      "b.html:2 リンク先・読み込み先のファイルがありません: /zaitaku/_astro/app.js",
      "_astro/other.css:1 リンク先・読み込み先のファイルがありません: ../missing.woff2",
    ]);
  });

  it("reports javascript: URLs, event handlers and what the CSP would block", () => {
    const problems = problemsOf({
      "b.html": page(
        "b.html",
        '<a href=" jav&#x09;ascript:alert(1)">1</a>\n<p onclick="x()">2</p>\n<script>alert(1)</script>\n<style>p{}</style>\n<p style="color:red">5</p>\n<script type="application/ld+json">{"@type":"Event"}</script>\n<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
      ),
    });
    expect(problems).toEqual([
      'b.html:2 javascript: の URL があります: href=" jav\tascript:alert(1)"',
      'b.html:3 インラインのイベント属性（onclick）があります: onclick="x()"',
      "b.html:4 インラインの <script> があります（Content-Security-Policy で動かなくなります。スクリプトは別ファイルにしてください）: alert(1)",
      "b.html:5 インラインの <style> があります（Content-Security-Policy で無効になります。build.inlineStylesheets を確認してください）: p{}",
      'b.html:6 style 属性があります（Content-Security-Policy で無効になります）: style="color:red"',
      'b.html:8 javascript: の URL があります: content="0;url=javascript:alert(1)"',
    ]);
  });

  it("requires title, description and a canonical URL under the site, except canonical on noindex pages", () => {
    const bare = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;
    const problems = problemsOf({
      "b.html": bare("<title> </title>"),
      "c.html": bare(
        '<title>c</title><meta name="description" content="c"><link rel="canonical" href="https://other.example.jp/c.html">',
      ),
      "404.html": bare('<title>404</title><meta name="description" content="d"><meta name="robots" content="noindex, nofollow">'),
    });
    expect(problems).toEqual([
      "b.html <title>（ページの題名）がありません",
      'b.html <meta name="description">（ページの説明）がありません',
      'b.html <link rel="canonical">（正式な URL）がありません',
      "c.html 正式な URL（canonical）がサイトの URL（https://test.example.jp/zaitaku/）の下にありません: https://other.example.jp/c.html",
    ]);
  });
});

describe("verification beside the search step (verify-step.ts)", () => {
  const linking = (target: string) => ({ "s/index.html": page("s/", `<a href="${target}">索引</a>`) });

  it("leaves references into pagefind/ pending, and reports only those the search step did not write", () => {
    const dir = site(linking("/zaitaku/pagefind/pagefind.js"));
    const { problems, pending } = verifyPages(dir, SITE, { pendingFolder: "pagefind/" });
    expect(problems).toEqual([]);
    expect(pending).toMatchObject([{ page: "s/index.html", url: "/zaitaku/pagefind/pagefind.js" }]);
    expect(pendingProblems(dir, SITE, pending).map(formatSiteProblem)).toEqual([
      "s/index.html:2 リンク先・読み込み先のファイルがありません: /zaitaku/pagefind/pagefind.js",
    ]);
    mkdirSync(path.join(dir, "pagefind"));
    writeFileSync(path.join(dir, "pagefind", "pagefind.js"), "");
    expect(pendingProblems(dir, SITE, pending)).toEqual([]);
  });

  it("verifies the pages in a worker while pagefind/ is written, then finds what is still broken", async () => {
    const dir = site({
      ...linking("/zaitaku/pagefind/pagefind.js"),
      "t/index.html": page("t/", '<a href="/zaitaku/nowhere/">x</a>'),
    });
    const verification = startSiteVerification(dir, SITE, createLogger("verify"));
    expect(verification.beside).toBe(true);
    // Written after the worker has listed the files (as the search step does).
    await new Promise((resolve) => setTimeout(resolve, 200));
    mkdirSync(path.join(dir, "pagefind"));
    writeFileSync(path.join(dir, "pagefind", "pagefind.js"), "");
    expect((await verification.finish()).map(formatSiteProblem)).toEqual([
      "t/index.html:2 リンク先・読み込み先のファイルがありません: /zaitaku/nowhere/",
    ]);
  });

  it("above the page limit, verifies everything after the search step, the pages shared among workers", async () => {
    const dir = site({
      ...linking("/zaitaku/pagefind/pagefind.js"),
      "t/index.html": page(
        "t/",
        '<a href="/zaitaku/nowhere/">x</a>\n<a href="/zaitaku/#about">y</a>\n<a href="/zaitaku/#gone">z</a>',
      ),
    });
    const verification = startSiteVerification(dir, SITE, createLogger("verify"), undefined, 1, 2);
    expect(verification.beside).toBe(false);
    // Nothing is read before finish: the index and a page written now are there when the pages are verified.
    mkdirSync(path.join(dir, "pagefind"));
    writeFileSync(path.join(dir, "pagefind", "pagefind.js"), "");
    mkdirSync(path.join(dir, "u"));
    writeFileSync(
      path.join(dir, "u", "index.html"),
      page("u/", '<a href="/zaitaku/gone/">y</a>\n<a href="/zaitaku/t/#none">t</a>'),
    );
    const expected = [
      "t/index.html:2 リンク先・読み込み先のファイルがありません: /zaitaku/nowhere/",
      "t/index.html:4 リンク先のページに見出し・位置（#gone）がありません: /zaitaku/#gone",
      "u/index.html:2 リンク先・読み込み先のファイルがありません: /zaitaku/gone/",
      "u/index.html:3 リンク先のページに見出し・位置（#none）がありません: /zaitaku/t/#none",
    ];
    expect((await verification.finish()).map(formatSiteProblem)).toEqual(expected);
    // The same as one thread finds; the anchors of pages another worker read are among them.
    expect(verifySite(dir, SITE).map(formatSiteProblem)).toEqual(expected);
    const shares = [0, 1].map((index) => verifyPages(dir, SITE, { share: { index, count: 2 } }));
    expect(shares.flatMap((share) => share.foreignAnchors).length).toBeGreaterThan(0);
  });
});
