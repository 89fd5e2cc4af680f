import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { beforeAll, describe, expect, it } from "vitest";
import { formatFileSize } from "../../src/lib/site/output-paths.ts";
import { LINE_START_PROHIBITED } from "../../src/lib/text/kinsoku.ts";
import { readContent } from "../../src/loaders/content-snapshot.ts";
import { loadSiteConfig } from "../../src/loaders/site-config.ts";
import { renderOgImage } from "../../src/outputs/og/og-image.ts";
import { ogTargets } from "../../src/outputs/og-images.ts";
import { loadPrintFonts } from "../../src/outputs/print/fonts.ts";
import { type BuildRun, copyFixture, editFile, readOutput, runBuild } from "../helpers/fixture-site.ts";
import { comparePageSnapshot, differingShare, renderSnapshot } from "../helpers/page-snapshot.ts";
import { pdfFonts, pdfInfo, pdfLines, pdfPages, pngSize, renderPage } from "../helpers/pdf-tools.ts";

/** Top of the footer band on an A4 page (points from the top): content lines end above it. */
const FOOTER_TOP = 841.89 - 26 - 80 - 6;
const squash = (text: string) => text.replace(/\s+/g, "");
/** The render cache shared by the builds of this file (the Noto build checks that the font is part of the key). */
const sharedCache = mkdtempSync(path.join(os.tmpdir(), "zaitaku-print-cache-"));

/**
 * The print fixture: a long pamphlet (lists, a 28-row table, a paragraph longer than a page, PNG and SVG images)
 * and a short one, published under /zaitaku/ with 和暦 dates.
 */
