import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../src/loaders/content-snapshot.ts";
import { type BuildRun, copyContent, projectRoot, readOutput, runBuild } from "../helpers/fixture-site.ts";

/** The demo municipality (content/) is what `npm run build` builds: it must stay valid and complete. */
describe("the demo municipality", () => {
  const demo = path.join(projectRoot, "content");
  let run: BuildRun;
  beforeAll(() => {
    run = runBuild(copyContent(demo, "demo"));
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

  it("publishes the staff activity report as noindex, outside the sitemap and the search index", () => {
    const html = readOutput(run, "staff/report/index.html");
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('data-pagefind-ignore="all"');
    expect(html).toMatch(/<h2 id="fy2026">令和8年度（2026年度）/);
    expect(readOutput(run, "sitemap-0.xml")).not.toContain("/staff/");
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
    const html = readOutput(run, "staff/report/index.html");
    const year = html.slice(html.indexOf('id="fy2026"'), html.indexOf('id="fy2025"'));
    expect(year).toContain(`回答 ${sheets} 件`);
    expect(html).toMatch(
      /<svg [^>]*class="survey-chart" role="img" aria-label="在宅医療を知っていた: 令和7年度 [\d.]+%、令和8年度 [\d.]+%/,
    );
    const pdf = path.join(run.outDir, "staff/report.pdf");
    expect(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })).toContain("最期を自宅で迎えたい人の割合");
  });

  it("prints the activity report as an A4 PDF for the council meeting, linked from the staff page", () => {
    const pdf = path.join(run.outDir, "staff/report.pdf");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("普及啓発の活動報告（職員用）");
    expect(text).toMatch(/令和8年度（2026年度）/);
    expect(text).toMatch(/令和7年度（2025年度）/);
    expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(readOutput(run, "staff/report/index.html")).toMatch(
      /report\.pdf" type="application\/pdf">会議資料用のPDF（A4）を開く<span class="print-size">（PDF \d+KB・\d+ページ）/,
    );
  });
});
