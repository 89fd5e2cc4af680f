import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWordDictionary } from "../../../src/lib/readings/dictionary.ts";
import {
  addFurigana,
  alignReading,
  furiganaTexts,
  rehypeFurigana,
  rubyParts,
  writtenRuby,
} from "../../../src/lib/readings/furigana.ts";
import { loadTokenizer, readText, type Tokenizer } from "../../../src/lib/readings/reader.ts";

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
});
const dict = buildWordDictionary({ domain: [["褥瘡", "じょくそう"]] });

function furigana(html: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  addFurigana(tree, (text) => readText(tokenizer, dict, text));
  return toHtml(tree);
}

describe("alignReading", () => {
  it("puts readings on kanji runs only and leaves okurigana bare", () => {
    expect(alignReading("取り組み", "とりくみ")).toEqual([
      { base: "取", reading: "と" },
      { text: "り" },
      { base: "組", reading: "く" },
      { text: "み" },
    ]);
  });
  it("gives no ruby when the reading does not fit the kana", () => {
    expect(alignReading("取り組み", "とくみ")).toEqual([{ text: "取り組み" }]);
  });
});

describe("addFurigana", () => {
  it("adds ruby over kanji only, with the rt hidden from screen readers", () => {
    const html = furigana("<p>褥瘡を防ぐ</p>");
    expect(html).toContain(
      '<ruby>褥瘡<rt aria-hidden="true" data-pagefind-ignore>じょくそう</rt></ruby>を<ruby>防<rt aria-hidden="true" data-pagefind-ignore>ふせ</rt></ruby>ぐ',
    );
  });
  it("leaves kana, numbers and Latin without ruby", () => {
    expect(furigana("<p>ケアマネ 123 ABC</p>")).toBe("<p>ケアマネ 123 ABC</p>");
  });
  it("never puts ruby inside tel: links, code or URLs in the text", () => {
    const html = furigana('<p><a href="tel:0120000000">電話窓口</a><code>東京都</code> https://例え.jp/東京 の地図</p>');
    expect(html).toContain('<a href="tel:0120000000">電話窓口</a>');
    expect(html).toContain("<code>東京都</code>");
    expect(html).toContain("https://例え.jp/東京");
    expect(html).toContain("<ruby>地図");
  });
  it("leaves headings plain (their text makes the anchor id and the table of contents), the text below gets ruby", () => {
    expect(furigana("<h2>相談先</h2><p>相談先</p>")).toBe(
      '<h2>相談先</h2><p><ruby>相談<rt aria-hidden="true" data-pagefind-ignore>そうだん</rt></ruby><ruby>先<rt aria-hidden="true" data-pagefind-ignore>さき</rt></ruby></p>',
    );
  });
  it("gives no ruby to counters whose reading depends on the number", () => {
    const html = furigana("<p>1日に2人</p>");
    expect(html).not.toMatch(/<ruby>日|<ruby>人/u);
  });
});

describe("ruby written as ｜漢字《かんじ》", () => {
  it("becomes ruby on the web page, and is reduced to its base in headings", () => {
    const html = furigana("<h2>｜在宅《ざいたく》の話</h2><p>｜褥瘡《とこずれ》と《本》</p>");
    expect(html).toContain('<ruby>褥瘡<rt aria-hidden="true" data-pagefind-ignore>とこずれ</rt></ruby>');
    expect(html).toContain("<h2>在宅の話</h2>");
    // Without the bar, 《》 stays an ordinary bracket.
    expect(html).toContain("《");
  });

  it("is split out by writtenRuby and kept by rubyParts without a reading step", () => {
    expect(writtenRuby("a｜漢字《かんじ》b")).toEqual([{ text: "a" }, { base: "漢字", reading: "かんじ" }, { text: "b" }]);
    expect(rubyParts("介護｜保険《ほけん》")).toEqual([{ text: "介護" }, { base: "保険", reading: "ほけん" }]);
  });
});

describe("rehypeFurigana", () => {
  const html =
    '<h2>｜在宅《ざいたく》医療</h2><p>褥瘡を防ぐ <a href="tel:0300000000">電話</a> https://例え.jp/相談 の｜案内《あんない》</p>' +
    "<ul><li>訪問看護</li><li>訪問看護</li><li>かな only</li></ul><code>漢字</code>";

  it("lists exactly the texts addFurigana reads, in order", () => {
    const asked: string[] = [];
    addFurigana(fromHtml(html, { fragment: true }) as Root, (text) => {
      asked.push(text);
      return readText(tokenizer, dict, text);
    });
    expect(asked.length).toBeGreaterThan(2);
    expect(furiganaTexts(fromHtml(html, { fragment: true }) as Root)).toEqual(asked);
  });

  it("reads each document once, in one call, and gives the same tree as reading text by text", async () => {
    const calls: string[][] = [];
    const plugin = rehypeFurigana({
      loadRead: async () => (texts) => {
        calls.push([...texts]);
        return texts.map((text) => readText(tokenizer, dict, text));
      },
    });
    const tree = fromHtml(html, { fragment: true }) as Root;
    await plugin(tree);
    expect(calls).toHaveLength(1);
    expect(new Set(calls[0]).size).toBe(calls[0]?.length);
    expect(toHtml(tree)).toBe(furigana(html));
    expect(toHtml(tree)).toContain("<h2>在宅医療</h2>");
  });
});
