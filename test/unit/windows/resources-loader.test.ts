import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  CARE_LEGACY_HEADER,
  MEDICAL_LEGACY_HEADER,
  MHLW_HEADER,
  RESOURCE_ALIASES,
} from "../../../src/data/columns/resource-columns.ts";
import { mapHeaders } from "../../../src/loaders/csv/headers.ts";
import { detectResourceFormat } from "../../../src/loaders/resource-format.ts";
import { readResources } from "../../../src/loaders/resources.ts";
import { readSiteConfig } from "../../../src/loaders/site-config.ts";
import { makeContent } from "../../helpers/content-folder.ts";

function load(files: Record<string, string | Uint8Array>) {
  const dir = makeContent(files);
  return readResources(dir, readSiteConfig(dir).config);
}

const MEDICAL_LEGACY =
  `${[...MEDICAL_LEGACY_HEADER, "在宅_訪問診療", "在宅_看取り対応"].join(",")}\r\n` +
  "999997,M1,東京都,架空町,髙橋内科①,タカハシナイカ,無床診療所,東京都架空町中央町二丁目1-1,,35.68,139.69,０３－００００－３００１,,,,,1310001,月火水金,0.375,18:00,,,内科;循環器内科,0,https://a.example.jp/,在宅医療もしています,○,×\r\n" +
  "999997,M2,東京都,架空町,北町歯科,キタマチシカ,無床診療所,東京都架空町北町3-3,,,,03-0000-3002,,,,,1310002,,,,,,歯科;小児歯科,0,,,,\r\n" +
  "999997,M3,東京都,架空町,桜ヶ丘薬局,サクラガオカヤッキョク,薬局,東京都架空町桜ヶ丘1-2,,35.69,139.70,03-0000-3003,,,,,,,,,,,,,,,,\r\n";

const MEDICAL_CURRENT_ENGLISH_SHUFFLED =
  "name,医療機関の種類,id,localgov_code,seat_copulative_spell,longitude,latitude,電話番号,診療科目,在宅_24時間対応,_id,,\r\n" +
  "北町病院,病院,H1,999997,東京都架空町北町1-1,139.70 ,35.70,03-0000-3101,内科;外科,有,1,,\r\n";

const CARE_LEGACY =
  `${CARE_LEGACY_HEADER.join(",")}\r\n` +
  "999997,K1,東京都,架空町,中央ケアセンター,チュウオウケアセンター,訪問介護;居宅介護支援,東京都架空町中央町一丁目5-5,,,,03-0000-4001,,,,,1370000001,月〜金,,,,\r\n";

const MHLW =
  `${MHLW_HEADER.join(",")}\r\n` +
  "131016,1,東京都,架空町,訪問看護ステーションそら,ホウモンカンゴステーションソラ,訪問看護,東京都架空町北町5-1,,35.70,139.68,03-0000-5001,,,,1370000101,,,,,,,,\r\n" +
  "131016,2,東京都,架空町,訪問看護ステーションそら,ホウモンカンゴステーションソラ,訪問リハビリテーション,東京都架空町北町5-1,,35.70,139.68,03-0000-5001,,,,1370000101,,,,,,,,\r\n" +
  "131016,3,東京都,架空町,中央ケアセンター,チュウオウケアセンター,通所介護,東京都架空町中央町一丁目5-5,,,,03-0000-4001,,,,1370000001,,,,,,,,\r\n";

const SIDECAR = "事業所番号,名称,在宅_24時間対応,在宅_看取り対応\r\n1370000101,訪問看護ステーションそら,あり,なし\r\n";

const bom = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));

