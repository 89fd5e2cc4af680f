import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../../src/loaders/site-config.ts";
import { readWindows } from "../../../src/loaders/windows.ts";
import { makeContent } from "../../helpers/content-folder.ts";

const centre = (name: string, areas: string, extra = "") => `name: ${name}
kind: 地域包括支援センター
address: 東京都架空町1-1
phone: 03-0000-2001
hours:
  weekly:
    平日: 8:30-17:15
areas: ${areas}
${extra}`;

function load(files: Record<string, string>) {
  const dir = makeContent(files);
  const config = readSiteConfig(dir).config;
  return readWindows(dir, config);
}

describe("readWindows", () => {
  it("accepts windows that cover every town exactly once", () => {
    const { entries, issues } = load({
      "windows/a.yaml": centre("Aセンター", "[中央町一丁目, 中央町2丁目, 北町]"),
      "windows/b.yaml": centre("Bセンター", "[ちゅうおうちょう3, さくらがおか]"),
      "windows/city.yaml":
        "name: 福祉課\nkind: 市役所の担当課\naddress: 架空町1-1\nphone: 03-0000-9999\nhours:\n  weekly: { 平日: 8:30-17:15 }\n",
    });
    expect(issues).toEqual([]);
    expect(entries.map((e) => e.slug)).toEqual(["a", "b", "city"]);
  });

  it("names both files when two centres claim a town", () => {
    const { issues } = load({
      "windows/a.yaml": centre("Aセンター", "[中央町, 北町]"),
      "windows/b.yaml": centre("Bセンター", "\n  - 桜ヶ丘\n  - 中央町三丁目"),
    });
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "error",
        file: "windows/b.yaml",
        line: 10,
        field: "areas.1",
        value: "中央町三丁目",
        message: expect.stringContaining("「中央町三丁目」は windows/a.yaml（8 行目） でも担当地区になっています"),
      }),
    ]);
  });

  it("names the town's line in site.yaml when no centre serves it", () => {
    const { issues } = load({ "windows/a.yaml": centre("Aセンター", "[中央町一丁目, 中央町二丁目, 桜ヶ丘]") });
    expect(issues.map((i) => [i.file, i.line, i.value])).toEqual([
      ["site.yaml", 15, "中央町三丁目"],
      ["site.yaml", 16, "北町"],
    ]);
    expect(issues[0]?.message).toBe("「中央町三丁目」を担当する地域包括支援センターがありません");
  });

  it("locates unknown towns, unreadable hours and out-of-range coordinates", () => {
    const { issues } = load({
      "windows/a.yaml": centre("Aセンター", "[中央町, 北町, 桜ヶ丘, 南町]", "latitude: 95.2\nlongitude: 35.6\n").replace(
        "平日: 8:30-17:15",
        "平日: 8:30-17:15\n    土: 午前中\n    祭日: 休み",
      ),
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "windows/a.yaml", line: 8, field: "hours.weekly.土", value: "午前中" }),
        expect.objectContaining({
          file: "windows/a.yaml",
          line: 9,
          field: "hours.weekly.祭日",
          message: expect.stringContaining("曜日は"),
        }),
      ]),
    );
    // Once the hours are fixed, the coordinates (checked as a pair) and the towns are reported.
    const fixed = load({
      "windows/a.yaml": centre("Aセンター", "[中央町, 北町, 桜ヶ丘, 南町]", "latitude: 95.2\nlongitude: 35.6\n"),
    });
    expect(fixed.issues).toEqual([
      expect.objectContaining({ file: "windows/a.yaml", line: 9, field: "latitude", message: "緯度は -90〜90 の数です" }),
    ]);
    const towns = load({ "windows/a.yaml": centre("Aセンター", "[中央町, 北町, 桜ヶ丘, 南町]") });
    expect(towns.issues).toEqual([
      expect.objectContaining({ line: 8, field: "areas.3", value: "南町", message: expect.stringContaining("にない町名です") }),
    ]);
  });

  it("warns about swapped coordinates and refuses bad file names", () => {
    const swapped = load({ "windows/a.yaml": centre("A", "[中央町, 北町, 桜ヶ丘]", "latitude: 139.69\nlongitude: 35.68\n") });
    expect(swapped.issues).toEqual([
      expect.objectContaining({ severity: "warning", field: "latitude", message: expect.stringContaining("逆") }),
    ]);
    const badName = load({
      "windows/Chuo Center.yaml": centre("A", "[中央町, 北町, 桜ヶ丘]"),
      "windows/print.yaml": centre("B", "[]"),
    });
    expect(badName.issues.map((i) => [i.file, i.field])).toEqual([
      ["windows/Chuo Center.yaml", "ファイル名"],
      ["windows/print.yaml", "ファイル名"],
    ]);
  });

  it("reads 第N曜日 rules, holiday and 年末年始 settings", () => {
    const { entries, issues } = load({
      "windows/a.yaml": centre("A", "[中央町, 北町, 桜ヶ丘]", "").replace(
        "    平日: 8:30-17:15",
        "    平日: 8:30-17:15\n  rules:\n    - { days: 第2・第4土曜, hours: 9:00-12:00 }\n  holidays: 9:00-12:00\n  yearEnd: 通常どおり",
      ),
    });
    expect(issues).toEqual([]);
    expect(entries[0]?.data.hours).toMatchObject({
      rules: [{ weekday: 6, nth: [2, 4], hours: [{ start: 540, end: 720 }], label: "第2・第4土曜" }],
      holidays: [{ start: 540, end: 720 }],
      yearEnd: "regular",
    });
  });
});
