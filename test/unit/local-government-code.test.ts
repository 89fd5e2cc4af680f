import { describe, expect, it } from "vitest";
import {
  isValidLocalGovernmentCode,
  localGovernmentCheckDigit,
  readLocalGovernmentCode,
} from "../../src/lib/values/local-government-code.ts";
import { localGovernmentCodeSchema } from "../../src/schemas/shared/local-government-code.ts";

describe("全国地方公共団体コード", () => {
  it("computes check digits of real codes", () => {
    // 千代田区 131016, 札幌市 011002, 那覇市 472018 (published codes).
    expect(localGovernmentCheckDigit("13101")).toBe(6);
    expect(localGovernmentCheckDigit("01100")).toBe(2);
    expect(localGovernmentCheckDigit("47201")).toBe(8);
    expect(isValidLocalGovernmentCode("999997")).toBe(true);
    expect(isValidLocalGovernmentCode("999990")).toBe(false);
  });
  it("accepts full-width digits and numbers that lost their leading zero", () => {
    expect(localGovernmentCodeSchema.parse("１３１０１６")).toBe("131016");
    expect(localGovernmentCodeSchema.parse(11002)).toBe("011002");
  });
  it("explains a wrong check digit with the right one", () => {
    const result = localGovernmentCodeSchema.safeParse("131010");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("131016");
  });
});

describe("readLocalGovernmentCode", () => {
  it("repairs 5 digits, names the expected code for a wrong check digit, and leaves text alone", () => {
    expect(readLocalGovernmentCode("13101")).toEqual({ status: "repaired", code: "131016", written: "13101" });
    expect(readLocalGovernmentCode("１３１０１６")).toEqual({ status: "valid", code: "131016" });
    expect(readLocalGovernmentCode("131017")).toEqual({ status: "wrong-check-digit", code: "131017", expected: "131016" });
    expect(readLocalGovernmentCode("山口県")).toEqual({ status: "not-a-code" });
  });
});