describe("format detection", () => {
  const detect = (header: string) =>
    detectResourceFormat(mapHeaders(header.split(","), RESOURCE_ALIASES).columns, header.split(","));
  it("recognises each layout from its header", () => {
    expect(detect(MEDICAL_LEGACY.split("\r\n")[0] ?? "")).toBe("medical");
    expect(detect(MEDICAL_CURRENT_ENGLISH_SHUFFLED.split("\r\n")[0] ?? "")).toBe("medical");
    expect(detect(CARE_LEGACY.split("\r\n")[0] ?? "")).toBe("care");
    expect(detect(MHLW.split("\r\n")[0] ?? "")).toBe("mhlw");
    expect(detect("ID,在宅_訪問診療")).toBe("homecare");
    expect(detect("名称,住所,電話番号")).toBeNull();
  });
  it("names the file and lists the expected key columns when nothing matches", () => {
    const { issues } = load({ "resources/shisetsu.csv": "名称,住所,電話番号\r\n公民館,架空町1,03-0000-0001\r\n" });
    expect(issues).toEqual([
      expect.objectContaining({
        file: "resources/shisetsu.csv",
        line: 1,
        message: expect.stringContaining("どの形式の CSV か判別できません"),
        hint: expect.stringMatching(
          /医療機関一覧: 名称・医療機関の種類・住所.*介護サービス事業所一覧: .*実施サービス.*事業所名・サービスの種類・事業所番号/,
        ),
      }),
    ]);
  });
});

describe("an MHLW file without its 住所 column", () => {
  const header = MHLW_HEADER.filter((h) => h !== "住所");
  const row = (n: number) =>
    header.map((h) =>
      h === "事業所名" ? `事業所${n}` : h === "サービスの種類" ? "訪問介護" : h === "事業所番号" ? `137000010${n}` : "",
    );
  const csv = `${[header, row(1), row(2), row(3)].map((r) => r.join(",")).join("\r\n")}\r\n`;

  it("is refused once, naming the MHLW layout and its missing 住所, as the layout table says", () => {
    const { issues, resources } = load({ "resources/jigyosho_110.csv": csv });
    expect(resources).toEqual([]);
    expect(issues.map((i) => [i.severity, i.line])).toEqual([["error", 1]]);
    expect(issues[0]?.message).toMatch(
      /判別できません.*いちばん近い形式は介護サービス情報公表（厚生労働省）で、「住所」の列がありません/,
    );
  });
});

