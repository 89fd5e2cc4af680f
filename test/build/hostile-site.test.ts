import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { verifySite } from "../../src/outputs/verify-site.ts";
import { type BuildRun, copyFixture, editFile, projectRoot, readOutput, runBuild } from "../helpers/fixture-site.ts";
import { attributeOf, findExecutableMarkup, textOf } from "../helpers/injection-scan.ts";

/** YAML single-quoted scalar: any text, '' for a quote. */
const yaml = (text: string) => `'${text.replace(/'/g, "''")}'`;

const TITLE = `試験町 <script>alert("t")</script> & "てびき"`;
const DESCRIPTION = `"><img src=x onerror=alert(1)> {alert(1)} javascript:alert(1)`;
const DEPARTMENT = "</title><script>alert(1)</script>福祉課";
const PAMPHLET_TITLE = "</title><script>alert(2)</script>";
const PAMPHLET_DESCRIPTION = `" onmouseover="alert(3)`;

/** Hostile text in valid content: it must be published, as text. */
function hostileButValid(dir: string): void {
  editFile(dir, "site.yaml", (t) =>
    t
      .replace("title: 試験町 在宅医療のてびき", `title: ${yaml(TITLE)}`)
      .replace("description: テスト用の架空の町のサイトです。", `description: ${yaml(DESCRIPTION)}`)
      .replace("name: 福祉課", `name: ${yaml(DEPARTMENT)}`)
      .replace("hours: 平日 9時から17時", `hours: ${yaml("javascript:alert(1) 平日 9時から17時 ' onmouseover='alert(1)")}`),
  );
  writeFileSync(
    path.join(dir, "content/pamphlets/hostile-text.md"),
    [
      "---",
      `title: ${yaml(PAMPHLET_TITLE)}`,
      `description: ${yaml(PAMPHLET_DESCRIPTION)}`,
      "updated: 2026-10-01",
      `tags: [${yaml("<img src=x onerror=alert(4)>")}]`,
      "---",
      "",
      "## 見出し {alert(5)}",
      "",
      "本文 {alert(6)} と {{constructor.constructor('alert(7)')()}}、&lt;script&gt;alert(8)&lt;/script&gt;、`<script>alert(9)</script>`。",
      "",
      "    <script>alert(10)</script>",
      "",
      "[つぎのパンフレット](/pamphlets/second-guide/)",
      "",
    ].join("\n"),
  );
  writeFileSync(
    path.join(dir, "content/pamphlets/hostile-mdx.mdx"),
    "---\ntitle: 波かっこ\ndescription: MDX で記号を書く\nupdated: 2026-10-01\n---\n\n## 記号\n\n値は \\{alert(11)\\} と &lt;b onclick=&quot;x&quot;&gt; です。\n",
  );
}

/** Markup that runs code: refused by the checks, removed while rendering if it gets there anyway. */
function hostileMarkup(dir: string): void {
  writeFileSync(
    path.join(dir, "content/pamphlets/attack-mdx.mdx"),
    [
      "---",
      "title: 攻撃 MDX",
      "description: 説明",
      "updated: 2026-10-01",
      "---",
      "",
      "## 見出し",
      "",
      "<script>alert(1)</script>",
      "",
      '<a href="javascript:alert(2)">リンク</a> <a href="  JaVaScRiPt:alert(3)">2</a>',
      "",
      '<img src="x" onerror="alert(4)" alt="x" />',
      "",
      "値 {alert(5)} と {globalThis.process?.exit?.(1)}",
      "",
      "export const leaked = 1",
      "",
      '<span style="color:red" onClick={() => alert(6)}>赤</span>',
      "",
      "[md リンク](javascript:alert(7))",
      "",
    ].join("\n"),
  );
  writeFileSync(
    path.join(dir, "content/pamphlets/attack-md.md"),
    [
      "---",
      "title: 攻撃 md",
      "description: 説明",
      "updated: 2026-10-01",
      "---",
      "",
      "## 見出し",
      "",
      "<ScRiPt>alert(8)</ScRiPt>",
      "",
      '<iframe src="https://evil.example/"></iframe><object data="x.swf"></object>',
      "",
      '<svg><script>alert(9)</script><a xlink:href="javascript:alert(10)">s</a></svg>',
      "",
      '<p onmouseover="alert(11)">段落</p> <a href=javascript:alert(12)>無引用符</a>',
      "",
      '<meta http-equiv="refresh" content="0;url=javascript:alert(13)"><base href="https://evil.example/">',
      "",
    ].join("\n"),
  );
  writeFileSync(
    path.join(dir, "content/pamphlets/attack-jsx.mdx"),
    [
      "---",
      "title: 攻撃 JSX",
      "description: 説明",
      "updated: 2026-10-01",
      "---",
      "",
      '<h2 id="window-123">窓口</h2>',
      "",
      "[窓口へ](#window-123)",
      "",
      "<Script>alert(14)</Script>",
      "",
      "<details open onToggle={() => alert(15)}><summary>詳しく</summary>折りたたみの本文</details>",
      "",
      '<svg><script>alert(16)</script></svg><math><mi>x</mi></math><object data="x.swf" />',
      "",
      '<a href=" jav&#x09;ascript:alert(17)">タブ</a> <img srcset="javascript:alert(18)" alt="図" />',
      "",
      '<form action="https://evil.example/"><input name="q" /></form><meta httpEquiv="refresh" content="0" />',
      "",
    ].join("\n"),
  );
}

