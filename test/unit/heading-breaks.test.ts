import { describe, expect, it } from "vitest";
import { addHeadingBreaks, scriptRuns } from "../../src/outputs/heading-breaks.ts";

describe("scriptRuns", () => {
  it("splits a facility name where the script changes", () => {
    expect(scriptRuns("青葉台ショートステイそよかぜ")).toEqual(["青葉台", "ショートステイ", "そよかぜ"]);
    // 漢字 → ひらがな is not split (it is usually 送りがな), so 東町せせらぎ stays together.
    expect(scriptRuns("東町せせらぎクリニック")).toEqual(["東町せせらぎ", "クリニック"]);
    expect(scriptRuns("桜ヶ丘グループホームさくら草")).toEqual(["桜ヶ丘", "グループホーム", "さくら草"]);
  });

  it("keeps 送りがな with its kanji, and text with spaces, Latin letters or punctuation as the browser breaks it", () => {
    expect(scriptRuns("在宅医療を行う")).toEqual(["在宅医療を", "行う"]);
    expect(scriptRuns("ACP（人生会議）")).toEqual(["ACP（人生会議）"]);
    expect(scriptRuns("市民公開講座 2026")).toEqual(["市民公開講座 2026"]);
  });

  it("splits a long run of kanji between its words, a one-character word kept with the word before it", () => {
    // The browser's phrase splitter once cut 架|空市中央地域包括支援, leaving 架 alone on a phone's first line.
    expect(scriptRuns("架空市中央地域包括支援センター")).toEqual(["架空市", "中央", "地域", "包括", "支援", "センター"]);
    expect(scriptRuns("架空市東地域包括支援センター")).toEqual(["架空市東", "地域", "包括", "支援", "センター"]);
    // Six kanji or fewer fit a phone's line: left to the browser.
    expect(scriptRuns("地域包括支援センター")).toEqual(["地域包括支援", "センター"]);
  });

  it("never leaves one character as the first or last part", () => {
    expect(scriptRuns("オレンジカフェ西")).toEqual(["オレンジカフェ西"]);
    expect(scriptRuns("西オレンジカフェ")).toEqual(["西オレンジカフェ"]);
  });
});

describe("addHeadingBreaks", () => {
  it("adds <wbr> in h1–h4 text only, keeping tags, attributes and ruby whole", () => {
    const html =
      '<p>青葉台ショートステイ</p><h3 class="t"><a href="/r/1/">青葉台ショートステイそよかぜ</a></h3>' +
      '<h2 id="x"><ruby>訪問看護<rt>ほうもんかんご</rt></ruby>ステーション</h2><h5>青葉台ショートステイ</h5>';
    expect(addHeadingBreaks(html)).toBe(
      '<p>青葉台ショートステイ</p><h3 class="t"><a href="/r/1/">青葉台<wbr>ショートステイ<wbr>そよかぜ</a></h3>' +
        '<h2 id="x"><ruby>訪問看護<rt>ほうもんかんご</rt></ruby>ステーション</h2><h5>青葉台ショートステイ</h5>',
    );
  });
});
