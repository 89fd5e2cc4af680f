/**
 * Every file of test/fixtures/real (files published by municipalities, prefectures and MHLW, not written for this
 * project) through the loaders. Expected counts and values come from an independent reading of the same bytes here
 * (iconv-lite + csv-parse), never from our own output.
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/content/content-issue.ts";
import { formatDataFileSummary } from "../../src/lib/content/data-file-summary.ts";
import { resourceHoursText } from "../../src/lib/resources/resource-hours.ts";
import { checkContent } from "../../src/loaders/check-content.ts";
import { readAllEvents } from "../../src/loaders/events.ts";
import { readResources } from "../../src/loaders/resources.ts";
import { readSiteConfig } from "../../src/loaders/site-config.ts";
import { makeContent, TEST_SITE_YAML } from "../helpers/content-folder.ts";

const REAL = path.resolve("test/fixtures/real");

/** The records of a file as dictionaries keyed by its header, read independently of the project's CSV reader. */
function independent(name: string, encoding = "utf8"): Record<string, string>[] {
  const text = iconv.decode(readFileSync(path.join(REAL, name)), encoding).replace(/^\uFEFF/, "");
  return parse(text, {
    columns: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ["\r\n", "\n"],
  }) as Record<string, string>[];
}

const KUDAMATSU = TEST_SITE_YAML.replace("name: 架空町", "name: 下松市")
  .replace("prefecture: 東京都", "prefecture: 山口県")
  .replace('code: "999997"', 'code: "352071"');

function loadResources(name: string, options: { site?: string; area?: string; columns?: boolean } = {}) {
  const site = (options.site ?? TEST_SITE_YAML) + (options.area ? `resources:\n  area: ${options.area}\n` : "");
  const dir = makeContent({ "site.yaml": site });
  mkdirSync(path.join(dir, "resources"), { recursive: true });
  copyFileSync(path.join(REAL, name), path.join(dir, "resources", name));
  const columns = name.replace(/\.csv$/, ".columns.yaml");
  if (options.columns) copyFileSync(path.join(REAL, columns), path.join(dir, "resources", columns));
  const result = readResources(dir, readSiteConfig(dir).config);
  return { ...result, errors: result.issues.filter((i) => i.severity === "error"), lines: result.issues.map(formatIssue) };
}

describe("下松市 352071_care_service.csv (自治体標準, Shift_JIS, no 事業所番号, one row per service)", () => {
  const rows = independent("352071_care_service.csv", "cp932");
  it("builds unchanged on a 下松市 site: every row kept, one page per office (name and address)", () => {
    expect(rows).toHaveLength(90);
    const { resources, errors, lines } = loadResources("352071_care_service.csv", { site: KUDAMATSU });
    expect(errors).toEqual([]);
    expect(lines.filter((l) => l.includes("除きました"))).toEqual([]);
    const offices = new Set(rows.map((r) => `${r["介護サービス事業所名称"]} ${r["所在地_連結表記"]}`));
    expect(resources).toHaveLength(offices.size);
    expect(resources.reduce((n, r) => n + r.sources.length, 0)).toBe(rows.length);
    const first = rows[0]!;
    const page = resources.find((r) => r.name === first["介護サービス事業所名称"]);
    expect(page?.address).toBe(first["所在地_連結表記"]);
    expect(page?.services).toContain(first["実施サービス"]);
  });

  it("on another municipality's site every row is left out with one line naming the file and 下松市", () => {
    const { resources, lines } = loadResources("352071_care_service.csv");
    expect(resources).toEqual([]);
    expect(lines).toEqual([
      expect.stringContaining(`352071_care_service.csv: 架空町の外の ${rows.length} 行を除きました（下松市 ${rows.length}）`),
    ]);
  });
});

