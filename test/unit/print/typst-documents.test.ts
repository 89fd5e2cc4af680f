import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../../src/loaders/content-snapshot.ts";
import { loadSiteConfig } from "../../../src/loaders/site-config.ts";
import { pdfJobs } from "../../../src/outputs/pdf.ts";
import { loadPrintFonts } from "../../../src/outputs/print/fonts.ts";
import { printTemplates } from "../../../src/outputs/print/templates/index.ts";
import { pdfInfo, pdfLines, pdfPages, pdfStructTags } from "../../helpers/pdf-tools.ts";

const contentDir = path.join(import.meta.dirname, "../../fixtures/sites/print");
const site = loadSiteConfig(contentDir);
const jobs = pdfJobs({ contentDir, site, content: readContent(contentDir) }, "2026-11-28");
/** Top of the footer band of an A4 page, in points from the top. */
const FOOTER_TOP = 841.89 - 26 - 80 - 6;
const out = mkdtempSync(path.join(tmpdir(), "typst-documents-"));

/** Renders a job of the print fixture (its input changed by `edit`) and returns the PDF's path. */
async function render(
  template: string,
  edit: (input: Record<string, unknown>) => void = () => {},
  sitePath?: string,
): Promise<string> {
  const job = jobs.find((j) => j.template === template && (!sitePath || j.sitePath === sitePath));
  if (!job) throw new Error(`no ${template} job in the fixture`);
  const input = structuredClone(job.input) as Record<string, unknown>;
  edit(input);
  const rendered = await printTemplates[job.template].render(input as never, loadPrintFonts());
  const file = path.join(out, `${template}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, rendered.pdf);
  return file;
}

describe("event flyer (Typst)", () => {
  it("is one tagged page with the title as H1 and the facts as text", async () => {
    const file = await render("event-flyer");
    const info = pdfInfo(file);
    expect(info["Tagged"]).toBe("yes");
    expect(info["Pages"]).toBe("1");
    expect(info["Title"]).toBe("市民公開講座「家で最期まで暮らす」");
    const tags = pdfStructTags(file);
    expect(tags.filter((t) => t === "H1")).toHaveLength(1);
    expect(tags).toContain("P");
  }, 60_000);

  it("tags the label–value rows as a table: each row's label a header cell (TH, Scope Row), its value a TD", async () => {
    const file = await render("event-flyer");
    const tree = execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const table = tree.slice(tree.indexOf("Table"));
    const rows = table.split(/^\s*TR\s*$/m).slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const labels = rows.map((row) => {
      const cells = [...row.matchAll(/^\s*(TH|TD)\b/gm)].map((m) => m[1]);
      expect(cells).toEqual(["TH", "TD"]);
      expect(row).toMatch(/^\s*TH:?\s*\n\s*\/Scope \/Row/m);
      return /"([^"]+)"/.exec(row)?.[1];
    });
    // The labels the flyer's rows are known by (its data), read back from the header cells.
    expect(labels).toEqual(expect.arrayContaining(["会場", "申込"]));
  }, 60_000);

  it("prints markup characters in event data literally and keeps a long flyer on one page", async () => {
    const file = await render("event-flyer", (input) => {
      const data = input["data"] as Record<string, unknown>;
      data["title"] = "講座 #pagebreak() $x$ ]";
      data["note"] = `${"持ち物はありません。".repeat(30)} #set page(width: 10pt) ]`;
    });
    expect(pdfInfo(file)["Pages"]).toBe("1");
    const text = pdfPages(file).join("").replace(/\s+/g, "");
    expect(text).toContain("講座#pagebreak()$x$]");
    expect(text).toContain("#setpage(width:10pt)]");
  }, 60_000);

  it("keeps the department's name whole on a line: it breaks only at its spaces", async () => {
    const file = await render("event-flyer");
    // Above the footer band (whose issuer line has the same name).
    const lines = (pdfLines(file)[0] ?? []).filter((l) => l.yMax < FOOTER_TOP).map((l) => l.text);
    expect(lines.join("")).toContain("問い合わせ・申込先");
    const words = `${site.municipality.name} ${site.department.name}`.split(" ");
    for (const word of words)
      expect(
        lines.some((l) => l.includes(word)),
        word,
      ).toBe(true);
    // 「電話 03-…」 may wrap at its space, never inside 電話.
    expect(lines.filter((l) => l.replace(/\s/g, "").endsWith("電"))).toEqual([]);
  }, 60_000);
});

