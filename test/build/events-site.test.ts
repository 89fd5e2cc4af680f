import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuildRun, copyFixture, readOutput, runBuild } from "../helpers/fixture-site.ts";

/**
 * The events fixture (test/fixtures/sites/events): MDX events, a legacy イベント一覧 CSV in CP932 and a current one in
 * UTF-8 with BOM, published under /machi/ with 和暦 dates, built with SITE_TODAY=2026-11-28 (the helper's default).
 */
describe("building a site with events", () => {
  let run: BuildRun;
  beforeAll(() => {
    run = runBuild(copyFixture("events"));
  });

  const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
  const titlesIn = (html: string) =>
    [...html.matchAll(/class="event-card__title"[\s\S]*?<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
  const jsonLd = (html: string) =>
    JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "null");

  it("succeeds, reporting the swapped coordinates as a warning", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/警告: events\/current\.csv:3 項目「緯度・経度」: 緯度と経度が入れ替わっているようです/);
    expect(run.stderr).toContain("エラー 0 件");
  });

  it("lists upcoming events soonest first, grouped by month, without past ones", () => {
    const html = readOutput(run, "events/index.html");
    expect(titlesIn(html)).toEqual([
      "市民公開講座「家で最期まで暮らす」",
      "出前講座「介護保険のはなし」",
      "本町オレンジカフェ",
      "在宅医療パネル展",
      "認知症カフェ（南）",
      "【中止】人生会議ワークショップ",
      "介護者のつどい",
      "看取りの講演会",
      "オンライン講演会「在宅医療の今」",
      "&lt;script&gt;alert(1)&lt;/script&gt;講座 {1+1}",
      "多職種で考える在宅療養",
    ]);
    expect([...html.matchAll(/<h2 id="month-[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual([
      "令和8年12月",
      "令和9年1月",
      "令和9年2月",
      "令和9年3月",
    ]);
    expect(html).toContain("令和8年12月12日(土)〜12月13日(日) 各日9:00〜17:00");
    expect(html).toMatch(/<div class="event-list" data-event-list data-hide-ended>/);
  });

  it("offers kind and area filters as static pages that work without JavaScript", () => {
    const html = readOutput(run, "events/index.html");
    expect(html).toContain('href="/machi/events/kind/ninchisho-cafe/"');
    expect(html).toContain(`href="/machi/events/area/${encodeURIComponent("北地区")}/"`);
    const cafes = readOutput(run, "events/kind/ninchisho-cafe/index.html");
    expect(titlesIn(cafes)).toEqual(["本町オレンジカフェ", "認知症カフェ（南）"]);
    expect(cafes).toMatch(/<a href="\/machi\/events\/kind\/ninchisho-cafe\/"[^>]*aria-current="page"/);
    for (const slug of ["kouenkai", "demae-koza", "kenshukai", "ninchisho-cafe", "jinsei-kaigi", "sonota"]) {
      expect(existsSync(path.join(run.outDir, "events/kind", slug, "index.html")), slug).toBe(true);
    }
    expect(titlesIn(readOutput(run, "events/area/北地区/index.html"))).toEqual([
      "本町オレンジカフェ",
      "【中止】人生会議ワークショップ",
    ]);
  });

  it("archives past events by fiscal year with attendance", () => {
    expect(readdirSync(path.join(run.outDir, "events/archive")).sort()).toEqual(["2025", "2026", "index.html"]);
    const fy2025 = readOutput(run, "events/archive/2025/index.html");
    expect(text(fy2025)).toContain("令和7年度の催し");
    expect(titlesIn(fy2025)).toEqual(["多職種連携研修会"]);
    expect(text(fy2025)).toContain("参加者: 40人");
    const fy2026 = readOutput(run, "events/archive/2026/index.html");
    expect(titlesIn(fy2026)).toEqual(["認知症サポーター養成講座"]);
    expect(text(fy2026)).toContain("令和8年4月1日から令和9年3月31日まで");
  });

  it("renders an event page with date, venue, fee, application, accessibility, contact and the MDX body", () => {
    const html = readOutput(run, "events/koen-2026-12/index.html");
    const body = text(html);
    expect(html).toContain('data-page-type="event"');
    expect(html).toContain('<time datetime="2026-12-05T14:00:00+09:00">令和8年12月5日(土) 14:00〜16:00</time>');
    expect(body).toContain("試験市民会館 大ホール");
    expect(body).toContain("参加費 無料");
    expect(body).toContain("定員 100人");
    expect(body).toContain("締切: 令和8年12月1日(火)");
    expect(body).toContain("手話通訳あり");
    expect(body).toContain("要約筆記あり");
    expect(html).toContain('<a class="tel-number" href="tel:0300005555">03-0000-5555</a>');
    expect(html).toContain('<a class="tel-number" href="tel:0300005556">03-0000-5556</a>');
    expect(html).toMatch(/<span data-status-label>締切間近<\/span><small[^>]*>（令和8年11月28日時点）<\/small>/);
    expect(html).toContain('<h2 id="講師">講師</h2>');
    expect(html).toContain('href="/machi/events/koen-2026-12.ics"');
    expect(html).toContain("https://calendar.google.com/calendar/render?action=TEMPLATE");
  });

  it("publishes schema.org Event JSON-LD", () => {
    const ld = jsonLd(readOutput(run, "events/koen-2026-12/index.html"));
    expect(ld).toMatchObject({
      "@type": "Event",
      name: "市民公開講座「家で最期まで暮らす」",
      startDate: "2026-12-05T14:00:00+09:00",
      endDate: "2026-12-05T16:00:00+09:00",
      eventStatus: "https://schema.org/EventScheduled",
      location: { "@type": "Place", name: "試験市民会館 大ホール", geo: { latitude: 35.6812, longitude: 139.7671 } },
      offers: { price: 0, priceCurrency: "JPY" },
      url: "https://events.example.jp/machi/events/koen-2026-12/",
    });
    expect(jsonLd(readOutput(run, "events/legacy-3/index.html")).eventStatus).toBe("https://schema.org/EventCancelled");
    expect(jsonLd(readOutput(run, "events/legacy-7/index.html")).eventAttendanceMode).toBe(
      "https://schema.org/OnlineEventAttendanceMode",
    );
  });

  it("renders CSV rows: cancelled, full, 申込不要, and cell text shown literally", () => {
    const cancelled = readOutput(run, "events/legacy-3/index.html");
    expect(cancelled).toContain("この催しは中止になりました。");
    expect(cancelled).toMatch(/badge--cancelled[^>]*><span data-status-label>中止/);
    const full = readOutput(run, "events/legacy-4/index.html");
    expect(full).toContain("20人<strong>（定員に達しました）</strong>");
    expect(full).toMatch(/badge--closed[^>]*><span data-status-label>受付終了/);
    expect(readOutput(run, "events/legacy-1/index.html")).toContain("申込は不要です");
    const literal = readOutput(run, "events/legacy-6/index.html");
    expect(literal).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt;講座 {1+1}</h1>");
    // In quoted attribute values (og:title) "<" is inert text; outside them no such element may appear.
    expect(literal.replace(/"[^"]*"/g, '""')).not.toContain("<script>alert(1)");
    expect(literal).toContain("1行目 {props.x}\n2行目 &lt;b&gt;太字ではない&lt;/b&gt;");
  });

  it("publishes /events.ics with every upcoming event, parseable by ical.js", () => {
    const raw = readOutput(run, "events.ics");
    expect(raw.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const root = new ICAL.Component(ICAL.parse(raw));
    const events = root.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(11);
    expect(events.map((e) => e.uid)).toContain("koen-2026-12@events.example.jp");
    expect(events.map((e) => e.uid)).not.toContain("kenshu-2025-06@events.example.jp");
    const cancelled = events.find((e) => e.uid === "legacy-3@events.example.jp");
    expect(cancelled?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    // one .ics per event page
    const pages = readdirSync(path.join(run.outDir, "events")).filter((n) => n.endsWith(".ics"));
    expect(pages).toHaveLength(13);
    const single = new ICAL.Component(ICAL.parse(readOutput(run, "events/legacy-2.ics")));
    expect(single.getFirstSubcomponent("vevent")?.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=DAILY;COUNT=2");
  });

  it("publishes an RSS feed of upcoming events", () => {
    const rss = readOutput(run, "rss.xml");
    expect(rss.match(/<item>/g)).toHaveLength(11);
    expect(rss).toContain("<link>https://events.example.jp/machi/events/koen-2026-12/</link>");
    expect(rss).toContain("&lt;script&gt;alert(1)&lt;/script&gt;講座 {1+1}");
    expect(readOutput(run, "events/index.html")).toContain('type="application/rss+xml"');
  });

  it("shows the next three events on the home page and links to the talks menu", () => {
    const home = readOutput(run, "index.html");
    expect(titlesIn(home)).toEqual(["市民公開講座「家で最期まで暮らす」", "出前講座「介護保険のはなし」", "本町オレンジカフェ"]);
    expect(home).toContain('href="/machi/talks/"');
    expect(home).toMatch(/<a href="\/machi\/events\/"[^>]*>講座・イベント<\/a>/);
  });

  it("publishes the 出前講座 menu", () => {
    expect(text(readOutput(run, "talks/index.html"))).toContain("家で看取るということ");
    const talk = text(readOutput(run, "talks/mitori/index.html"));
    expect(talk).toContain("1時間程度");
    expect(talk).toContain("10人以上の集まり");
    expect(talk).toContain("訪問看護師");
    expect(talk).toContain("コンセント");
  });

  it("keeps every internal link under the base path and pointing at a file", () => {
    const pages = [
      "events/index.html",
      "events/koen-2026-12/index.html",
      "events/archive/2025/index.html",
      "events/area/北地区/index.html",
      "index.html",
    ];
    for (const page of pages) {
      const html = readOutput(run, page);
      for (const url of [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1] ?? "")) {
        expect(url, `${page}: ${url}`).toMatch(/^\/machi\//);
        const file = decodeURIComponent(url.replace(/^\/machi\//, "").replace(/#.*$/, ""));
        const target = file === "" || file.endsWith("/") ? path.join(file, "index.html") : file;
        expect(existsSync(path.join(run.outDir, target)), `${page} → ${url}`).toBe(true);
      }
    }
  });

  it("lists event pages in the sitemap", () => {
    const sitemap = readOutput(run, "sitemap-0.xml");
    expect(sitemap).toContain("<loc>https://events.example.jp/machi/events/legacy-1/</loc>");
    expect(sitemap).toContain("<loc>https://events.example.jp/machi/events/archive/2025/</loc>");
  });
});

describe("a bad event CSV stops the build", () => {
  it("names file, row, column and value", () => {
    const dir = copyFixture("events");
    const file = path.join(dir, "content/events/legacy.csv");
    const text = iconv
      .decode(readFileSync(file), "cp932")
      .replace("２０２７－０１－２０,２０２７－０１－２０", "2027-02-30,2027-02-30");
    writeFileSync(file, iconv.encode(text, "cp932"));
    const run = runBuild(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/エラー: events\/legacy\.csv:9 項目「開始日」: 実在する日付を.*（値: 「2027-02-30」）/);
    expect(run.stderr).toContain("ビルドを中止しました");
    expect(existsSync(run.outDir)).toBe(false);
  });
});