describe("山口県 350001_care_service_pref.csv (prefecture-wide, legacy 推奨, 山口県 in the code column)", () => {
  const rows = independent("350001_care_service_pref.csv");
  it("keeps only this municipality's rows and says how many others were left out", () => {
    const own = rows.filter((r) => r["住所"]?.normalize("NFKC").startsWith("岩国市"));
    const iwakuni = TEST_SITE_YAML.replace("name: 架空町", "name: 岩国市").replace("prefecture: 東京都", "prefecture: 山口県");
    const { resources, errors, lines } = loadResources("350001_care_service_pref.csv", { site: iwakuni });
    expect(errors).toEqual([]);
    expect(resources.reduce((n, r) => n + r.sources.length, 0)).toBe(own.length);
    expect(lines.find((l) => l.includes("除きました"))).toContain(`岩国市の外の ${rows.length - own.length} 行を除きました`);
    expect(resources.map((r) => r.name)).toContain(own[0]?.["介護サービス事業所名称"]);
  });

  it("the check summary line gives layout, encoding, rows read, kept, left out and pages", () => {
    const iwakuni = TEST_SITE_YAML.replace("name: 架空町", "name: 岩国市").replace("prefecture: 東京都", "prefecture: 山口県");
    const { files, resources } = loadResources("350001_care_service_pref.csv", { site: iwakuni });
    const inIwakuni = (r: (typeof rows)[number]) => r["住所"]?.normalize("NFKC").startsWith("岩国市");
    const own = rows.filter(inIwakuni).length;
    // Row numbers count the header as row 1.
    const outsideRows = rows.flatMap((r, i) => (inIwakuni(r) ? [] : [i + 2]));
    expect(files).toEqual([
      {
        file: "resources/350001_care_service_pref.csv",
        layout: "介護サービス事業所一覧（推奨データセット）",
        encoding: "utf-8-bom",
        rowsRead: rows.length,
        kept: own,
        outsideArea: rows.length - own,
        outsideAreaRows: outsideRows,
        withErrors: 0,
        pages: resources.length,
      },
    ]);
    expect(formatDataFileSummary(files[0]!)).toBe(
      `resources/350001_care_service_pref.csv: 介護サービス事業所一覧（推奨データセット）、utf-8-bom、${rows.length} 行を読み ${own} 行を載せました、除いた行: 範囲外 ${rows.length - own} 行 → ${resources.length} ページ`,
    );
  });

  it("area: all keeps every row", () => {
    const { resources, errors } = loadResources("350001_care_service_pref.csv", { area: "all" });
    expect(errors).toEqual([]);
    expect(resources.reduce((n, r) => n + r.sources.length, 0)).toBe(rows.length);
  });
});

describe("厚生労働省 介護サービス情報公表 jigyosho_*.csv (national, UTF-8 BOM, 事業所番号 with letters)", () => {
  for (const name of ["jigyosho_155.csv", "jigyosho_550.csv", "jigyosho_551.csv", "jigyosho_710.csv", "jigyosho_760.csv"]) {
    it(`${name}: every row read, one page per 事業所番号, loose cells only warned about`, () => {
      const rows = independent(name);
      const { resources, errors } = loadResources(name, { area: "all" });
      expect(errors).toEqual([]);
      const numbers = new Set(rows.map((r) => r["事業所番号"]?.normalize("NFKC").trim().toUpperCase()));
      expect(resources).toHaveLength(numbers.size);
      const first = rows[0]!;
      const page = resources.find((r) => r.officeNumber === first["事業所番号"]?.trim().toUpperCase());
      expect(page?.name).toBe(first["事業所名"]?.trim());
      expect(page?.services).toContain(first["サービスの種類"]);
    });
  }

  it("jigyosho_710.csv: a URL typed with a full-width colon (`http：//…`) is linked in its half-width form", () => {
    const rows = independent("jigyosho_710.csv");
    const typed = rows.filter((r) => /^(?:ｈ|h)(?:ｔｔｐ|ttp)[ｓs]?：/.test(r.URL ?? ""));
    expect(typed.length).toBeGreaterThan(0);
    const { resources, issues } = loadResources("jigyosho_710.csv", { area: "all" });
    for (const row of typed) {
      const page = resources.find((r) => r.officeNumber === row["事業所番号"]?.trim());
      expect(page?.url).toBe(row.URL?.normalize("NFKC"));
      expect(issues.filter((i) => i.field === "URL" && i.value === row.URL)).toEqual([]);
    }
  });

  it("jigyosho_710.csv: MHLW's （改行） marker inside a cell is read as a line break", () => {
    const rows = independent("jigyosho_710.csv").filter((r) => r["利用可能曜日特記事項"]?.includes("（改行）"));
    expect(rows.length).toBeGreaterThan(0);
    const { resources } = loadResources("jigyosho_710.csv", { area: "all" });
    for (const row of rows) {
      const page = resources.find((r) => r.officeNumber === row["事業所番号"]?.trim());
      const lines = (row["利用可能曜日特記事項"] ?? "").split("（改行）").map((l) => l.trim());
      expect(page?.hoursNote?.split("\n")).toEqual(lines);
    }
  });

  it("jigyosho_550.csv: 介護医療院 numbers with a capital letter make pages", () => {
    const lettered = independent("jigyosho_550.csv").filter((r) => /[A-Z]/.test(r["事業所番号"] ?? ""));
    expect(lettered.length).toBeGreaterThan(0);
    const ids = new Set(loadResources("jigyosho_550.csv", { area: "all" }).resources.map((r) => r.officeNumber));
    for (const r of lettered) expect(ids.has(r["事業所番号"])).toBe(true);
  });
});