describe("hostile text in valid content", () => {
  let run: BuildRun;
  beforeAll(() => {
    const dir = copyFixture("minimal");
    hostileButValid(dir);
    run = runBuild(dir);
  });

  it("builds", () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it("publishes no executable markup on any page", () => {
    expect(findExecutableMarkup(run.outDir, "/zaitaku/")).toEqual([]);
  });

  it("shows every hostile value as text, exactly as written", () => {
    const page = readOutput(run, "pamphlets/hostile-text/index.html");
    expect(textOf(page, "title")).toBe(`${PAMPHLET_TITLE} | ${TITLE}`);
    expect(textOf(page, "h1")).toBe(PAMPHLET_TITLE);
    expect(attributeOf(page, "meta", ["name", "description"], "content")).toBe(PAMPHLET_DESCRIPTION);
    expect(attributeOf(readOutput(run, "index.html"), "meta", ["name", "description"], "content")).toBe(DESCRIPTION);
    expect(textOf(page, "address")).toContain(DEPARTMENT);
    const prose = page.slice(page.indexOf('<div class="prose">'), page.indexOf("</article>"));
    for (const text of [
      "{alert(5)}",
      "{alert(6)}",
      "{{constructor.constructor('alert(7)')()}}",
      "<script>alert(8)</script>",
      "<script>alert(9)</script>",
      "<script>alert(10)</script>",
    ]) {
      expect(textOf(`<div>${prose}</div>`, "div")).toContain(text);
    }
    const mdx = readOutput(run, "pamphlets/hostile-mdx/index.html");
    expect(textOf(mdx.slice(mdx.indexOf('<div class="prose">')), "div")).toContain('値は {alert(11)} と <b onclick="x"> です。');
  });
});

describe("hostile text in an events CSV (JSON-LD, iCalendar, RSS)", () => {
  const EVENT_TITLE = '</script><script>alert("ld")</script>';
  let run: BuildRun;
  beforeAll(() => {
    const dir = copyFixture("events");
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    editFile(dir, "events/current.csv", (t) =>
      t.replace(
        /(\r?\n)$/,
        `$1999997,EV-2026-099,東京都試験市,${quote(EVENT_TITLE)},2026-12-20,2026-12-20,10:00,11:00,${quote(DESCRIPTION)},${quote("<b onclick=alert(1)>会館</b>")},東京都試験市本町1-1,,,03-0000-5555,,中央地区,,$1`,
      ),
    );
    run = runBuild(dir);
  });

  it("builds and publishes no executable markup, JSON-LD included", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(findExecutableMarkup(run.outDir, "/machi/")).toEqual([]);
    const page = readOutput(run, "events/ev-2026-099/index.html");
    expect(textOf(page, "h1")).toBe(EVENT_TITLE);
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
    expect(JSON.parse(ld).name).toBe(EVENT_TITLE);
  });

  it("keeps the title as text in the calendar and the feed", () => {
    expect(readOutput(run, "events.ics")).toContain(`SUMMARY:${EVENT_TITLE.replace(/[,;]/g, "\\$&")}`);
    expect(readOutput(run, "rss.xml")).toContain("&lt;/script&gt;&lt;script&gt;alert(&quot;ld&quot;)&lt;/script&gt;");
  });
});