describe("readResources", () => {
  it("reads the same legacy medical file in UTF-8, UTF-8 BOM, CP932 and UTF-16 to the same records", () => {
    const variants = [
      MEDICAL_LEGACY,
      bom(MEDICAL_LEGACY),
      new Uint8Array(iconv.encode(MEDICAL_LEGACY, "cp932")),
      new Uint8Array(iconv.encode(MEDICAL_LEGACY, "utf-16le", { addBOM: true })),
    ];
    const results = variants.map((v) => load({ "resources/iryo.csv": v }));
    for (const r of results) expect(r.issues).toEqual([]);
    const strip = (r: (typeof results)[number]) => r.resources;
    expect(strip(results[1] as (typeof results)[number])).toEqual(strip(results[0] as (typeof results)[number]));
    expect(strip(results[2] as (typeof results)[number])).toEqual(strip(results[0] as (typeof results)[number]));
    expect(strip(results[3] as (typeof results)[number])).toEqual(strip(results[0] as (typeof results)[number]));
    const [clinic, dental, pharmacy] = results[0]?.resources ?? [];
    expect(clinic).toMatchObject({
      id: "iryo-m1",
      category: "診療所",
      name: "髙橋内科①",
      phone: "03-0000-3001",
      openTime: "9:00",
      departments: ["内科", "循環器内科"],
      homeCare: { visitingPhysician: true, endOfLife: false },
      town: "中央町",
      note: "在宅医療もしています",
      sources: [{ file: "resources/iryo.csv", row: 2, format: "医療機関一覧（推奨データセット）" }],
    });
    expect(clinic?.homeCare).not.toHaveProperty("supportClinic");
    expect(dental).toMatchObject({ category: "歯科診療所", town: "北町", latitude: undefined });
    expect(pharmacy).toMatchObject({ category: "薬局", medicalKind: "薬局", town: "桜ヶ丘" });
  });

  it("maps shuffled current-layout columns with English names, ignoring _id and padding", () => {
    const { resources, issues } = load({ "resources/current.csv": MEDICAL_CURRENT_ENGLISH_SHUFFLED });
    expect(issues).toEqual([]);
    expect(resources).toEqual([
      expect.objectContaining({
        id: "iryo-h1",
        category: "病院",
        latitude: 35.7,
        longitude: 139.7,
        homeCare: { allHours: true },
        sources: [expect.objectContaining({ format: "医療機関一覧（自治体標準オープンデータセット）" })],
      }),
    ]);
  });

  it("merges MHLW rows by 事業所番号 (one per service) and with the municipal care list, then applies the sidecar", () => {
    const { resources, issues } = load({
      "resources/kaigo.csv": CARE_LEGACY,
      "resources/mhlw.csv": bom(MHLW),
      "resources/zaitaku.csv": SIDECAR,
    });
    expect(issues).toEqual([]);
    expect(resources.map((r) => [r.id, r.services])).toEqual([
      ["kaigo-1370000001", ["訪問介護", "居宅介護支援", "通所介護"]],
      ["kaigo-1370000101", ["訪問看護", "訪問リハビリテーション"]],
    ]);
    expect(resources[1]).toMatchObject({ homeCare: { allHours: true, endOfLife: false }, town: "北町" });
    expect(resources[1]?.sources.map((s) => s.row)).toEqual([2, 3]);
  });

  it("locates bad cells: phone, kind, flag value, unknown 在宅_ column, sidecar key", () => {
    const broken = MEDICAL_LEGACY.replace("０３－００００－３００１", "03-0000")
      .replace(",無床診療所,東京都架空町北町", ",歯医者,東京都架空町北町")
      .replace("○,×", "○,たぶん");
    const { issues } = load({
      "resources/iryo.csv": broken.replace("在宅_看取り対応", "在宅_みとり"),
      "resources/zaitaku.csv": "NO,在宅_訪問歯科\r\nM9,有\r\n",
    });
    expect(issues.map((i) => [i.file, i.line, i.field, i.value])).toEqual([
      ["resources/iryo.csv", 1, "在宅_みとり", undefined],
      ["resources/iryo.csv", 2, "電話番号", "03-0000"],
      ["resources/iryo.csv", 3, "医療機関の種類", "歯医者"],
      ["resources/zaitaku.csv", 2, "NO", "M9"],
    ]);
    const flag = load({ "resources/iryo.csv": MEDICAL_LEGACY.replace("○,×", "○,たぶん") }).issues;
    expect(flag).toEqual([
      expect.objectContaining({ line: 2, field: "在宅_看取り対応", value: "たぶん", message: expect.stringContaining("有・無") }),
    ]);
  });

  it("reports a missing name, a repeated ID and unreadable coordinates with row and column", () => {
    const csv = `名称,ID,医療機関の種類,住所,緯度,経度\r\n,A1,病院,架空町北町1,,\r\nB,A2,病院,架空町北町2,35.6,北\r\nC,A3,病院,架空町北町3,,\r\nD,A3,病院,架空町北町4,,\r\n`;
    const { issues, resources } = load({ "resources/x.csv": csv });
    expect(issues.map((i) => [i.severity, i.line, i.field, i.message])).toEqual([
      ["error", 2, "名称", "必須の値が空です"],
      // An unreadable coordinate is left off with its partner: the office is listed without a map pin.
      ["warning", 3, "経度", "経度は -180〜180 の十進数で書いてください（例: 139.7671）"],
      ["error", 5, "ID", "同じ ID の医療機関が resources/x.csv の 4 行目にもあります"],
    ]);
    expect(resources.find((r) => r.name === "B")).toMatchObject({ latitude: undefined, longitude: undefined });
  });

  it("warns about swapped and 0,0 coordinates and keeps the row off the map", () => {
    const csv = `名称,ID,医療機関の種類,住所,緯度,経度\r\nA,A1,病院,架空町北町1,139.69,35.68\r\nB,A2,病院,架空町北町2,0,0\r\nC,A3,病院,架空町北町3,95,10\r\n`;
    const { resources, issues } = load({ "resources/x.csv": csv });
    expect(issues.map((i) => [i.severity, i.line, i.message])).toEqual([
      ["warning", 2, expect.stringContaining("緯度と経度が逆のようです")],
      ["warning", 3, expect.stringContaining("座標が 0,0 です")],
      ["warning", 4, expect.stringContaining("緯度は -90〜90 の")],
    ]);
    expect(resources.map((r) => [r.id, r.latitude, r.longitude])).toEqual([
      ["iryo-a1", undefined, undefined],
      ["iryo-a2", undefined, undefined],
      ["iryo-a3", undefined, undefined],
    ]);
  });
});