describe("厚生労働省 jigyosho_331.csv (a whole national file on a town's site; one row's 経度 is -218.04…)", () => {
  const name = "jigyosho_331.csv";
  const rows = independent(name);
  // Row numbers count the header as row 1; the cells as an independent reader sees them.
  const badLongitude = rows.findIndex((r) => Math.abs(Number(r["経度"])) > 180) + 2;
  const romanNumeral = rows.findIndex((r) => /[Ⅰ-Ⅻ]/u.test(r["事業所名"] ?? "")) + 2;

  /** The issues `npm run check` reports for the file, as it prints them. */
  function checkedLines(area?: string): string[] {
    const site = TEST_SITE_YAML + (area ? `resources:\n  area: ${area}\n` : "");
    const dir = makeContent({ "site.yaml": site });
    mkdirSync(path.join(dir, "resources"), { recursive: true });
    copyFileSync(path.join(REAL, name), path.join(dir, "resources", name));
    return checkContent(dir, "2026-12-07")
      .filter((i) => i.file === `resources/${name}`)
      .map(formatIssue);
  }

  it("leaves out every row outside the town with the file's one line: no error, no warning about their cells", () => {
    expect(badLongitude).toBeGreaterThan(1);
    expect(romanNumeral).toBeGreaterThan(1);
    const { resources, errors, files } = loadResources(name);
    expect(errors).toEqual([]);
    expect(resources).toEqual([]);
    expect(files[0]?.outsideAreaRows).toEqual(rows.map((_, i) => i + 2));
    const lines = checkedLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`架空町の外の ${rows.length} 行を除きました`);
  });

  it("with area: all the same cells are reported at their row and column; the broken 経度 only loses the map pin", () => {
    const lines = checkedLines("all");
    expect(lines.filter((l) => l.startsWith("エラー"))).toEqual([]);
    expect(lines.some((l) => l.startsWith(`警告: resources/${name}:${badLongitude} 項目「経度」`))).toBe(true);
    const { resources } = loadResources(name, { area: "all" });
    const office = resources.find((r) => r.sources.some((s) => s.row === badLongitude));
    expect(office).toMatchObject({ name: rows[badLongitude - 2]?.["事業所名"], latitude: undefined, longitude: undefined });
    expect(lines.some((l) => l.includes(`${name}:${romanNumeral} 項目「事業所名」: 機種依存文字`))).toBe(true);
  });
});

describe("files in no national layout are explained, not silently refused", () => {
  for (const name of [
    "222127_kyuugobyouinn.csv",
    "iryoukikan.csv",
    "takamatsu_hospital_data.csv",
    "takamatsu_clinic_data.csv",
    "takamatsu_elderly_welfare_facility_data.csv",
    "takamatsu_regional_comprehensive_support_center_data.csv",
  ]) {
    it(name, () => {
      const { errors } = loadResources(name, { area: "all" });
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toMatch(/いちばん近い形式は.+で、.+の列がありません/);
      // the way that keeps the published file unchanged is named with the file's own mapping name
      expect(errors[0]?.hint).toContain(`「${name.replace(/\.csv$/, ".columns.yaml")}」`);
    });
  }
});