describe("window sheet and application form (Typst)", () => {
  it("print the window sheet on one tagged page with the windows as a table with header cells", async () => {
    const file = await render("windows-sheet");
    expect(pdfInfo(file)["Tagged"]).toBe("yes");
    expect(pdfInfo(file)["Pages"]).toBe("1");
    const tags = pdfStructTags(file);
    expect(tags).toContain("H1");
    expect(tags).toContain("Table");
    expect(tags.filter((t) => t === "TH")).toHaveLength(3);
  }, 60_000);

  it("break a long window name only after 「・」, never inside a word", async () => {
    const name = "試験町ふれあい在宅医療・介護連携支援センター北部分室";
    const file = await render("windows-sheet", (input) => {
      (input["windows"] as { name: string }[])[0] = { ...(input["windows"] as { name: string }[])[0], name } as never;
    });
    const lines = (pdfLines(file)[0] ?? []).map((l) => l.text);
    expect(lines.join("")).toContain(name);
    // Either on one line, or cut after 「・」 with both parts whole.
    const whole =
      lines.includes(name) || (lines.includes("試験町ふれあい在宅医療・") && lines.includes("介護連携支援センター北部分室"));
    expect(whole, lines.join(" | ")).toBe(true);
  }, 60_000);

  it("give every write-in row of the form at least 10 mm, on one tagged page", async () => {
    const file = await render("talk-application");
    expect(pdfInfo(file)["Tagged"]).toBe("yes");
    expect(pdfInfo(file)["Pages"]).toBe("1");
    const lines = pdfLines(file)[0] ?? [];
    const labels = ["申込日", "団体名", "代表者のお名前", "電話番号", "会場（住所）", "参加する人数"];
    const tops = labels.map((label) => lines.find((l) => l.text.startsWith(label))?.yMin ?? Number.NaN);
    const tenMm = (10 / 25.4) * 72;
    for (let i = 1; i < 4; i++) expect((tops[i] as number) - (tops[i - 1] as number), labels[i]).toBeGreaterThanOrEqual(tenMm);
    expect((tops[5] as number) - (tops[4] as number)).toBeGreaterThanOrEqual(tenMm);
  }, 60_000);
});

describe("footer of the A4 documents (Typst)", () => {
  it.each(["pamphlet", "event-flyer", "windows-sheet", "talk-application"])(
    "%s: footer text at least 11 pt, body text at least 12 pt, the footer below the body",
    async (template) => {
      const file = await render(template);
      for (const lines of pdfLines(file)) {
        // pdftotext's line box is the face's full height, which is the type size for these faces.
        const footer = lines.filter((l) => l.yMin >= FOOTER_TOP);
        // The list bullet (●) is decoration, drawn smaller on purpose.
        const body = lines.filter((l) => l.yMax <= FOOTER_TOP && l.text.trim() !== "●");
        expect(footer.length).toBeGreaterThanOrEqual(4);
        for (const l of footer) expect(l.yMax - l.yMin, l.text).toBeGreaterThanOrEqual(10.99);
        for (const l of body) expect(l.yMax - l.yMin, l.text).toBeGreaterThanOrEqual(11.99);
        expect(lines.filter((l) => l.yMin < FOOTER_TOP && l.yMax > FOOTER_TOP)).toEqual([]);
      }
    },
    60_000,
  );
});

describe("staff activity report (Typst)", () => {
  it("is a tagged PDF whose tables have header cells, with the report's title", async () => {
    const file = await render("pamphlet", () => {}, "/staff/report.pdf");
    const info = pdfInfo(file);
    expect(info["Tagged"]).toBe("yes");
    expect(info["Title"]).toBe("普及啓発の活動報告（職員用）");
    const tags = pdfStructTags(file);
    expect(tags.filter((t) => t === "Table").length).toBeGreaterThanOrEqual(3);
    expect(tags.filter((t) => t === "TH").length).toBeGreaterThanOrEqual(6);
    expect(tags).toContain("H2");
    expect(pdfPages(file).join("").replace(/\s+/g, "")).toContain("令和8年度（2026年度）");
  }, 60_000);
});
