import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/content/content-issue.ts";
import { AreaTally, placeRow } from "../../src/lib/resources/resource-area.ts";
import { readResources } from "../../src/loaders/resources.ts";
import { readSiteConfig } from "../../src/loaders/site-config.ts";
import { makeContent, TEST_SITE_YAML } from "../helpers/content-folder.ts";

const home = { name: "下松市", prefecture: "山口県", code: "352071", towns: ["瑞穂町"] };

describe("placing a row of a prefecture-wide file", () => {
  it("by 団体コード, 市区町村名 or address; any one naming the site keeps the row", () => {
    expect(placeRow({ code: "352071", address: "山口県下松市瑞穂町2-21-1" }, "municipality", home)).toEqual({ kind: "inside" });
    expect(placeRow({ code: "352080", cityName: "岩国市" }, "municipality", home)).toEqual({ kind: "outside", place: "岩国市" });
    // older 推奨 files put 山口県 in the code column: the address decides
    expect(placeRow({ code: "山口県", address: "岩国市川西3－5－40" }, "municipality", home)).toEqual({
      kind: "outside",
      place: "岩国市",
    });
    expect(placeRow({ code: "山口県", address: "下松市瑞穂町2-21-1" }, "municipality", home)).toEqual({ kind: "inside" });
    expect(placeRow({ address: "熊毛郡田布施町大字下田布施1" }, "municipality", home)).toEqual({
      kind: "outside",
      place: "田布施町",
    });
    // a wrong code beside the right city name keeps the row
    expect(placeRow({ code: "131016", cityName: "下松市" }, "municipality", home)).toEqual({ kind: "inside" });
  });

  it("an address that starts with one of our towns is ours; one that names nothing is unknown", () => {
    expect(placeRow({ address: "瑞穂町2-21-1" }, "municipality", home)).toEqual({ kind: "inside" });
    expect(placeRow({ address: "大字瑞穂町2-21-1" }, "municipality", home)).toEqual({ kind: "inside" });
    expect(placeRow({ address: "北町1-1" }, "municipality", home)).toEqual({ kind: "unknown" });
  });

  it("prefecture, all and a list of places", () => {
    expect(placeRow({ code: "352080" }, "prefecture", home)).toEqual({ kind: "inside" });
    expect(placeRow({ address: "広島県広島市中区1" }, "prefecture", home)).toEqual({ kind: "outside", place: "広島県" });
    expect(placeRow({ address: "広島県広島市中区1" }, "all", home)).toEqual({ kind: "inside" });
    expect(placeRow({ code: "352080" }, ["352080", "光市"], home)).toEqual({ kind: "inside" });
    expect(placeRow({ address: "山口県光市1" }, ["352080", "光市"], home)).toEqual({ kind: "inside" });
    expect(placeRow({ address: "山口県下松市1" }, ["352080", "光市"], home)).toEqual({ kind: "outside", place: "下松市" });
  });

  it("sums one file's rows into one line", () => {
    const tally = new AreaTally();
    for (const [place, row] of [
      ["岩国市", 2],
      ["岩国市", 3],
      ["柳井市", 4],
    ] as const)
      tally.add({ kind: "outside", place }, row);
    tally.add({ kind: "unknown" }, 5);
    expect(tally.issues("resources/350001_care_service_pref.csv", "下松市").map(formatIssue)).toEqual([
      expect.stringMatching(
        /^警告: resources\/350001_care_service_pref\.csv: 下松市の外の 3 行を除きました（岩国市 2、柳井市 1）/,
      ),
      expect.stringMatching(/1 行は、.*判断できないため、そのまま載せました（5 行目）/),
    ]);
  });
});

describe("site.yaml resources.area in the loader", () => {
  const csv =
    "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,医療機関の種類,住所\r\n" +
    "999997,1,東京都,架空町,架空病院,病院,東京都架空町北町1\r\n" +
    "131016,2,東京都,千代田区,千代田病院,病院,東京都千代田区1\r\n" +
    "131016,3,東京都,千代田区,千代田第二病院,病院,東京都千代田区2\r\n";

  it("default municipality: other municipalities' rows are left out with one line for the file", () => {
    const dir = makeContent({ "resources/131016_hospital.csv": csv });
    const { resources, issues } = readResources(dir, readSiteConfig(dir).config);
    expect(resources.map((r) => r.name)).toEqual(["架空病院"]);
    expect(issues.map(formatIssue)).toEqual([
      expect.stringContaining("resources/131016_hospital.csv: 架空町の外の 2 行を除きました（千代田区 2）"),
    ]);
  });

  it("area: all keeps every row; a list keeps the listed places", () => {
    for (const [area, names] of [
      ["all", ["架空病院", "千代田病院", "千代田第二病院"]],
      ["[千代田区]", ["千代田病院", "千代田第二病院"]],
    ] as const) {
      const dir = makeContent({
        "site.yaml": `${TEST_SITE_YAML}resources:\n  area: ${area}\n`,
        "resources/131016_hospital.csv": csv,
      });
      const site = readSiteConfig(dir);
      expect(site.issues ?? []).toEqual([]);
      expect(readResources(dir, site.config).resources.map((r) => r.name)).toEqual(names);
    }
  });
});
