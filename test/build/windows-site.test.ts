import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { readResources } from "../../src/loaders/resources.ts";
import { loadSiteConfig } from "../../src/loaders/site-config.ts";
import type { Resource } from "../../src/schemas/resource.ts";
import { type BuildRun, copyFixture, readOutput, runBuild } from "../helpers/fixture-site.ts";

/** The "windows" fixture: 3 windows, 3 towns, resources in CP932, UTF-8 BOM (MHLW) and UTF-16, under /soudan/. */
describe("windows and resources in a built site", () => {
  let run: BuildRun;
  let dir: string;
  beforeAll(() => {
    dir = copyFixture("windows");
    run = runBuild(dir);
  });
  const page = (p: string) => readOutput(run, p);
  const main = (p: string) => {
    const html = page(p);
    return html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  };
  const jsonLd = (p: string) =>
    JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page(p))?.[1] ?? "null") as Record<string, unknown>;

  it("builds without errors", () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it("lists every window grouped by kind, with tel: links, and marks window pages for search", () => {
    const list = main("windows/index.html");
    expect(list.indexOf('<h2 id="kind-0">地域包括支援センター</h2>')).toBeLessThan(list.indexOf("市役所の担当課</h2>"));
    for (const tel of ["tel:0300002001", "tel:0300002002", "tel:0300009999"]) expect(list).toContain(`href="${tel}"`);
    const detail = main("windows/honcho/index.html");
    expect(detail).toContain('data-page-type="window"');
    expect(detail).toMatch(/<th scope="row">第2日曜<\/th>\s*<td>9:00〜12:00<\/td>/);
    expect(detail).toMatch(/<th scope="row">年末年始（12月29日〜1月3日）<\/th>\s*<td>休み<\/td>/);
    expect(detail).toContain("本町一丁目、港町");
  });

  it("gives the static town list with each town's centre (no JavaScript needed)", () => {
    const list = main("windows/index.html");
    const row = (town: string) =>
      new RegExp(`<th scope="row">${town}</th>\\s*<td><a href="/soudan/windows/([a-z]+)/">`).exec(list)?.[1];
    expect(row("本町一丁目")).toBe("honcho");
    expect(row("本町二丁目")).toBe("yamanote");
    expect(row("港町")).toBe("honcho");
    expect(row("山の手")).toBe("yamanote");
    // grouped by あかさたな: は行 (本町), ま行 (港町), や行 (山の手)
    expect([...list.matchAll(/<caption id="town-row-\d+">(.)行<\/caption>/g)].map((m) => m[1])).toEqual(["は", "ま", "や"]);
  });

  it("puts the town finder on the home page and /windows/, hidden until its script runs", () => {
    for (const p of ["index.html", "windows/index.html"]) {
      const html = page(p);
      expect(html).toMatch(/<form class="town-finder__form" data-town-finder hidden>/);
      // The data is one file for every page that shows the finder, not inlined in each.
      expect(html).toContain('data-town-url="/soudan/windows/towns.json"');
      expect(html).not.toContain("application/json");
    }
    {
      const data = JSON.parse(page("windows/towns.json"));
      expect(data.units.map((u: { label: string; owner: string }) => `${u.label}:${u.owner}`)).toEqual([
        "本町一丁目:honcho",
        "本町二丁目:yamanote",
        "港町:honcho",
        "山の手:yamanote",
      ]);
    }
    expect(page("index.html")).toContain('href="/soudan/windows/#town-list"');
  });

  it("publishes window and resource JSON-LD", () => {
    expect(jsonLd("windows/honcho/index.html")).toMatchObject({
      "@type": "LocalBusiness",
      telephone: "03-0000-2001",
      geo: { latitude: 43.06, longitude: 141.35 },
    });
    expect(jsonLd("windows/city/index.html")["@type"]).toBe("GovernmentOffice");
    expect(jsonLd("resources/iryo-c1/index.html")).toMatchObject({
      "@type": "MedicalClinic",
      name: "本町髙木クリニック",
      telephone: "03-0000-3001",
    });
    expect(jsonLd("resources/iryo-c2/index.html")["@type"]).toBe("Dentist");
    expect(jsonLd("resources/iryo-p1/index.html")["@type"]).toBe("Pharmacy");
    expect(jsonLd("resources/kaigo-0170000001/index.html")).toMatchObject({
      "@type": "LocalBusiness",
      url: "https://test.example.jp/soudan/resources/kaigo-0170000001/",
    });
  });

  it("shows resource details: merged MHLW services, home-care facts from the sidecar, tel: link, page type", () => {
    const html = main("resources/kaigo-0170000001/index.html");
    expect(html).toContain('data-page-type="resource"');
    expect(html).toContain("訪問看護、訪問リハビリテーション");
    expect(html).toMatch(/<th scope="row">24時間対応<\/th>\s*<td>あり<\/td>/);
    expect(html).toContain('href="tel:0300005001"');
  });

  it("shares one OG image per resource category instead of one per resource", () => {
    const ogOf = (p: string) => /<meta property="og:image" content="([^"]+)"/.exec(page(p))?.[1];
    const care = ogOf("resources/kaigo-0170000001/index.html");
    expect(care).toBe("https://test.example.jp/soudan/og/resources/type/care.png");
    const file = path.join(run.outDir, "og/resources/type/care.png");
    const png = readFileSync(file);
    // PNG signature, then the IHDR width and height: 1200×630.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(existsSync(path.join(run.outDir, "og/resources/kaigo-0170000001.png"))).toBe(false);
    expect(png.equals(readFileSync(path.join(run.outDir, "og/index.png")))).toBe(false);
  });

  it("has static filter pages per type, area and home-care fact", () => {
    const names = (p: string) => [...main(p).matchAll(/<h3><a href="\/soudan\/resources\/([^/]+)\/">/g)].map((m) => m[1]);
    expect(names("resources/type/pharmacy/index.html")).toEqual(["iryo-p1"]);
    expect(names("resources/type/care-houmon-kango/index.html")).toEqual(["kaigo-0170000001"]);
    expect(names("resources/area/minatomachi/index.html")).toEqual(["iryo-c2", "kaigo-0170000001"]);
    expect(names("resources/feature/houmon-shinryo/index.html")).toEqual(["iryo-c1"]);
    expect(names("resources/feature/24h/index.html")).toEqual(["kaigo-0170000001"]);
    expect(names("resources/index.html")).toHaveLength(5);
    expect(existsSync(path.join(run.outDir, "resources/feature/houmon-shika/index.html"))).toBe(false); // nobody has it
    expect(page("resources/index.html")).toMatch(/<form class="resource-filter" data-resource-filter hidden>/);
  });

  it("loads nothing from another server at page load; the map's tile server waits for the button", () => {
    for (const p of ["index.html", "windows/index.html", "resources/index.html", "map/index.html"]) {
      const html = page(p);
      const loads = [...html.matchAll(/<(?:script|img|link)\b[^>]*\s(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? "");
      const external = loads.filter((u) => /^(https?:)?\/\//.test(u));
      expect(
        external.filter((u) => !u.startsWith("https://test.example.jp/soudan/")),
        p,
      ).toEqual([]);
    }
    const map = page("map/index.html");
    expect(map).toContain('data-tile-url="https://tiles.example.jp/{z}/{x}/{y}.png"');
    expect(map).toContain("テスト地図");
    expect(map).toMatch(/<button type="button" class="button" data-map-button hidden>地図を表示<\/button>/);
    expect(map).toContain('港町歯科</a> — 北海道見本町港町2番<span class="meta">（位置情報がないため地図には出ません）</span>');
    // Markers come from a same-site JSON file fetched after the button, so /map/ stays small at any size.
    expect(map).toContain('data-places-url="/soudan/map/places.json"');
    const markers = JSON.parse(page("map/places.json")) as { url: string; lat: number }[];
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.every((m) => m.url.startsWith("/soudan/") && typeof m.lat === "number")).toBe(true);
  });

  it("keeps every internal link under the base path and resolvable", () => {
    for (const p of [
      "windows/index.html",
      "windows/honcho/index.html",
      "resources/index.html",
      "resources/iryo-c1/index.html",
      "map/index.html",
      "opendata/index.html",
      "windows/print/index.html",
    ]) {
      const urls = [...page(p).matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1] ?? "");
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) {
        expect(url, `${p}: ${url}`).toMatch(/^\/soudan\//);
        const file = url.replace(/^\/soudan\//, "").replace(/#.*$/, "");
        const target = file === "" || file.endsWith("/") ? path.join(file, "index.html") : file;
        expect(existsSync(path.join(run.outDir, target)), `${p} → ${url}`).toBe(true);
      }
    }
  });

  it("exports open data in UTF-8 BOM and Shift_JIS that re-import to the same records", () => {
    const config = loadSiteConfig(path.join(dir, "content"));
    const original = readResources(path.join(dir, "content"), config).resources;
    const strip = (rs: Resource[]) => rs.map(({ sources: _s, ...r }) => r).sort((a, b) => a.id.localeCompare(b.id));
    for (const suffix of ["", "-sjis"]) {
      const bytes = readFileSync(path.join(run.outDir, `opendata/medical-institutions${suffix}.csv`));
      if (suffix === "") expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      else expect(iconv.decode(bytes, "cp932")).toContain("本町髙木クリニック");
      const again = path.join(dir, `reimport${suffix}`);
      mkdirSync(path.join(again, "resources"), { recursive: true });
      writeFileSync(path.join(again, "resources/medical.csv"), bytes);
      writeFileSync(
        path.join(again, "resources/care.csv"),
        readFileSync(path.join(run.outDir, `opendata/care-services${suffix}.csv`)),
      );
      const reread = readResources(again, config);
      expect(reread.issues).toEqual([]);
      expect(strip(reread.resources)).toEqual(strip(original));
    }
    expect(existsSync(path.join(run.outDir, "opendata/consultation-windows-sjis.csv"))).toBe(true);
    expect(main("opendata/index.html")).toContain('href="/soudan/opendata/care-services-sjis.csv"');
  });

  it("offers the one-page printable sheet of all windows", () => {
    const sheet = main("windows/print/index.html");
    expect(sheet).toContain("わが家の相談窓口");
    expect([...sheet.matchAll(/<tr>\s*<th scope="row">/g)]).toHaveLength(3);
    expect(sheet).toContain("月〜金 8:45〜17:30");
  });
});
