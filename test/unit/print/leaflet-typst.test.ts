import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSiteConfig } from "../../../src/loaders/site-config.ts";
import { loadPrintFonts } from "../../../src/outputs/print/fonts.ts";
import type { RenderedPdf } from "../../../src/outputs/print/template.ts";
import { LEAFLET_TOO_LONG, leafletTemplate } from "../../../src/outputs/print/templates/leaflet.ts";
import { pdfInfo, pdfPages, pdfStructTags, pdfStructText } from "../../helpers/pdf-tools.ts";

const contentDir = path.join(import.meta.dirname, "../../fixtures/sites/print");
const squash = (text: string) => text.replace(/\s+/g, "");

/** A body of `sections` numbered sections (見出しN), each with `paragraphs` paragraphs of about 120 characters. */
function body(sections: number, paragraphs: number): string {
  const text = "在宅医療は、通院が難しくなった方のお住まいに医師や看護師がうかがい、診療や看護をおこなうしくみです。".repeat(2);
  return Array.from({ length: sections }, (_, i) => `## 見出し${i + 1}\n\n${`${text}\n\n`.repeat(paragraphs)}`).join("");
}

async function render(markdown: string): Promise<{ rendered: RenderedPdf; file: string }> {
  const site = loadSiteConfig(contentDir);
  const entry = {
    slug: "leaf",
    file: "pamphlets/leaf.md",
    body: markdown,
    bodyFirstLine: 7,
    data: {
      title: "二つ折りの試験",
      description: "リーフレットの面の順番を確かめます。",
      updated: "2026-10-01",
      order: 1,
      audience: ["住民" as const],
      tags: [],
    },
  };
  const input = { entry, site, contentDir, siteReadings: [], pageUrl: "https://test.example.jp/zaitaku/pamphlets/leaf/" };
  const rendered = await leafletTemplate.render(input, loadPrintFonts());
  const dir = mkdtempSync(path.join(tmpdir(), "leaflet-"));
  scratch.push(dir);
  const file = path.join(dir, "leaf.pdf");
  writeFileSync(file, rendered.pdf);
  return { rendered, file };
}

/** Folders made for the PDFs, removed when the file is done. */
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe("A3 folded leaflet (Typst)", () => {
  let fits: { rendered: RenderedPdf; file: string };

  beforeAll(async () => {
    fits = await render(body(13, 2));
  }, 60_000);

  it("is two A3 landscape sheets, tagged", () => {
    expect(fits.rendered.omitted).toBeUndefined();
    const info = pdfInfo(fits.file);
    expect(info["Pages"]).toBe("2");
    expect(info["Page size"]).toMatch(/^1190\.5\d* x 841\.8\d* pts \(A3\)/);
    expect(info["Tagged"]).toBe("yes");
    expect(pdfStructTags(fits.file)).toEqual(expect.arrayContaining(["H1", "H2", "P"]));
  });

  it("prints the back panel beside the cover on the outside sheet, and panels 2 and 3 inside", () => {
    const [outside, inside] = pdfPages(fits.file).map(squash);
    // The last section is on the back panel, the middle ones inside: the physical order is not the reading order.
    expect(outside).toContain("二つ折りの試験");
    expect(outside).toContain("見出し13");
    expect(outside).toContain("お問い合わせ");
    expect(inside).toContain("見出し5");
    expect(inside).not.toContain("見出し13");
  });

  it("reads cover → 2 → 3 → back in the structure tree", () => {
    const text = squash(pdfStructText(fits.file));
    const order = ["二つ折りの試験", ...Array.from({ length: 13 }, (_, i) => `見出し${i + 1}在宅医療`), "お問い合わせ"];
    const positions = order.map((t) => text.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("is not made when the content does not fit four panels, and says why", async () => {
    const { rendered } = await render(body(12, 4));
    expect(rendered.omitted).toBe(LEAFLET_TOO_LONG);
    expect(rendered.pdf.length).toBe(0);
  }, 60_000);
});
