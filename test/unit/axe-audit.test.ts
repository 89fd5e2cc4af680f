import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type PageAudit, sitemapPaths, stratifiedSample, summarizeCriteria } from "../../src/cli/axe-audit.ts";
import { axeTagOf, criteriaForLevel, WCAG_CRITERIA } from "../../src/lib/report/wcag-criteria.ts";

describe("WCAG criteria", () => {
  it("lists the 55 WCAG 2.2 A/AA criteria once each, 38 of them from WCAG 2.0 (JIS X 8341-3:2016)", () => {
    expect(WCAG_CRITERIA).toHaveLength(55);
    expect(new Set(WCAG_CRITERIA.map((c) => c.id)).size).toBe(55);
    expect(WCAG_CRITERIA.filter((c) => c.version === "2.0")).toHaveLength(37); // 38 in 2.0, less 4.1.1 (removed in 2.2)
    expect(WCAG_CRITERIA.map((c) => c.id)).not.toContain("4.1.1");
  });

  it("maps criteria to axe tags and levels", () => {
    expect(axeTagOf("1.4.10")).toBe("wcag1410");
    expect(axeTagOf("1.4.1")).toBe("wcag141");
    expect(criteriaForLevel("A").every((c) => c.level === "A")).toBe(true);
    expect(criteriaForLevel("AA")).toHaveLength(55);
  });
});

describe("sitemapPaths", () => {
  it("reads every sitemap file and returns site paths under the site root", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-sitemap-"));
    writeFileSync(
      path.join(dir, "sitemap-index.xml"),
      "<sitemapindex><sitemap><loc>https://a.example.jp/z/sitemap-0.xml</loc></sitemap></sitemapindex>",
    );
    writeFileSync(
      path.join(dir, "sitemap-0.xml"),
      "<urlset><url><loc>https://a.example.jp/z/</loc></url><url><loc>https://a.example.jp/z/pamphlets/a/</loc></url></urlset>",
    );
    writeFileSync(path.join(dir, "sitemap-1.xml"), "<urlset><url><loc>https://a.example.jp/z/events/</loc></url></urlset>");
    expect(sitemapPaths(dir, "https://a.example.jp/z/")).toEqual(["/", "/events/", "/pamphlets/a/"]);
  });
});

describe("stratifiedSample", () => {
  it("keeps everything up to the limit", () => {
    expect(stratifiedSample(["/a/", "/b/"], 5)).toEqual(["/a/", "/b/"]);
  });

  it("takes from every section in turn above the limit", () => {
    const paths = [
      ...Array.from({ length: 50 }, (_, i) => `/resources/${i}/`),
      "/pamphlets/a/",
      "/pamphlets/b/",
      "/windows/x/",
      "/",
    ];
    const sample = stratifiedSample(paths, 8);
    expect(sample).toHaveLength(8);
    expect(sample).toEqual(expect.arrayContaining(["/", "/pamphlets/a/", "/pamphlets/b/", "/windows/x/"]));
    expect(sample.filter((p) => p.startsWith("/resources/"))).toHaveLength(4);
  });
});

describe("summarizeCriteria", () => {
  const audit = (over: Partial<PageAudit>): PageAudit => ({
    path: "/",
    violations: [],
    passes: [],
    incomplete: [],
    ruleTags: {},
    ...over,
  });
  const criteria = WCAG_CRITERIA.filter((c) => ["1.1.1", "1.4.3", "2.4.5", "4.1.2"].includes(c.id));

  it("passes criteria whose rules passed, fails those with a violation, leaves the rest to people", () => {
    const results = summarizeCriteria(
      [
        audit({
          passes: ["image-alt", "button-name"],
          ruleTags: { "image-alt": ["wcag2a", "wcag111"], "button-name": ["wcag2a", "wcag412"] },
        }),
        audit({
          path: "/b/",
          violations: [{ id: "color-contrast", impact: "serious", help: "", tags: ["wcag2aa", "wcag143"], nodes: [] }],
          ruleTags: { "color-contrast": ["wcag2aa", "wcag143"] },
        }),
      ],
      criteria,
    );
    expect(results).toEqual([
      { id: "1.1.1", result: "pass", rules: ["image-alt"], failedPages: 0 },
      { id: "1.4.3", result: "fail", rules: ["color-contrast"], failedPages: 1 },
      { id: "2.4.5", result: "manual", rules: [], failedPages: 0 },
      { id: "4.1.2", result: "pass", rules: ["button-name"], failedPages: 0 },
    ]);
  });

  it("leaves a criterion to people when axe could not decide a rule somewhere", () => {
    const [result] = summarizeCriteria(
      [audit({ incomplete: ["color-contrast"], ruleTags: { "color-contrast": ["wcag143"] } })],
      criteria.filter((c) => c.id === "1.4.3"),
    );
    expect(result?.result).toBe("manual");
  });
});