describe("printed materials of a fixture site", () => {
  let run: BuildRun;
  let rebuild: BuildRun;
  let long: string;
  let short: string;
  const source = readFileSync(path.join(import.meta.dirname, "../fixtures/sites/print/pamphlets/long-guide.mdx"), "utf8");
  const headings = [...source.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1] as string);

  beforeAll(() => {
    run = runBuild(copyFixture("print"), { ZAITAKU_CACHE_DIR: sharedCache });
    // The same content again with the cache of the first build: nothing is rendered, the bytes are the same.
    rebuild = runBuild(copyFixture("print"), { ZAITAKU_CACHE_DIR: sharedCache });
    long = path.join(run.outDir, "pamphlets/long-guide.pdf");
    short = path.join(run.outDir, "pamphlets/short-guide.pdf");
  });

  it("builds, and says how many PDFs and pages it made", () => {
    expect(run.status, run.stderr).toBe(0);
    // 2 pamphlets, the short one's A3 leaflet, 1 flyer (the upcoming event), the window sheet, the talk application
    // form and the staff activity report.
    expect(run.stdout).toMatch(/\[pdf\] ✔ PDF 7 件・\d+ ページ（新しく作成 7 件/);
    expect(run.stdout).toMatch(/\[og\] ✔ OGP画像 10 件/);
    // The fixture's older pamphlet gets the content check's 「更新日が 1 年以上前」; no other warning, no overflow.
    expect(run.stderr.split("\n").filter((l) => /警告/.test(l) && !/更新日が 1 年以上前|警告 1 件/.test(l))).toEqual([]);
    expect(run.stderr).not.toMatch(/はみ出/);
  });

  it("writes A4 PDFs with title, subject, author, creator and the content's date (no build timestamp)", () => {
    const info = pdfInfo(long);
    expect(info["Page size"]).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(info["Title"]).toBe("長いパンフレットの試験");
    expect(info["Subject"]).toMatch(/^何ページにもわたるパンフレット/);
    expect(info["Author"]).toBe("試験町 保健福祉課 在宅医療係");
    expect(info["Creator"]).toMatch(/^Typst \d/);
    // updated: 2026-10-01, midnight in Japan.
    expect(info["CreationDate"]).toBe("2026-09-30T15:00:00Z");
    expect(info["ModDate"]).toBe("2026-09-30T15:00:00Z");
    expect(readFileSync(long).includes("/Lang (ja)")).toBe(true);
    expect(Number(info["Pages"])).toBeGreaterThan(3);
    expect(Number(pdfInfo(short)["Pages"])).toBe(1);
  });

  it("embeds the Japanese fonts as subsets, never a standard Latin font", () => {
    for (const file of [long, short]) {
      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name).toMatch(/^[A-Z]{6}\+BIZUDPGothic-(Regular|Bold)$/);
        expect([font.emb, font.sub]).toEqual(["yes", "yes"]);
      }
    }
  });

  it("has real text: title, headings and body in reading order, the long paragraph whole", () => {
    // The content area of every page, without the footers, in order.
    const text = squash(
      pdfLines(long)
        .flatMap((lines) => lines.filter((l) => l.yMax < FOOTER_TOP))
        .map((l) => l.text)
        .join(""),
    );
    let at = text.indexOf("長いパンフレットの試験");
    expect(at).toBeGreaterThanOrEqual(0);
    for (const heading of headings) {
      const next = text.indexOf(squash(heading), at);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    }
    const paragraph = /## とても長い段落\n\n(.+)\n/.exec(source)?.[1] as string;
    expect(paragraph.length).toBeGreaterThan(1000);
    expect(text).toContain(squash(paragraph));
    expect(text).toContain("ページ分けを確かめる");
    expect(text).toContain("行28");
  });

  it("says on the first page that the web page is the official, accessible version", () => {
    const first = squash(pdfPages(long)[0] ?? "");
    expect(first).toContain("ウェブページが正式版");
    expect(first).toContain("https://test.example.jp/zaitaku/pamphlets/long-guide/");
  });

  it("puts the footer on every page: issuer, phone, updated date (和暦), URL and page N/M", () => {
    const pages = pdfPages(long).map(squash);
    pages.forEach((page, i) => {
      expect(page).toContain("発行:試験町保健福祉課在宅医療係");
      expect(page).toContain("電話03-0000-9999");
      expect(page).toContain("更新日令和8年10月1日");
      expect(page).toContain("https://test.example.jp/zaitaku/pamphlets/long-guide/");
      expect(page).toContain(`${i + 1}/${pages.length}ページ`);
    });
  });

  it("breaks pages between blocks: no heading or table header at a page foot, header rows repeated", () => {
    const pages = pdfLines(long);
    const dpi = 36;
    pages.slice(0, -1).forEach((lines, i) => {
      const content = lines.filter((l) => l.yMax < FOOTER_TOP);
      const bottom = Math.max(...content.map((l) => l.yMax));
      const last = content.filter((l) => Math.abs(l.yMax - bottom) < 0.5).map((l) => l.text);
      if (![...headings, "項目名"].some((heading) => last.includes(squash(heading)))) return;
      // The last text on the page is a heading: something else (a picture) must be printed below it.
      const image = renderPage(long, i + 1, dpi);
      const rows = { from: Math.ceil(((bottom + 12) * dpi) / 72), to: Math.floor((FOOTER_TOP * dpi) / 72) };
      let ink = 0;
      for (let y = rows.from; y < rows.to; y++) {
        for (let x = 0; x < image.width; x++) if ((image.data[(y * image.width + x) * 4] as number) < 200) ink++;
      }
      expect(ink, `page ${i + 1} ends with the heading ${last.join(" ")}`).toBeGreaterThan(200);
    });
    // Rows 01 and 28 are on different pages, and each of those pages shows the header row.
    const pageOf = (text: string) => pages.findIndex((lines) => lines.some((l) => l.text === text));
    expect(pageOf("行28")).toBeGreaterThan(pageOf("行01"));
    for (const row of ["行01", "行28"]) expect(pages[pageOf(row)]?.some((l) => l.text === "項目名")).toBe(true);
  });

  it("breaks no line before 、。ー or small kana", () => {
    const starts = pdfLines(long)
      .flat()
      .filter((l) => l.yMax < FOOTER_TOP)
      .map((l) => [...l.text][0] ?? "");
    expect(starts.length).toBeGreaterThan(100);
    expect(starts.filter((c) => LINE_START_PROHIBITED.has(c))).toEqual([]);
  });

  it("prints a QR code that opens the page", () => {
    for (const page of [1, 3]) {
      // The footer band, where the code is.
      const image = renderPage(long, page, 150, { x: 0, y: FOOTER_TOP - 10, width: 300, height: 841.89 - FOOTER_TOP + 10 });
      expect(jsQR(image.data, image.width, image.height)?.data).toBe("https://test.example.jp/zaitaku/pamphlets/long-guide/");
    }
  });

  it("links each pamphlet page to its PDF under the base path, with the real size and page count", () => {
    const html = readOutput(run, "pamphlets/long-guide/index.html");
    const bytes = statSync(long).size;
    const pages = pdfInfo(long)["Pages"];
    expect(html).toContain(
      `<a href="/zaitaku/pamphlets/long-guide.pdf" type="application/pdf">印刷用のPDF（A4）を開く<span class="print-size">（PDF ${formatFileSize(bytes)}・${pages}ページ）</span></a>`,
    );
    expect(html).not.toContain("data-print-size");
  });

  it("makes the short pamphlet's A3 leaflet and links it; the long one gets none, a line of the output says why", () => {
    const leaflet = path.join(run.outDir, "pamphlets/short-guide-leaflet.pdf");
    expect(pdfInfo(leaflet)["Page size"]).toMatch(/^1190\.5\d* x 841\.8\d* pts \(A3\)/);
    expect(pdfInfo(leaflet)["Pages"]).toBe("2");
    expect(readOutput(run, "pamphlets/short-guide/index.html")).toMatch(
      /<a href="\/zaitaku\/pamphlets\/short-guide-leaflet\.pdf" type="application\/pdf">A3 二つ折りリーフレット（PDF）を開く<span class="print-size">（PDF \d+KB・2ページ）<\/span><\/a>/,
    );
    expect(existsSync(path.join(run.outDir, "pamphlets/long-guide-leaflet.pdf"))).toBe(false);
    expect(readOutput(run, "pamphlets/long-guide/index.html")).not.toContain("leaflet");
    expect(run.stdout).toMatch(/pamphlets\/long-guide\.mdx: A3 二つ折りリーフレットの4面.*入りきらない/);
    expect(run.stdout).not.toMatch(/short-guide\.mdx: A3/);
    // From the cache, the same line again (the reason is kept with the cached result).
    expect(rebuild.stdout).toMatch(/pamphlets\/long-guide\.mdx: A3 二つ折りリーフレットの4面/);
  });

  it("gives every page an og:image that exists and is a 1200×630 PNG", () => {
    const pages = readdirSync(run.outDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
    const images = new Set<string>();
    for (const page of pages) {
      const html = readOutput(run, page);
      const url = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(url, page).toMatch(/^https:\/\/test\.example\.jp\/zaitaku\/og\/.+\.png$/);
      const file = path.join(run.outDir, (url as string).replace("https://test.example.jp/zaitaku/", ""));
      expect(pngSize(file), page).toEqual({ width: 1200, height: 630 });
      images.add(file);
    }
    // Home, the pamphlet list, each pamphlet (2), coming event (2: the June café is long past), 出前講座 (2) and
    // window (2) have their own image.
    expect(images.size).toBe(10);
    expect(readOutput(run, "pamphlets/long-guide/index.html")).toContain(
      'content="https://test.example.jp/zaitaku/og/pamphlets/long-guide.png"',
    );
  });

  it("gives event, 出前講座 and window pages their own 1200×630 image, not the home page's", () => {
    const ogOf = (page: string) => {
      const url = /<meta property="og:image" content="([^"]+)"/.exec(readOutput(run, page))?.[1] as string;
      return url.replace("https://test.example.jp/zaitaku/", "");
    };
    const home = readFileSync(path.join(run.outDir, ogOf("index.html")));
    const cases = [
      ["events/koen-2026-12/index.html", "og/events/koen-2026-12.png"],
      ["talks/mitori/index.html", "og/talks/mitori.png"],
      ["windows/renkei/index.html", "og/windows/renkei.png"],
    ] as const;
    // An event long past shares the home page's image: nobody shares June's café in November.
    expect(ogOf("events/cafe-2026-06/index.html")).toBe(ogOf("index.html"));
    const seen: Buffer[] = [];
    for (const [page, image] of cases) {
      expect(ogOf(page), page).toBe(image);
      const file = path.join(run.outDir, image);
      expect(pngSize(file), page).toEqual({ width: 1200, height: 630 });
      const data = readFileSync(file);
      expect(data.equals(home), page).toBe(false);
      for (const other of seen) expect(data.equals(other), page).toBe(false);
      seen.push(data);
    }
  });

  // Page 1 of each template against the committed baselines (test/helpers/page-snapshot.ts says how to update).
  it.each([
    ["pamphlet", "pamphlets/long-guide.pdf"],
    ["event-flyer", "events/koen-2026-12.pdf"],
    ["windows-sheet", "windows.pdf"],
    ["talk-application", "talks/application.pdf"],
  ])("looks like its pixel snapshot: %s", (name, file) => {
    expect(comparePageSnapshot(path.join(run.outDir, file), name)).toBeLessThan(0.01);
  });

  it("tells templates apart at snapshot resolution", () => {
    // The comparison is sharp enough to fail: two different documents differ in well over 1% of their pixels.
    const flyer = renderSnapshot(path.join(run.outDir, "events/koen-2026-12.pdf"));
    const sheet = renderSnapshot(path.join(run.outDir, "windows.pdf"));
    expect(differingShare(flyer, sheet)).toBeGreaterThan(0.05);
  });

  it("renders nothing again for unchanged content, and the bytes are the same", () => {
    expect(rebuild.status, rebuild.stderr).toBe(0);
    expect(rebuild.stdout).toContain("新しく作成 0 件、前回の結果を再利用 7 件");
    expect(rebuild.stdout).toMatch(/OGP画像 10 件（新しく作成 0 件）/);
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => /\.(pdf|png)$/.test(f))
        .sort();
    expect(files(rebuild.outDir)).toEqual(files(run.outDir));
    for (const file of files(run.outDir)) {
      expect(readFileSync(path.join(rebuild.outDir, file)).equals(readFileSync(path.join(run.outDir, file))), file).toBe(true);
    }
  });

  describe("event flyers", () => {
    const flyer = () => path.join(run.outDir, "events/koen-2026-12.pdf");

    it("are made for upcoming events only: not for past or cancelled ones", () => {
      expect(existsSync(flyer())).toBe(true);
      expect(existsSync(path.join(run.outDir, "events/cafe-2026-06.pdf"))).toBe(false);
      expect(existsSync(path.join(run.outDir, "events/chushi-2027-01.pdf"))).toBe(false);
      expect(readOutput(run, "events/koen-2026-12/index.html")).toMatch(
        /<a href="\/zaitaku\/events\/koen-2026-12\.pdf" type="application\/pdf">ちらし（A4・印刷用のPDF）を開く<span class="print-size">（PDF \d+KB・1ページ）<\/span><\/a>/,
      );
      expect(readOutput(run, "events/cafe-2026-06/index.html")).not.toContain('type="application/pdf"');
      expect(readOutput(run, "events/chushi-2027-01/index.html")).not.toContain('type="application/pdf"');
    });

    it("fit one page with the date and weekday, place, access, fee, deadline and who to call", () => {
      expect(pdfInfo(flyer())["Pages"]).toBe("1");
      const text = squash(pdfPages(flyer()).join(""));
      for (const expected of [
        "市民公開講座「家で最期まで暮らす」",
        "令和8年12月5日(土)",
        "14:00〜16:00",
        "試験町民会館大ホール",
        "試験駅から徒歩5分。町内循環バス「町民会館前」すぐ",
        "無料",
        "締切令和8年12月1日(火)",
        "申込の電話03-0000-9997",
        "手話通訳あり・要約筆記あり",
        "出前講座「家で看取るということ」",
        "電話03-0000-9999",
      ]) {
        expect(text).toContain(expected);
      }
      // No content date on events: the build day (SITE_TODAY 2026-11-28 in Japan) is the PDF's date.
      expect(pdfInfo(flyer())["CreationDate"]).toBe("2026-11-27T15:00:00Z");
      const image = renderPage(flyer(), 1, 150, { x: 0, y: FOOTER_TOP - 10, width: 300, height: 841.89 - FOOTER_TOP + 10 });
      expect(jsQR(image.data, image.width, image.height)?.data).toBe("https://test.example.jp/zaitaku/events/koen-2026-12/");
    });
  });

  it("prints the consultation windows on one sheet with blanks for the family's own doctor and care manager", () => {
    const sheet = path.join(run.outDir, "windows.pdf");
    expect(pdfInfo(sheet)["Pages"]).toBe("1");
    const text = squash(pdfPages(sheet).join(""));
    for (const expected of [
      "わが家の相談窓口",
      "かかりつけ医",
      "ケアマネジャー",
      "試験町役場保健福祉課",
      "03-0000-9999",
      "FAX03-0000-9998",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(squash("試験町在宅医療・介護連携支援センター"));
    expect(text).toContain("03-0000-9996");
    // The latest updated date of the windows files.
    expect(text).toContain("更新日令和8年8月1日");
    expect(readOutput(run, "windows/index.html")).toMatch(
      /<a href="\/zaitaku\/windows\.pdf" type="application\/pdf">[^<]*<span class="print-size">（PDF \d+KB・1ページ）/,
    );
  });

  it("prints the 出前講座 application form with the FAX number and the talks as checkboxes", () => {
    const form = path.join(run.outDir, "talks/application.pdf");
    expect(pdfInfo(form)["Pages"]).toBe("1");
    const text = squash(pdfPages(form).join(""));
    for (const expected of [
      "出前講座申込書",
      "FAX03-0000-9998",
      "団体名",
      "希望日時（第1希望）",
      "介護保険のはなし（1時間30分・5人から）",
      "家で看取るということ（1時間・10人から）",
    ]) {
      expect(text).toContain(expected);
    }
    // The talks in menu order (order: 1 first).
    expect(text.indexOf("介護保険のはなし")).toBeLessThan(text.indexOf("家で看取るということ"));
    expect(readOutput(run, "talks/index.html")).toMatch(
      /<a href="\/zaitaku\/talks\/application\.pdf" type="application\/pdf">[^<]*<span class="print-size">（PDF \d+KB・1ページ）/,
    );
  });
});

