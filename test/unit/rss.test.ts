import { describe, expect, it } from "vitest";
import { buildRss, type RssItem, rfc822Date } from "../../src/lib/events/rss.ts";

const feed = async (items: RssItem[]) =>
  buildRss({ title: "題", link: "https://e.jp/events/", self: "https://e.jp/rss.xml", description: "説明", items });
const item = (n: number, date?: string): RssItem => ({ title: `催し${n}`, link: `https://e.jp/e/${n}/`, date });

describe("RSS dates", () => {
  it("writes a date in Japan as midnight JST in RFC 822, the same instant as the ISO form", () => {
    for (const date of ["2026-12-05", "2027-01-01", "2028-02-29", "2026-03-09"]) {
      const written = rfc822Date(date);
      expect(written).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 \+0900$/);
      expect(Date.parse(written)).toBe(Date.parse(`${date}T00:00:00+09:00`));
    }
  });

  it("gives dated items a pubDate, and the feed the latest of them as lastBuildDate", async () => {
    const xml = await feed([item(1, "2026-11-03"), item(2), item(3, "2026-11-20"), item(4, "2026-10-01")]);
    const pubDates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => m[1]);
    expect(pubDates).toEqual([rfc822Date("2026-11-03"), rfc822Date("2026-11-20"), rfc822Date("2026-10-01")]);
    expect(xml).toContain(`<lastBuildDate>${rfc822Date("2026-11-20")}</lastBuildDate>`);
    // lastBuildDate belongs to the channel, before the items.
    expect(xml.indexOf("<lastBuildDate>")).toBeLessThan(xml.indexOf("<item>"));
    expect(await feed([item(1, "2026-11-03")])).toBe(await feed([item(1, "2026-11-03")]));
  });

  it("writes no dates when the content gives none (never the build time)", async () => {
    const xml = await feed([item(1), item(2)]);
    expect(xml).not.toContain("<pubDate>");
    expect(xml).not.toContain("<lastBuildDate>");
  });
});

describe("RSS document", () => {
  it("escapes staff text, keeps the page URL as guid and names the feed itself", async () => {
    const xml = await buildRss({
      title: "題 <b>&</b>",
      link: "https://e.jp/events/",
      self: "https://e.jp/rss.xml",
      description: "説明",
      items: [{ title: '<script>alert("x")</script>\u0007講座', link: "https://e.jp/e/1/", categories: ["講演会"] }],
    });
    expect(xml).toContain("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;講座</title>");
    expect(xml).toContain("<title>題 &lt;b&gt;&amp;&lt;/b&gt;</title>");
    expect(xml).not.toContain("\u0007");
    expect(xml).toContain('<guid isPermaLink="true">https://e.jp/e/1/</guid>');
    expect(xml).toContain("<link>https://e.jp/events/</link>");
    expect(xml).toMatch(/<atom:link href="https:\/\/e\.jp\/rss\.xml" rel="self" type="application\/rss\+xml"\s*\/>/);
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(xml).toContain("<category>講演会</category>");
  });
});
