import { describe, expect, it } from "vitest";
import {
  distributionList,
  distributionRows,
  formatPostalCode,
  fullAddress,
  LABEL_SHEET,
} from "../../../src/lib/resources/distribution.ts";
import type { Resource } from "../../../src/schemas/resource.ts";

let n = 0;
function resource(extra: Partial<Resource>): Resource {
  n += 1;
  return {
    id: `r${n}`,
    domain: "medical",
    category: "診療所",
    name: `施設${n}`,
    services: [],
    departments: [],
    address: `東京都架空市中央町${n}番`,
    homeCare: {},
    sources: [],
    ...extra,
  };
}

describe("distribution list", () => {
  it("keeps the kinds asked for: categories exactly, kinds and services as a part", () => {
    const list = [
      resource({ category: "病院" }),
      resource({ category: "診療所", medicalKind: "有床診療所" }),
      resource({ category: "歯科診療所", medicalKind: "無床診療所" }),
      resource({ category: "薬局" }),
      resource({ category: "介護サービス事業所", domain: "care", services: ["訪問看護ステーション"] }),
      resource({ category: "介護サービス事業所", domain: "care", services: ["通所介護"] }),
    ];
    const names = (kinds: string[]) =>
      distributionList(list, { kinds })
        .addressees.map((a) => a.category)
        .sort();
    expect(names(["診療所"])).toEqual(["診療所"]);
    expect(names(["病院", "薬局"])).toEqual(["病院", "薬局"]);
    expect(names(["訪問看護"])).toEqual(["介護サービス事業所"]);
    expect(names([])).toHaveLength(6);
  });

  it("orders by postal code, puts facilities without a code last and lists those without an address apart", () => {
    const list = [
      resource({ postalCode: "1000012", name: "c" }),
      resource({ postalCode: undefined, name: "nocode" }),
      resource({ postalCode: "100-0010", name: "a" }),
      resource({ postalCode: "１００－００１１", name: "b" }),
      resource({ address: "", name: "noaddress" }),
    ];
    const result = distributionList(list);
    expect(result.addressees.map((a) => a.name)).toEqual(["a", "b", "c", "nocode"]);
    expect(result.withoutAddress.map((a) => a.name)).toEqual(["noaddress"]);
    const rows = distributionRows(result);
    expect(rows).toHaveLength(5);
    expect(rows.at(-1)?.at(-1)).toMatch(/住所がない/);
    expect(rows.at(-2)?.at(-1)).toMatch(/郵便番号がありません/);
    expect(result.byCategory).toEqual({ 診療所: 4 });
  });

  it("keeps to the towns asked for", () => {
    const list = [resource({ town: "中央町" }), resource({ town: "北町" }), resource({})];
    expect(distributionList(list, { towns: ["北町"] }).addressees.map((a) => a.town)).toEqual(["北町"]);
  });

  it("formats postal codes and writes 方書 once", () => {
    expect(formatPostalCode("1000001")).toBe("100-0001");
    expect(formatPostalCode("〒100-0001")).toBe("100-0001");
    expect(formatPostalCode("100")).toBeUndefined();
    expect(fullAddress("架空市中央町1番", "中央ビル2階")).toBe("架空市中央町1番 中央ビル2階");
    expect(fullAddress("架空市中央町1番 中央ビル2階", "中央ビル2階")).toBe("架空市中央町1番 中央ビル2階");
  });

  it("fits 12 labels of 86.4 × 42.3 mm on A4 with equal margins", () => {
    expect(LABEL_SHEET.perPage).toBe(12);
    expect(LABEL_SHEET.marginLeftMm * 2 + 2 * 86.4).toBeCloseTo(210, 6);
    expect(LABEL_SHEET.marginTopMm * 2 + 6 * 42.3).toBeCloseTo(297, 6);
    expect(LABEL_SHEET.marginTopMm).toBeGreaterThan(5);
  });
});
