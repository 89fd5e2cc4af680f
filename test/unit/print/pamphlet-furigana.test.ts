import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSiteConfig } from "../../../src/loaders/site-config.ts";
import { readSiteReadings } from "../../../src/loaders/site-readings.ts";
import { loadPrintFonts } from "../../../src/outputs/print/fonts.ts";
import { pamphletTemplate } from "../../../src/outputs/print/templates/pamphlet.ts";
import { pdfLines, pdfPages, pdfStructText } from "../../helpers/pdf-tools.ts";

const contentDir = path.join(import.meta.dirname, "../../fixtures/sites/print");
const squash = (text: string) => text.replace(/\s+/g, "");
const body = `## ｜見出《みだし》の在宅医療

在宅医療では褥瘡を防ぐことが大切です。｜看取《みとり》の話と、｜記号《#$]》の読みも書きます。

- 在宅医療の相談は窓口へ。

| 区分 | 内容 |
| --- | --- |
| 在宅医療 | 褥瘡の予防 |
`;

/** The pamphlet rendered with ふりがな from site.yaml (`site`) and the pamphlet's own setting (`own`). */
async function render(site: boolean, own?: boolean): Promise<string> {
  const config = loadSiteConfig(contentDir);
  const entry = {
    slug: "furigana",
    file: "pamphlets/furigana.md",
    body,
    bodyFirstLine: 7,
    data: {
      title: "ふりがなの試験",
      description: "ふりがなを確かめます。",
      updated: "2026-10-01",
      order: 1,
      audience: ["住民" as const],
      tags: [],
      ...(own === undefined ? {} : { print: { furigana: own } }),
    },
  };
  const input = {
    entry,
    site: { ...config, print: { ...config.print, furigana: site } },
    contentDir,
    siteReadings: readSiteReadings(contentDir).words,
    pageUrl: "https://test.example.jp/zaitaku/pamphlets/furigana/",
  };
  const { pdf } = await pamphletTemplate.render(input, loadPrintFonts());
  const file = path.join(mkdtempSync(path.join(tmpdir(), "furigana-")), "furigana.pdf");
  writeFileSync(file, pdf);
  return file;
}

describe("ふりがな in the pamphlet PDF", () => {
  let on: string;
  let off: string;
  let overridden: string;

  beforeAll(async () => {
    on = await render(true);
    off = await render(false);
    overridden = await render(true, false);
  }, 120_000);

  it("prints the readings of the web ふりがな over body text when on, none when off or turned off by the pamphlet", () => {
    const text = squash(pdfPages(on).join(""));
    expect(text).toContain("ざいたくいりょう");
    expect(text).toContain("じょくそう");
    for (const file of [off, overridden]) {
      const plain = squash(pdfPages(file).join(""));
      expect(plain).toContain("在宅医療では褥瘡を防ぐ");
      expect(plain).not.toContain("ざいたくいりょう");
      expect(plain).not.toContain("じょくそう");
    }
  });

  it("honours ruby written as ｜漢字《かんじ》 either way, with #, $ and ] in a reading printed literally", () => {
    for (const file of [on, off]) {
      const text = squash(pdfPages(file).join(""));
      expect(text).toContain("みとり");
      expect(text).toContain("#$]");
      expect(text).not.toMatch(/[｜《》]/);
    }
  });

  it("keeps headings plain: the written ruby's base only", () => {
    const text = squash(pdfPages(on).join(""));
    expect(text).toContain("見出の在宅医療");
    expect(text).not.toContain("みだし");
  });

  it("leaves the readings out of the structure tree, so a screen reader reads each word once", () => {
    const tree = squash(pdfStructText(on));
    expect(tree).toContain("在宅医療では褥瘡を防ぐ");
    expect(tree).toContain("看取の話");
    expect(tree).not.toContain("じょくそう");
    expect(tree).not.toContain("みとり");
  });

  it("gives the readings room: no reading line overlaps the line above it", () => {
    const lines = (pdfLines(on)[0] ?? []).filter((l) => l.text.trim()).sort((a, b) => a.yMin - b.yMin);
    const readings = lines.filter((l) => /^[ぁ-ゖ\s#$\]]+$/.test(l.text) && l.yMax - l.yMin < 10);
    expect(readings.length).toBeGreaterThan(2);
    for (const reading of readings) {
      const above = lines.filter((l) => l !== reading && l.yMin < reading.yMin && !readings.includes(l)).at(-1);
      if (above) expect(reading.yMin, reading.text).toBeGreaterThanOrEqual(above.yMax);
    }
  });
});