describe("hostile markup", () => {
  it("is refused before building, each attack located, and no dist/ is written", () => {
    const dir = copyFixture("minimal");
    hostileMarkup(dir);
    const run = runBuild(dir);
    expect(run.status).toBe(1);
    for (const where of [
      "pamphlets/attack-mdx.mdx:9:1",
      "pamphlets/attack-mdx.mdx:11:4",
      "pamphlets/attack-mdx.mdx:11:42",
      "pamphlets/attack-mdx.mdx:13:14",
      "pamphlets/attack-mdx.mdx:15:3",
      "pamphlets/attack-mdx.mdx:15:16",
      "pamphlets/attack-mdx.mdx:17:1",
      "pamphlets/attack-mdx.mdx:19:7",
      "pamphlets/attack-mdx.mdx:19:25",
      "pamphlets/attack-mdx.mdx:21:1",
      "pamphlets/attack-md.md:9:1",
      "pamphlets/attack-md.md:11:1",
      "pamphlets/attack-md.md:11:46",
      "pamphlets/attack-md.md:13:1",
      "pamphlets/attack-md.md:15:4",
      "pamphlets/attack-md.md:15:38",
      "pamphlets/attack-md.md:17:1",
      "pamphlets/attack-md.md:17:65",
      "pamphlets/attack-jsx.mdx:11:1",
      "pamphlets/attack-jsx.mdx:13:15",
      "pamphlets/attack-jsx.mdx:15:1",
      "pamphlets/attack-jsx.mdx:17:4",
      "pamphlets/attack-jsx.mdx:19:1",
    ]) {
      expect(run.stderr).toMatch(new RegExp(`^ {2}エラー: ${where.replace(/\./g, "\\.")}[: ]`, "m"));
    }
    expect(run.stderr).toContain("ビルドを中止しました");
    expect(existsSync(run.outDir)).toBe(false);
  });

  it("is removed while rendering when it reaches Astro without the checks", () => {
    const dir = copyFixture("minimal");
    hostileMarkup(dir);
    const outDir = path.join(dir, "dist");
    const result = spawnSync(process.execPath, ["test/helpers/build-unchecked.ts", "--out", outDir], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: path.join(dir, "content"), SITE_TODAY: "2026-11-28" },
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(findExecutableMarkup(outDir, "/zaitaku/")).toEqual([]);
    const html = readFileSync(path.join(outDir, "pamphlets/attack-mdx/index.html"), "utf8");
    expect(html).toContain("リンク");
    expect(html).not.toMatch(/leaked|style=|alert\(/);
    // JSX in .mdx goes through the same sanitizer as HTML in .md.
    const jsx = readFileSync(path.join(outDir, "pamphlets/attack-jsx/index.html"), "utf8");
    const prose = jsx.slice(jsx.indexOf('<div class="prose">'), jsx.indexOf("</article>"));
    expect(prose).not.toMatch(/alert|<(svg|math|object|form|input|meta|script)\b|srcset|ontoggle|evil/i);
    expect(prose).toContain("<details open><summary>");
    expect(textOf(prose, "details")).toBe("詳しく折りたたみの本文");
    expect(prose).toMatch(/<a>タブ<\/a>/);
    // Ids stay as written (no user-content- prefix): the in-page link reaches its heading.
    expect(prose).toContain('id="window-123"');
    expect(prose).toContain('href="#window-123"');
    // The post-build verification finds nothing unsafe either: only missing files (the image the <img> tag pointed
    // at, and the PDFs and OG images this Astro-only build did not make).
    const messages = new Set(verifySite(outDir, { siteUrl: "https://test.example.jp", base: "/zaitaku/" }).map((p) => p.message));
    expect([...messages]).toEqual(["リンク先・読み込み先のファイルがありません"]);
  }, 240_000);
});
