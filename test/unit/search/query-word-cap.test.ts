import { describe, expect, it } from "vitest";
import { planQuery } from "../../../src/lib/search/site-search.ts";

/** A query is searched by at most six words, so a pasted paragraph cannot start hundreds of index look-ups. */
describe("planQuery's word cap", () => {
  const words = ["介護", "医療", "相談", "薬局", "病院", "訪問", "看護"];

  it("keeps six different words, in order", () => {
    expect(planQuery(words.slice(0, 6).join(" ")).words.map((w) => w.text)).toEqual(words.slice(0, 6));
  });

  it("drops the seventh", () => {
    expect(planQuery(words.join(" ")).words.map((w) => w.text)).toEqual(words.slice(0, 6));
  });
});
