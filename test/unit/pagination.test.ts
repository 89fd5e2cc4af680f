import { describe, expect, it } from "vitest";
import { countBy, listPagePath, listPageRange, listPageTitle, pageNumbers } from "../../src/lib/site/pagination.ts";

describe("pageNumbers", () => {
  it("shows every number of a short list", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 2)).toEqual([1, 2]);
    expect(pageNumbers(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("keeps the first, the last and two either side of the current page; longer gaps become null", () => {
    expect(pageNumbers(1, 500)).toEqual([1, 2, 3, null, 500]);
    expect(pageNumbers(250, 500)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
    expect(pageNumbers(500, 500)).toEqual([1, null, 498, 499, 500]);
  });

  it("shows a gap of one page as its number, not as 「…」", () => {
    expect(pageNumbers(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageNumbers(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
  });

  it("lists each number once, in order, always including the current page", () => {
    for (let last = 1; last <= 30; last++) {
      for (let current = 1; current <= last; current++) {
        const numbers = pageNumbers(current, last).filter((n) => n !== null);
        expect(numbers).toContain(current);
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(last);
      }
    }
  });
});

describe("list page paths and titles", () => {
  it("keeps page 1 at the list's own URL and numbers the later ones", () => {
    expect(listPagePath("/resources/", 1)).toBe("/resources/");
    expect(listPagePath("/resources/", 2)).toBe("/resources/2/");
    expect(listPagePath("/events/archive/2025/", 3)).toBe("/events/archive/2025/3/");
  });

  it("says the page number in the title from page 2 on", () => {
    expect(listPageTitle("医療・介護事業所", 1)).toBe("医療・介護事業所");
    expect(listPageTitle("医療・介護事業所", 2)).toBe("医療・介護事業所（2ページ目）");
  });

  it("says which items a page shows, counting from 1", () => {
    expect(listPageRange(50, 99, 1500)).toBe("51〜100件目（全1,500件）");
  });

  it("counts items by key", () => {
    expect(countBy(["病院", "薬局", "病院"], (x) => x)).toEqual({ 病院: 2, 薬局: 1 });
  });
});