/** The print fixture without its long pamphlet, with `print.font: noto-sans-jp` in site.yaml. */
describe("printed materials in Noto Sans JP", () => {
  let run: BuildRun;
  let dir: string;

  beforeAll(() => {
    dir = copyFixture("print");
    rmSync(path.join(dir, "content/pamphlets/long-guide.mdx"));
    editFile(dir, "site.yaml", (text) => `${text}print:\n  font: noto-sans-jp\n`);
    // With the cache the default-font build above filled: nothing may come from it, since the face differs.
    run = runBuild(dir, { ZAITAKU_CACHE_DIR: sharedCache });
  });

  it("renders every PDF and OG image anew instead of reusing the default face's", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\[pdf\] ✔ PDF 6 件・\d+ ページ（新しく作成 6 件/);
    expect(run.stdout).toMatch(/\[og\] ✔ OGP画像 9 件（新しく作成 9 件）/);
  });

  it("embeds subset Noto Sans JP fonts in every PDF", () => {
    const pdfs = ["pamphlets/short-guide.pdf", "windows.pdf", "talks/application.pdf"];
    for (const file of pdfs) {
      const fonts = pdfFonts(path.join(run.outDir, file));
      expect(fonts.length, file).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name, file).toMatch(/^[A-Z]{6}\+NotoSansJP-(Regular|Bold)$/);
        expect([font.emb, font.sub], file).toEqual(["yes", "yes"]);
      }
    }
    expect(squash(pdfPages(path.join(run.outDir, "pamphlets/short-guide.pdf")).join(""))).toContain("ウェブページが正式版");
  });

  it("draws the OG images in the chosen face", async () => {
    const contentDir = path.join(dir, "content");
    const target = ogTargets({ content: readContent(contentDir), site: loadSiteConfig(contentDir) }).find(
      (t) => t.sitePath === "/pamphlets/short-guide/",
    );
    if (!target) throw new Error("no OG target for the short pamphlet");
    const built = readFileSync(path.join(run.outDir, "og/pamphlets/short-guide.png"));
    expect(pngSize(path.join(run.outDir, "og/pamphlets/short-guide.png"))).toEqual({ width: 1200, height: 630 });
    const noto = Buffer.from(await renderOgImage(target.input, loadPrintFonts("noto-sans-jp")));
    const biz = Buffer.from(await renderOgImage(target.input, loadPrintFonts("biz-udpgothic")));
    expect(noto.equals(biz)).toBe(false);
    expect(built.equals(noto)).toBe(true);
  });
});
