/** Punctuation next to a ruby word shares its box, so that Typst cannot break before 「・」 or after 「（」. */
import { describe, expect, it } from "vitest";
import { gluePunctuation } from "../../../src/outputs/print/print-ruby.ts";

describe("gluePunctuation", () => {
  it("moves line-start punctuation after a ruby word, and an opening bracket before one, into its box", () => {
    expect(
      gluePunctuation([
        { text: "本人と家族、" },
        { base: "医療", reading: "いりょう" },
        { text: "・介護（" },
        { base: "在宅", reading: "ざいたく" },
        { text: "」。" },
      ]),
    ).toEqual([
      { text: "本人と家族、" },
      { base: "医療", reading: "いりょう", after: "・" },
      { text: "介護" },
      { base: "在宅", reading: "ざいたく", before: "（", after: "」。" },
    ]);
  });

  it("leaves parts alone where no rule applies", () => {
    const parts = [{ text: "家で" }, { base: "最期", reading: "さいご" }, { text: "を迎える" }];
    expect(gluePunctuation(parts)).toEqual(parts);
  });
});
