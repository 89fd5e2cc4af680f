import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMdxCollection } from "../../../src/loaders/mdx-collection.ts";
import { loadSiteConfig } from "../../../src/loaders/site-config.ts";
import { renderOgImage } from "../../../src/outputs/og/og-image.ts";
import { loadPrintFonts } from "../../../src/outputs/print/fonts.ts";
import { pamphletTemplate } from "../../../src/outputs/print/templates/pamphlet.ts";
import { pamphletSchema } from "../../../src/schemas/pamphlet.ts";

const contentDir = path.join(import.meta.dirname, "../../fixtures/sites/print");

describe("rendering is deterministic", () => {
  it("renders the same pamphlet PDF twice to the same bytes", async () => {
    const site = loadSiteConfig(contentDir);
    const entry = readMdxCollection(contentDir, "pamphlets", pamphletSchema).entries.find((e) => e.slug === "long-guide");
    if (!entry) throw new Error("fixture pamphlet missing");
    const input = { entry, site, contentDir, siteReadings: [], pageUrl: "https://test.example.jp/zaitaku/pamphlets/long-guide/" };
    const fonts = loadPrintFonts();
    const a = await pamphletTemplate.render(input, fonts);
    const b = await pamphletTemplate.render(input, fonts);
    expect(a.pages).toBeGreaterThan(1);
    expect(a.pdf.equals(b.pdf)).toBe(true);
    // No wall-clock date in the file: the dates are the content's.
    expect(a.pdf.toString("latin1")).toContain("(D:20260930150000Z)");
  }, 60_000);

  it("renders the same OG image twice to the same bytes", async () => {
    const input = {
      title: "在宅医療とは",
      kicker: "パンフレット",
      siteTitle: "試験町 在宅医療のてびき",
      municipality: "北海道試験町",
    };
    const fonts = loadPrintFonts();
    const [a, b] = [await renderOgImage(input, fonts), await renderOgImage(input, fonts)];
    expect(a.equals(b)).toBe(true);
    expect(a.readUInt32BE(16)).toBe(1200);
    expect(a.readUInt32BE(20)).toBe(630);
  });
});
