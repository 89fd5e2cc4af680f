import { describe, expect, it } from "vitest";
import { partFolders } from "../../../src/lib/search/search-parts.ts";

describe("partFolders (the list of extra search index bundles)", () => {
  it("returns the part folders written by the search index step", () => {
    expect(partFolders({ parts: ["part-2/", "part-3/"] })).toEqual(["part-2/", "part-3/"]);
    expect(partFolders({ parts: [] })).toEqual([]);
  });

  it("ignores anything that is not a part folder, so a bad file cannot point the search elsewhere", () => {
    expect(partFolders({ parts: ["part-2/", "../other/", "https://example.jp/pagefind/", 3, "part-x/"] })).toEqual(["part-2/"]);
    expect(partFolders(null)).toEqual([]);
    expect(partFolders({ parts: "part-2/" })).toEqual([]);
  });
});
