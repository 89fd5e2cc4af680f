import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultNote } from "../../src/loaders/note.ts";
import { type BuildRun, copyContent, projectRoot, readOutput, runBuild } from "../helpers/fixture-site.ts";

const pdftotext = (file: string) =>
  execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
const pdfinfo = (file: string) => execFileSync("pdfinfo", [file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });

/** The (キ) cycle's printed pieces of the demo: the note, the questionnaires and the distribution labels. */
describe("the note and the questionnaires", () => {
  let run: BuildRun;
  let contentDir: string;
  beforeAll(() => {
    const dir = copyContent(path.join(projectRoot, "content"), "kcycle");
    contentDir = path.join(dir, "content");
    run = runBuild(dir);
  });

  it("prints the note as a tagged A4 PDF with a cover and every page, and the windows pre-printed", () => {
    expect(run.status, run.stderr).toBe(0);
    const file = path.join(run.outDir, "note.pdf");
    const info = pdfinfo(file);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const note = defaultNote();
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(note.pages.length + 1);
    const text = pdftotext(file).replace(/\s+/g, "");
    for (const page of note.pages) expect(text).toContain(page.title.replace(/\s+/g, ""));
    // Every window file's phone number of the kinds the note lists is printed.
    const windows = readdirSync(path.join(contentDir, "windows")).map((n) =>
      readFileSync(path.join(contentDir, "windows", n), "utf8"),
    );
    const listed = windows.filter((w) => /kind: (地域包括支援センター|在宅医療・介護連携支援センター|成年後見センター)/.test(w));
    expect(listed.length).toBeGreaterThan(0);
    for (const w of listed) expect(text).toContain(/phone: (\S+)/.exec(w)?.[1]);
    expect(readOutput(run, "note/index.html")).toMatch(
      /note\.pdf" type="application\/pdf">[^<]+<span class="print-size">（PDF \d+KB・\d+ページ）/,
    );
  });

  it("imposes the A5 booklet on A4 landscape sheets, four pages a sheet", () => {
    const info = pdfinfo(path.join(run.outDir, "note-booklet.pdf"));
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/);
    const sides = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(sides).toBe(Math.ceil((defaultNote().pages.length + 1) / 4) * 2);
  });

  it("prints a one-page questionnaire for each upcoming event for residents, linked from its page", () => {
    const surveys = readdirSync(path.join(run.outDir, "events")).filter((n) => n.endsWith("-survey.pdf"));
    expect(surveys.length).toBeGreaterThan(3);
    for (const name of surveys) {
      const id = name.replace(/-survey\.pdf$/, "");
      const file = path.join(run.outDir, "events", name);
      expect(pdfinfo(file)).toMatch(/Pages:\s+1\n/);
      expect(pdfinfo(file)).toMatch(/Tagged:\s+yes/);
      const html = readOutput(run, `events/${id}/index.html`);
      const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? "";
      expect(pdftotext(file).replace(/\s+/g, "")).toContain(title.replace(/\s+/g, "").slice(0, 12));
      expect(html).toContain(`${id}-survey.pdf`);
    }
  });
});

describe("npm run distribute", () => {
  it("writes list.csv and labels.pdf: a cover, then ceil(N / 12) sheets with every name in postal-code order", () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "zaitaku-distribute-"));
    const result = spawnSync(
      process.execPath,
      ["src/cli/distribute.ts", "--pamphlet", "zaitaku-iryo", "--out", out, "--kinds", "病院,診療所"],
      {
        cwd: projectRoot,
        encoding: "utf8",
        env: { ...process.env, CONTENT_DIR: path.join(projectRoot, "content"), SITE_TODAY: "2026-12-04" },
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const csv = readFileSync(path.join(out, "list.csv"), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv
      .slice(1)
      .trim()
      .split(/\r\n/)
      .slice(1)
      .map((line) => line.split(","));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[3] === "病院" || r[3] === "診療所")).toBe(true);
    const codes = rows.map((r) => r[0]).filter(Boolean);
    expect(codes).toEqual([...codes].sort());
    const info = pdfinfo(path.join(out, "labels.pdf"));
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(1 + Math.ceil(rows.length / 12));
    const text = pdftotext(path.join(out, "labels.pdf")).replace(/\s+/g, "");
    let at = 0;
    for (const r of rows) {
      const next = text.indexOf(`${r[2]}御中`, at);
      expect(next, r[2]).toBeGreaterThanOrEqual(at);
      at = next;
    }
  });
});
