import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentLastmod, lastmodOf } from "../../src/lib/site/sitemap-lastmod.ts";
import { readContent } from "../../src/loaders/content-snapshot.ts";
import { copyContent, editFile, projectRoot } from "../helpers/fixture-site.ts";

const dir = copyContent(path.join(projectRoot, "content"), "lastmod");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sitemap lastmod from content dates", () => {
  it("takes a page's 更新日, and the latest of them for its list page", () => {
    // A date later than any in the demo content, written into one pamphlet and one talk.
    editFile(dir, "pamphlets/kaigo-hoken.mdx", (t) => t.replace(/^updated:.*$/m, "updated: 2031-02-03"));
    const talk = readdirSync(path.join(dir, "content/talks")).find((f) => f.endsWith(".mdx")) ?? "";
    editFile(dir, `talks/${talk}`, (t) =>
      /^updated:/m.test(t)
        ? t.replace(/^updated:.*$/m, "updated: 2030-05-06")
        : t.replace(/^---\n/, "---\nupdated: 2030-05-06\n"),
    );
    const dates = contentLastmod(readContent(path.join(dir, "content")));
    expect(dates.get("/pamphlets/kaigo-hoken/")).toBe("2031-02-03");
    expect(dates.get("/pamphlets/")).toBe("2031-02-03");
    expect(dates.get(`/talks/${talk.replace(/\.mdx$/, "")}/`)).toBe("2030-05-06");
    expect(dates.get("/talks/")).toBe("2030-05-06");
    for (const [, date] of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dates.has("/")).toBe(false);
  });

  it("finds the date of a page URL under the base path, and none for other pages", () => {
    const dates = new Map([["/pamphlets/kaigo-hoken/", "2031-02-03"]]);
    expect(lastmodOf("https://example.jp/zaitaku/pamphlets/kaigo-hoken/", "/zaitaku/", dates)).toBe("2031-02-03");
    expect(lastmodOf("https://example.jp/pamphlets/kaigo-hoken/", "/", dates)).toBe("2031-02-03");
    expect(lastmodOf("https://example.jp/zaitaku/events/", "/zaitaku/", dates)).toBeUndefined();
    expect(lastmodOf("https://example.jp/other/pamphlets/kaigo-hoken/", "/zaitaku/", dates)).toBeUndefined();
  });
});
