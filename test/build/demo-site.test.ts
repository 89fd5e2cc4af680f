import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../src/loaders/content-snapshot.ts";
import { type BuildRun, copyContent, projectRoot, readOutput, runBuild } from "../helpers/fixture-site.ts";
import { filesByPageType, htmlFiles, pageTypes, validateHtml } from "../helpers/html-validate.ts";

/** The demo municipality (content/) is what `npm run build` builds: it must stay valid and complete. */
describe("the demo municipality", () => {
  const demo = path.join(projectRoot, "content");
  let run: BuildRun;
  beforeAll(() => {
    run = runBuild(copyContent(demo, "demo"));
  });
  /** The staff-only outputs' folder: dist-staff/ beside dist/, the build's default. */
  const staffDir = () => `${run.outDir}-staff`;
  const staffOutput = (file: string) => readFileSync(path.join(staffDir(), file), "utf8");

  it("indexes the first page of each non-empty list by a hidden summary at low weight, never its items", () => {
    const lists = ["talks/", "windows/", "events/", "events/kind/ninchisho-cafe/", "events/kind/demae-koza/"];
    for (const list of lists) {
      const html = readOutput(run, `${list}index.html`);
      const summary =
        /<main[^>]*data-pagefind-body[^>]*><div hidden data-speech-skip data-search-list data-pagefind-weight="([\d.]+)">.*?<p data-pagefind-meta="list">([^<]*)<\/p><\/div><div data-pagefind-ignore="all">/su.exec(
          html,
        );
      expect(summary, list).not.toBeNull();
      expect(Number(summary?.[1])).toBeLessThan(1);
      expect(summary?.[2], list).not.toBe("");
    }
    expect(readOutput(run, "windows/index.html")).toContain('<p data-pagefind-meta="list">地域包括支援センター、');
    // Later pages of a paginated list stay out of the index.
    const later = htmlFiles(run.outDir).filter((f) => /^(events|resources)\/(.*\/)?\d+\/index\.html$/.test(f));
    for (const file of later) {
      expect(readFileSync(path.join(run.outDir, file), "utf8"), file).not.toContain("data-pagefind-body");
    }
  });

  it("has no content errors", () => {
    expect(readContent(demo).issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("builds", () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it.each(["zaitaku-iryo", "houmon-kango", "kaigo-hoken", "jinsei-kaigi", "jitaku-mitori", "soudan-madoguchi"])(
    "publishes the pamphlet %s with headings, a list, a table and an image with alt text",
    (slug) => {
      const html = readOutput(run, `pamphlets/${slug}/index.html`);
      const body = html.slice(html.indexOf('<div class="prose">'), html.indexOf("</article>"));
      expect(body).toMatch(/<h2 id="[^"]+">/);
      expect(body).toMatch(/<(ul|ol)>/);
      expect(body).toMatch(/<table>[\s\S]*<th>/);
      expect(body).toMatch(/<img [^>]*alt="[^"]{4,}"/);
      const text = body.replace(/<[^>]+>/g, "").replace(/\s+/g, "");
      expect(text.length).toBeGreaterThanOrEqual(1200);
    },
  );

  it("writes the staff activity report to dist-staff/, with the assets its page uses, still noindex", () => {
    const html = staffOutput("staff/report/index.html");
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toMatch(/<h2 id="fy2026">令和8年度（2026年度）/);
    const assets = [...html.matchAll(/(?:href|src)="\/(_astro\/[^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.some((a) => a.endsWith(".css"))).toBe(true);
    for (const asset of assets) expect(existsSync(path.join(staffDir(), asset)), asset).toBe(true);
  });

  it("publishes no staff file, link, sitemap entry or search entry in dist/", () => {
    expect(existsSync(path.join(run.outDir, "staff"))).toBe(false);
    const texts = readdirSync(run.outDir, { recursive: true, encoding: "utf8" }).filter((f) =>
      /\.(html|xml|txt|json|ics|js)$/.test(f),
    );
    expect(texts.length).toBeGreaterThan(50);
    for (const file of texts) {
      const text = readFileSync(path.join(run.outDir, file), "utf8");
      expect(text.includes("/staff/") || text.includes("活動報告（職員用）"), file).toBe(false);
    }
    // Pagefind's page fragments are compressed: count the pages it indexed against the published HTML pages instead.
    const entry = JSON.parse(readOutput(run, "pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    const pages = texts.filter((f) => f.endsWith(".html") && !readFileSync(path.join(run.outDir, f), "utf8").includes("noindex"));
    expect(indexed).toBeLessThanOrEqual(pages.length);
  });

  it("shows the questionnaire figures of the demo surveys on the staff page and in its PDF", () => {
    // Count the answer sheets of 令和8年度 straight from the files: rows whose 回答日 falls in 2026-04..2027-03.
    const dir = path.join(demo, "surveys");
    let sheets = 0;
    for (const name of readdirSync(dir)) {
      const bytes = readFileSync(path.join(dir, name));
      const text = bytes[0] === 0xef ? bytes.toString("utf8") : new TextDecoder("shift_jis").decode(bytes);
      for (const line of text.split(/\r?\n/).slice(1)) {
        const m = /^(\d{4})\/(\d{1,2})\//.exec(line);
        if (!m) continue;
        const fy = Number(m[2]) >= 4 ? Number(m[1]) : Number(m[1]) - 1;
        if (fy === 2026) sheets++;
      }
    }
    expect(sheets).toBeGreaterThan(0);
    const html = staffOutput("staff/report/index.html");
    const year = html.slice(html.indexOf('id="fy2026"'), html.indexOf('id="fy2025"'));
    expect(year).toContain(`回答 ${sheets} 件`);
    expect(html).toMatch(
      /<svg [^>]*class="survey-chart" role="img" aria-label="在宅医療を知っていた: 令和7年度 [\d.]+%、令和8年度 [\d.]+%/,
    );
    const pdf = path.join(staffDir(), "staff/report.pdf");
    expect(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })).toContain("最期を自宅で迎えたい人の割合");
  });

  it("prints the activity report as an A4 PDF for the council meeting, linked from the staff page", () => {
    const pdf = path.join(staffDir(), "staff/report.pdf");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("普及啓発の活動報告（職員用）");
    expect(text).toMatch(/令和8年度（2026年度）/);
    expect(text).toMatch(/令和7年度（2025年度）/);
    expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(staffOutput("staff/report/index.html")).toMatch(
      /report\.pdf" type="application\/pdf">会議資料用のPDF（A4）を開く<span class="print-size">（PDF \d+KB・\d+ページ）/,
    );
  });

  it("builds at least one page of every page type in src/pages, and no page of an unknown type", () => {
    const types = pageTypes();
    expect(types.length).toBeGreaterThanOrEqual(20);
    const published = filesByPageType(htmlFiles(run.outDir), types);
    const staff = filesByPageType(htmlFiles(staffDir()), types);
    for (const type of types) {
      const count = (published.get(type.source)?.length ?? 0) + (staff.get(type.source)?.length ?? 0);
      expect(count, type.source).toBeGreaterThan(0);
    }
    expect(published.get("(none)")).toEqual([]);
    expect(staff.get("(none)")).toEqual([]);
  });

  it("passes html-validate's recommended rules on every built page: zero errors", async () => {
    const published = await validateHtml(run.outDir, htmlFiles(run.outDir));
    const staff = await validateHtml(staffDir(), htmlFiles(staffDir()));
    expect([...published, ...staff]).toEqual([]);
  }, 120_000);

  it("dates every item of the events feed with its event's 更新日 from the content, and the channel with the latest", () => {
    const updated = new Map(readContent(demo).events.map((e) => [e.id, e.data.updated]));
    const rss = readOutput(run, "rss.xml");
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1] as string);
    expect(items.length).toBeGreaterThan(3);
    const instants = items.map((item) => {
      const id = /<link>[^<]*\/events\/([^/<]+)\/<\/link>/.exec(item)?.[1] ?? "";
      const date = updated.get(id);
      expect(date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const pubDate = /<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1] ?? "";
      // The same instant as midnight of that day in Japan, whatever way the date is written.
      expect(Date.parse(pubDate), id).toBe(Date.parse(`${date}T00:00:00+09:00`));
      return Date.parse(pubDate);
    });
    const lastBuild = /<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(rss)?.[1] ?? "";
    expect(Date.parse(lastBuild)).toBe(Math.max(...instants));
  });
});
