import { describe, expect, it } from "vitest";
import { MHLW_HEADER } from "../../../src/data/columns/resource-columns.ts";
import { readResources } from "../../../src/loaders/resources.ts";
import { readSiteConfig } from "../../../src/loaders/site-config.ts";
import { makeContent } from "../../helpers/content-folder.ts";

function load(files: Record<string, string | Uint8Array>) {
  const dir = makeContent(files);
  return readResources(dir, readSiteConfig(dir).config);
}

const MHLW_HEADER_LINE = `${MHLW_HEADER.join(",")}\r\n`;
const mhlwRow = (no: string, name: string, service: string, office: string) =>
  `131016,${no},東京都,架空町,${name},,${service},東京都架空町北町5-1,,,,03-0000-5001,,,,${office},,,,,,,,\r\n`;

describe("事業所番号 as MHLW publishes them", () => {
  it("accepts capital letters (介護医療院 01B0100011) and full-width or lower-case spellings of them", () => {
    const { resources, issues } = load({
      "resources/mhlw.csv":
        MHLW_HEADER_LINE +
        mhlwRow("1", "架空介護医療院", "介護医療院", "01B0100011") +
        mhlwRow("2", "架空介護医療院", "短期入所療養介護（介護医療院）", "０１ｂ０１００011"),
    });
    expect(issues).toEqual([]);
    expect(resources.map((r) => [r.id, r.officeNumber, r.services.length])).toEqual([["kaigo-01b0100011", "01B0100011", 2]]);
  });

  it("a number of another shape is a row warning naming the cell; the row and the rest of the file are kept", () => {
    const { resources, issues } = load({
      "resources/mhlw.csv":
        MHLW_HEADER_LINE + mhlwRow("1", "A事業所", "訪問介護", "137000010") + mhlwRow("2", "B事業所", "訪問介護", "1370000102"),
    });
    expect(issues.map((i) => [i.severity, i.file, i.line, i.field, i.value])).toEqual([
      ["warning", "resources/mhlw.csv", 2, "事業所番号", "137000010"],
    ]);
    expect(resources.map((r) => r.name)).toEqual(["A事業所", "B事業所"]);
  });
});

describe("header variants of real files", () => {
  it("reads a city's own list: 施設正式名称, 所在地, 施設区分 and extra columns such as 振興局 (no ID: named by name and address)", () => {
    const csv =
      "施設区分,施設正式名称,郵便番号,所在地,振興局,電話番号\r\n" +
      "病院,架空北病院,100-0001,東京都架空町北町1-1,東部振興局,03-0000-0001\r\n" +
      "病院,架空南病院,100-0002,東京都架空町桜ヶ丘2-2,東部振興局,03-0000-0002\r\n";
    const { resources, issues } = load({ "resources/byouin_list.csv": csv });
    expect(resources.map((r) => [r.name, r.address, r.medicalKind, r.town])).toEqual([
      ["架空北病院", "東京都架空町北町1-1", "病院", "北町"],
      ["架空南病院", "東京都架空町桜ヶ丘2-2", "病院", "桜ヶ丘"],
    ]);
    expect(new Set(resources.map((r) => r.id)).size).toBe(2);
    // one warning for the whole file about the missing ID, one about the unused column; none per row
    expect(issues.filter((i) => i.line !== 1)).toEqual([]);
    expect(issues.some((i) => i.message.includes("2 行に ID"))).toBe(true);
  });

  it("a pharmacy permit list: 業務種別 is the kind, 許可番号 the ID", () => {
    const csv = "業務種別,許可番号,名称,所在地\r\n薬局,351,ミカサ薬局,東京都架空町北町1-6-13\r\n";
    const { resources } = load({ "resources/yakkyoku_list.csv": csv });
    expect(resources.map((r) => [r.id, r.category, r.sourceId])).toEqual([["iryo-351", "薬局", "351"]]);
  });

  it("a loose URL or phone in a real file is a located warning; the row is published without that value", () => {
    const csv =
      "名称,ID,医療機関の種類,住所,電話番号,URL\r\n" +
      "A,A1,病院,東京都架空町北町1,0135-2-2245,www.example.jp\r\nB,A2,病院,東京都架空町北町2,03-0000-0002,https://example.jp/\r\n";
    const { resources, issues } = load({ "resources/x.csv": csv });
    expect(issues.map((i) => [i.severity, i.line, i.field])).toEqual([
      ["warning", 2, "電話番号"],
      ["warning", 2, "URL"],
    ]);
    expect(resources.map((r) => [r.name, r.phone, r.url])).toEqual([
      ["A", undefined, undefined],
      ["B", "03-0000-0002", "https://example.jp/"],
    ]);
  });

  it("an unrecognised header names the nearest layout, its missing columns and the file's closest column", () => {
    const csv = "NO,名称,住所,区分\r\n1,架空病院,東京都架空町北町1,救護病院\r\n";
    const { issues } = load({ "resources/222127_kyuugobyouinn.csv": csv });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(
      /いちばん近い形式は医療機関一覧で、「医療機関の種類」（近い列: 「区分」）の列がありません/,
    );
  });
});