describe("the same files with the staff's .columns.yaml beside them build unchanged", () => {
  type Row = Record<string, string>;
  const cases: { name: string; nameColumn: string; addressColumn: string; category: (row: Row) => string | undefined }[] = [
    { name: "222127_kyuugobyouinn.csv", nameColumn: "名称", addressColumn: "住所", category: () => "病院" },
    {
      name: "iryoukikan.csv",
      nameColumn: "https://schema.org/name",
      addressColumn: "https://schema.org/address",
      category: () => undefined,
    },
    {
      name: "takamatsu_hospital_data.csv",
      nameColumn: "name",
      addressColumn: "address",
      // the file's own kinds: 病院, 有床診療所, 無床診療所 and 歯科
      category: (row) =>
        ({ 病院: "病院", 歯科: "歯科診療所", 有床診療所: "診療所", 無床診療所: "診療所" })[row["alternativeName"] ?? ""],
    },
    { name: "takamatsu_clinic_data.csv", nameColumn: "name", addressColumn: "address", category: () => "診療所" },
    {
      name: "takamatsu_elderly_welfare_facility_data.csv",
      nameColumn: "name",
      addressColumn: "address",
      category: () => "介護サービス事業所",
    },
    {
      name: "takamatsu_regional_comprehensive_support_center_data.csv",
      nameColumn: "name",
      addressColumn: "address",
      category: () => "介護サービス事業所",
    },
  ];
  for (const c of cases) {
    it(`${c.name}: every row kept, names and addresses as published`, () => {
      const rows = independent(c.name);
      const { resources, errors, files } = loadResources(c.name, { area: "all", columns: true });
      expect(errors).toEqual([]);
      expect(resources.reduce((n, r) => n + r.sources.length, 0)).toBe(rows.length);
      expect(files[0]?.layout).toContain(".columns.yaml の対応づけ");
      expect(files[0]?.kept).toBe(rows.length);
      for (const row of rows) {
        const name = row[c.nameColumn]?.trim() ?? "";
        const address = (row[c.addressColumn] ?? "").trim();
        // two offices may share a name (one page each): the row's own page is the one at its address
        const page = resources.find((r) => r.name === name && r.address.endsWith(address.slice(-6)));
        expect(page, `${name} ${address}`).toBeDefined();
        const category = c.category(row);
        if (category) expect(page?.category).toBe(category);
      }
    });
  }

  it("越前市 iryoukikan.csv: without a kind column, the kind comes from the name, said once for the file", () => {
    const { resources, issues } = loadResources("iryoukikan.csv", { area: "all", columns: true });
    const said = issues.filter((i) => i.message.includes("名称から決めました"));
    expect(said).toHaveLength(1);
    for (const r of resources) {
      const bare = r.name.normalize("NFKC").replace(/[（(].*?[)）]$/, "");
      expect(r.category).toBe(bare.endsWith("病院") ? "病院" : r.name.includes("歯科") ? "歯科診療所" : r.category);
    }
    expect(resources.some((r) => r.category === "病院")).toBe(true);
    expect(resources.some((r) => r.category === "診療所")).toBe(true);
  });

  it("高松市 takamatsu_clinic_data.csv: hours that differ by weekday are shown as written, not paired by 〜", () => {
    const { resources } = loadResources("takamatsu_clinic_data.csv", { area: "all", columns: true });
    for (const row of independent("takamatsu_clinic_data.csv")) {
      const page = resources.find((r) => r.name === row["name"]);
      expect(resourceHoursText(page ?? {})).toBe(`${row["availableDate"]} 開始 ${row["startTime"]}／終了 ${row["endTime"]}`);
    }
  });

  it("高松市 地域包括支援センター: the fixed 実施サービス is on every page", () => {
    const { resources } = loadResources("takamatsu_regional_comprehensive_support_center_data.csv", {
      area: "all",
      columns: true,
    });
    for (const r of resources) expect(r.services).toEqual(["地域包括支援センター"]);
  });
});

describe("熊本市 byouin_list.csv and yakkyoku_list.csv (CKAN dump: _id, 施設正式名称 / 業務種別, 所在地)", () => {
  // The header line ends in CRLF and the data lines in LF; reading such files is the low-level reader's part.
  it("every row is read", () => {
    const rows = independent("yakkyoku_list.csv");
    expect(loadResources("yakkyoku_list.csv", { area: "all" }).resources).toHaveLength(rows.length);
  });

  it("the layout is recognised and the first pharmacy is read with its 許可番号 and 所在地", () => {
    const first = independent("yakkyoku_list.csv")[0]!;
    const { resources, errors } = loadResources("yakkyoku_list.csv", { area: "all" });
    expect(errors).toEqual([]);
    expect(resources[0]).toMatchObject({ name: first["名称"], sourceId: first["許可番号"], category: "薬局" });
    expect(resources[0]?.address).toBe(first["所在地"]?.trim());
  });
});

/** A content folder with one real events file (and its .columns.yaml when asked), read as the build reads it. */
function loadEvents(name: string, withColumns = false) {
  const dir = makeContent({});
  mkdirSync(path.join(dir, "events"));
  copyFileSync(path.join(REAL, name), path.join(dir, "events", name));
  const columns = name.replace(/\.csv$/, ".columns.yaml");
  if (withColumns) copyFileSync(path.join(REAL, columns), path.join(dir, "events", columns));
  const result = readAllEvents(dir);
  return { ...result, errors: result.issues.filter((i) => i.severity === "error") };
}

