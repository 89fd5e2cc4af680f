import { describe, expect, it } from "vitest";
import { cacheKeyOf, stableJson } from "../../src/lib/site/cache-key.ts";

describe("stableJson", () => {
  it("writes object keys in sorted order at every depth", () => {
    expect(stableJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe('{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}');
  });

  it("keeps what JSON.stringify would lose: Map and Set entries, bigints", () => {
    expect(stableJson(new Map([["a", 1]]))).not.toBe(stableJson(new Map([["a", 2]])));
    expect(stableJson(new Set(["x"]))).not.toBe(stableJson(new Set(["y"])));
    expect(stableJson({ n: 1n })).not.toBe(stableJson({ n: 2n }));
  });

  it("writes dates as ISO text", () => {
    expect(stableJson({ d: new Date("2026-12-06T00:00:00Z") })).toBe('{"d":"2026-12-06T00:00:00.000Z"}');
  });
});

describe("cacheKeyOf", () => {
  const page = { title: "在宅医療のてびき", body: "本文", tags: ["在宅"] };

  it("is the same for the same data in any key order", () => {
    expect(cacheKeyOf("site", { tags: ["在宅"], body: "本文", title: "在宅医療のてびき" })).toBe(cacheKeyOf("site", page));
  });

  it("changes with any part: the site-wide digest, the page's data, a collection the page reads", () => {
    const key = cacheKeyOf("site", ["events-1"], page);
    expect(cacheKeyOf("site2", ["events-1"], page)).not.toBe(key);
    expect(cacheKeyOf("site", ["events-2"], page)).not.toBe(key);
    expect(cacheKeyOf("site", ["events-1"], { ...page, body: "本文。" })).not.toBe(key);
    expect(cacheKeyOf("site", ["events-1"], { ...page, extra: undefined })).toBe(key);
  });

  it("keeps parts apart: moving text from one part to the next changes the key", () => {
    expect(cacheKeyOf("ab", "c")).not.toBe(cacheKeyOf("a", "bc"));
  });
});
