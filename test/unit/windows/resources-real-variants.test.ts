import { describe, expect, it } from "vitest";
import { readResources } from "../../../src/loaders/resources.ts";
import { readSiteConfig } from "../../../src/loaders/site-config.ts";
import { makeContent } from "../../helpers/content-folder.ts";

function load(files: Record<string, string | Uint8Array>) {
  const dir = makeContent(files);
  return readResources(dir, readSiteConfig(dir).config);
}

const MHLW_HEADER =
  "都道府県コード又は市町村コード,No,都道府県名,市区町村名,事業所名,事業所名カナ,サービスの種類,住所,方書（ビル名等）,緯度,経度,電話番号,FAX番号,法人番号,法人の名称,事業所番号,利用可能曜日,利用可能曜日特記事項,定員,URL,高齢者の方と障害者の方が同時一体的に利用できるサービス,介護保険の通常の指定基準を満たしている,障害福祉の通常の指定基準を満たしている,備考\r\n";
const mhlwRow = (no: string, name: string, service: string, office: string) =>
  `131016,${no},東京都,架空町,${name},,${service},東京都架空町北町5-1,,,,03-0000-5001,,,,${office},,,,,,,,\r\n`;

describe("事業所番号 as MHLW publishes them", () => {
  it("accepts capital letters (介護医療院 01B0100011) and full-width or lower-case spellings of them", () => {
    const { resources, issues } = load({
      "resources/mhlw.csv":
        MHLW_HEADER +
        mhlwRow("1", "架空介護医療院", "介護医療院", "01B0100011") +
        mhlwRow("2", "架空介護医療院", "短期入所療養介護（介護医療院）", "０１ｂ０１００011"),
    });
    expect(issues).toEqual([]);
    expect(resources.map((r) => [r.id, r.officeNumber, r.services.length])).toEqual([["kaigo-01b0100011", "01B0100011", 2]]);
  });

  it("a number of another shape is a row warning naming the cell; the row and the rest of the file are kept", () => {
    const { resources, issues } = load({
      "resources/mhlw.csv":
        MHLW_HEADER + mhlwRow("1", "A事業所", "訪問介護", "137000010") + mhlwRow("2", "B事業所", "訪問介護", "1370000102"),
    });
    expect(issues.map((i) => [i.severity, i.file, i.line, i.field, i.value])).toEqual([
      ["warning", "resources/mhlw.csv", 2, "事業所番号", "137000010"],
    ]);
    expect(resources.map((r) => r.name)).toEqual(["A事業所", "B事業所"]);
  });
});