describe("one office listed once per service", () => {
  it("自治体標準 rows with the same name and address and no 事業所番号 make one page listing every service", () => {
    const csv =
      "全国地方公共団体コード,ID,地方公共団体名,介護サービス事業所名称,実施サービス,所在地_連結表記,事業所番号\r\n" +
      "999997,KD01,架空町,ふくしの里,介護老人保健施設,東京都架空町北町1-1,\r\n" +
      "999997,KD02,架空町,ふくしの里,短期入所療養介護,東京都架空町北町1-1,\r\n" +
      "999997,KD03,架空町,ふくしの里,通所リハビリテーション,東京都架空町北町1-1,\r\n" +
      "999997,KD04,架空町,ふくしの里,訪問介護,東京都架空町桜ヶ丘9-9,\r\n";
    const { resources, issues } = load({ "resources/999997_care_service.csv": csv });
    expect(issues).toEqual([]);
    expect(resources.map((r) => [r.id, r.services, r.sources.map((s) => s.row)])).toEqual([
      ["kaigo-kd01", ["介護老人保健施設", "短期入所療養介護", "通所リハビリテーション"], [2, 3, 4]],
      ["kaigo-kd04", ["訪問介護"], [5]],
    ]);
  });
});

describe("団体コード cells", () => {
  const header = "都道府県コード又は市区町村コード,NO,市区町村名,名称,医療機関の種類,住所\r\n";
  it("5 digits are repaired with the check digit and a wrong check digit names the expected code, once per file", () => {
    const csv =
      header +
      "99999,1,架空町,A病院,病院,東京都架空町北町1\r\n" +
      "99999,2,架空町,B病院,病院,東京都架空町北町2\r\n" +
      "999990,3,架空町,C病院,病院,東京都架空町北町3\r\n";
    const { resources, issues } = load({ "resources/x.csv": csv });
    expect(resources).toHaveLength(3);
    expect(issues.map((i) => [i.severity, i.line, i.value, i.message])).toEqual([
      ["warning", 2, "99999", expect.stringMatching(/5 桁の行が 2 行.*99999 → 999997/)],
      ["warning", 4, "999990", expect.stringMatching(/1 行あります（例: 999990 は「999997」のはずです）/)],
    ]);
  });
});

describe("方書", () => {
  it("is not kept beside an address that already contains it, and is kept when the address does not", () => {
    const csv =
      "ID,名称,医療機関の種類,所在地_連結表記,建物名等(方書)\r\n" +
      "1,A医院,無床診療所,東京都架空町北町1-1　ひかりビル２階,ひかりビル2階\r\n" +
      "2,B医院,無床診療所,東京都架空町北町1-2,つばさビル3階\r\n";
    const { resources } = load({ "resources/x.csv": csv });
    expect(resources.map((r) => [r.name, r.building])).toEqual([
      ["A医院", undefined],
      ["B医院", "つばさビル3階"],
    ]);
  });
});

describe("addresses and towns", () => {
  it("matches addresses that omit the municipality or write 大字/字 before the town", () => {
    const csv =
      "ID,名称,医療機関の種類,住所\r\n" +
      "1,A医院,無床診療所,東京都架空町大字北町1-1\r\n" +
      "2,B医院,無床診療所,字桜ヶ丘2-2\r\n" +
      "3,C医院,無床診療所,架空町中央町一丁目3\r\n";
    const { resources } = load({ "resources/x.csv": csv });
    expect(resources.map((r) => [r.name, r.town])).toEqual([
      ["A医院", "北町"],
      ["B医院", "桜ヶ丘"],
      ["C医院", "中央町"],
    ]);
  });
});