/** 2026/4/2 → 2026-04-02, read here without the project's date reader. */
const slashDate = (text: string) => {
  const [y, m, d] = text.split("/");
  return `${y}-${m?.padStart(2, "0")}-${d?.padStart(2, "0")}`;
};

describe("焼津市 event.csv (current 自治体標準 イベント一覧, 80 columns)", () => {
  const rows = independent("event.csv");

  it("builds unchanged: every row is an event with its ID, title and dates; a row without 場所名称 points to its page", () => {
    expect(rows).toHaveLength(12);
    const { events, errors, files } = loadEvents("event.csv");
    expect(errors).toEqual([]);
    expect(events).toHaveLength(rows.length);
    for (const [i, r] of rows.entries()) {
      const e = events.find((x) => x.row === i + 2);
      expect(e?.id).toBe(`event-${r["ID"]}`);
      expect(e?.data.title).toBe(r["イベント名"]);
      expect(e?.data.startDate).toBe(slashDate(r["開始日"] ?? ""));
      expect(e?.data.endDate).toBe(slashDate(r["終了日"] ?? ""));
      expect(e?.data.url).toBe(r["コンテンツURL"]);
      if (r["場所名称"]?.trim()) expect(e?.data.place?.name).toBe(r["場所名称"]?.trim());
      else expect([e?.data.place, e?.data.venueOnPage]).toEqual([undefined, true]);
    }
    expect(files.map(formatDataFileSummary)).toEqual([
      `events/event.csv: イベント一覧（自治体標準オープンデータセット）、utf-8、${rows.length} 行を読み ${rows.length} 行を載せました → ${rows.length} ページ`,
    ]);
  });
});

/** 高松市's 開催日 cell is one event when it is one day or one range (weekdays in brackets aside); read here with a regex. */
const oneDayOrRange = (cell: string) =>
  /^\d{1,2}月\d{1,2}日(?:[～~]\d{1,2}月\d{1,2}日)?$/.test(cell.replace(/\s+/g, "").replace(/[（(][^）)]*[）)]/g, ""));

describe("高松市 takamatsu_events_data.csv (the city's own イベント layout, dates without a year)", () => {
  const rows = independent("takamatsu_events_data.csv");

  it("without its .columns.yaml it is refused, every dated row saying the year is missing", () => {
    const { events, errors } = loadEvents("takamatsu_events_data.csv");
    expect(events).toEqual([]);
    const yearless = errors.filter((e) => e.field === "開催日" && e.message.includes("年がありません"));
    expect(yearless.length).toBe(rows.filter((r) => oneDayOrRange(r["開催日"] ?? "")).length);
  });

  it("with it, each one-day or one-range row is an event of 2024; the rest are left out, each with a located warning", () => {
    expect(rows).toHaveLength(45);
    const { events, errors, issues, files } = loadEvents("takamatsu_events_data.csv", true);
    expect(errors).toEqual([]);
    const kept = rows.flatMap((r, i) => (oneDayOrRange(r["開催日"] ?? "") ? [i + 2] : []));
    expect(events.map((e) => e.row)).toEqual(kept);
    const leftOut = rows.flatMap((_, i) => (kept.includes(i + 2) ? [] : [i + 2]));
    for (const line of leftOut) {
      expect(
        issues.find((i) => i.line === line && i.severity === "warning" && i.hint?.includes("この行は載せません")),
      ).toMatchObject({ file: "events/takamatsu_events_data.csv", field: "開催日" });
    }
    const first = rows[0] ?? {};
    const e = events.find((x) => x.row === 2);
    expect(e?.data).toMatchObject({
      title: first["行事名"],
      startDate: "2024-09-07",
      endDate: "2024-11-04",
      audienceNote: first["対象"],
      feeDetail: first["料金"],
      endTime: "17:00",
    });
    // the remark after the closing time is kept, as written, in the date note
    expect(e?.data.dateNote).toContain("最終入館16:30まで");
    expect(files.map(formatDataFileSummary)).toEqual([
      `events/takamatsu_events_data.csv: イベント一覧（takamatsu_events_data.columns.yaml の対応づけ）、utf-8、${rows.length} 行を読み ${kept.length} 行を載せました、除いた行: 読めない値 ${leftOut.length} 行（開催日 ${leftOut.length}） → ${kept.length} ページ`,
    ]);
  });
});
