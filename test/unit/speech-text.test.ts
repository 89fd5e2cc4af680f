import { describe, expect, it } from "vitest";
import { speechChunks } from "../../src/lib/text/speech-text.ts";

describe("speechChunks", () => {
  it("cuts at sentence ends and line breaks, dropping empty pieces", () => {
    expect(speechChunks("在宅医療とは\n\n家で受ける医療です。費用は？ 相談してください！")).toEqual([
      "在宅医療とは",
      "家で受ける医療です。",
      "費用は？",
      "相談してください！",
    ]);
  });

  it("cuts a long sentence at 、 and keeps every character", () => {
    const sentence = `${"訪問看護は、看護師が家を訪ねて体調を確認するサービスで、".repeat(6)}す。`;
    const chunks = speechChunks(sentence, 60);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(60);
    expect(chunks.join("")).toBe(sentence);
    expect(chunks[0]).toMatch(/、$/);
  });

  it("cuts text without any break at the limit", () => {
    const chunks = speechChunks("あ".repeat(250), 100);
    expect(chunks.map((c) => c.length)).toEqual([100, 100, 50]);
  });
});
