import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runChecks } from "../../../src/checks/registry.ts";
import { oneYearBefore } from "../../../src/checks/stale-content.ts";
import { csvTexts, loadContentModel } from "../../../src/loaders/content-model.ts";
import { readCsv } from "../../../src/loaders/csv/read-csv.ts";
import { checkWith, found, pamphlet } from "../../helpers/check-fixture.ts";

/** Body line n of {@link pamphlet} is file line n + 5. */
const L = (n: number) => n + 5;

describe("image-alt", () => {
  it("reports images without alt once, at their line, reference-style images included", () => {
    const { issues } = checkWith({
      "pamphlets/test.mdx": pamphlet("段落\n\n![][pic]\n\n[pic]: ../images/house.svg\n\n![](../images/house.svg)\n"),
    });
    const alt = issues.filter((i) => i.file === "pamphlets/test.mdx" && /代替テキスト（説明文）がありません/.test(i.message));
    // Line 3: a reference image, line 7: an inline one; the loader reports both, this check neither a second time.
    expect(alt.map((i) => [i.line, i.rule])).toEqual([
      [L(3), "schema"],
      [L(7), "schema"],
    ]);
  });

  it("warns about alt text that describes nothing, not about a real description", () => {
    const { issues } = checkWith({
      "pamphlets/test.mdx": pamphlet(
        "![画像](../images/house.svg)\n\n![house.svg](../images/house.svg)\n\n![赤い屋根の家の絵](../images/house.svg)\n",
      ),
    });
    expect(found(issues, "image-alt")).toEqual([
      [L(1), 1, "warning", "画像"],
      [L(3), 1, "warning", "house.svg"],
    ]);
  });

  it("sees a multi-line JSX <img> without alt in MDX", () => {
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet('<img\n  src="../images/house.svg"\n/>\n') });
    expect(found(issues, "image-alt")).toEqual([[L(1), 1, "error", "../images/house.svg"]]);
  });
});

describe("heading-levels", () => {
  it("warns about # in the body and about skipped levels, with the level to use", () => {
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet("# 題名\n\n## 章\n\n#### 飛んだ節\n\n### 正しい節\n") });
    const headings = issues.filter((i) => i.rule === "heading-levels" && i.file === "pamphlets/test.mdx");
    expect(headings.map((i) => [i.line, i.severity, i.hint])).toEqual([
      [L(1), "warning", "## （見出し2）にしてください"],
      [L(5), "warning", "### にしてください"],
    ]);
    expect(headings[1]?.message).toContain("## の次に ####");
  });

  it("accepts headings in order", () => {
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet("## 章\n\n### 節\n\n## 次の章\n") });
    expect(found(issues, "heading-levels")).toEqual([]);
  });
});

describe("link-text", () => {
  it("warns about こちら / ここをクリック / bare URLs and errors on empty links", () => {
    const body = [
      "[こちら](/pamphlets/)",
      "[ここをクリック](/pamphlets/)",
      "[詳しくはこちら](/pamphlets/)",
      "[https://www.example.jp/](https://www.example.jp/)",
      "[](/pamphlets/)",
      "[訪問看護のパンフレット](/pamphlets/)",
    ].join("\n\n");
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet(`${body}\n`) });
    expect(found(issues, "link-text").map(([line, , severity]) => [line, severity])).toEqual([
      [L(1), "warning"],
      [L(3), "warning"],
      [L(5), "warning"],
      [L(7), "warning"],
      [L(9), "error"],
    ]);
  });
});

describe("table-headers", () => {
  it("errors on a Markdown table with an empty header row and an HTML table without <th>", () => {
    const body =
      "|  |  |\n| --- | --- |\n| a | b |\n\n| 項目 |  |\n| --- | --- |\n| a | b |\n\n<table><tr><td>1</td></tr></table>\n";
    const { issues } = checkWith({ "pamphlets/test.md": pamphlet(body) });
    expect(found(issues, "table-headers", "pamphlets/test.md").map(([line, , severity]) => [line, severity])).toEqual([
      [L(1), "error"],
      [L(5), "warning"],
      [L(9), "error"],
    ]);
  });

  it("accepts tables with header cells", () => {
    const body =
      "| 項目 | 金額 |\n| --- | --- |\n| 初診 | 1,000円 |\n\n<table><tr><th>項目</th></tr><tr><td>1</td></tr></table>\n";
    const { issues } = checkWith({ "pamphlets/test.md": pamphlet(body) });
    expect(found(issues, "table-headers", "pamphlets/test.md")).toEqual([]);
  });
});

describe("machine-dependent-chars and invisible-chars", () => {
  it("locates each character with its replacement, in the body and in front matter", () => {
    const { issues } = checkWith({
      "pamphlets/test.mdx": pamphlet("手順は①から③まで。㈱架空の ｶﾞｲﾄﾞ です。\n", "第①回のお知らせ"),
    });
    const rows = issues
      .filter((i) => i.rule === "machine-dependent-chars" && i.file === "pamphlets/test.mdx")
      .map((i) => [i.line, i.column, i.field, i.value, i.hint]);
    expect(rows).toEqual([
      [2, undefined, "title", "①", "「(1)」に置き換えてください"],
      [L(1), 4, undefined, "①", "「(1)」に置き換えてください"],
      [L(1), 7, undefined, "③", "「(3)」に置き換えてください"],
      [L(1), 11, undefined, "㈱", "「(株)」に置き換えてください"],
      [L(1), 16, undefined, "ｶﾞｲﾄﾞ", "「ガイド」に置き換えてください"],
    ]);
  });

  it("names radicals that look like kanji (text copied out of a PDF) with the kanji to type", () => {
    // As MHLW's 介護サービス情報公表 file 120 writes it: ⽇ (U+2F47), ⼟ (U+2F1F), ⺠ (U+2EA0).
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet("定休\u2F47：\u2F1F曜\u2F47，国\u2EA0の祝\u2F47\n") });
    const rows = issues
      .filter((i) => i.rule === "machine-dependent-chars" && i.file === "pamphlets/test.mdx")
      .map((i) => [i.column, i.value, i.hint, i.message.startsWith(`漢字に似た部首の文字「${i.value}」`)]);
    expect(rows).toEqual([
      [3, "\u2F47", "「日」に置き換えてください", true],
      [5, "\u2F1F", "「土」に置き換えてください", true],
      [7, "\u2F47", "「日」に置き換えてください", true],
      [10, "\u2EA0", "「民」に置き換えてください", true],
      [13, "\u2F47", "「日」に置き換えてください", true],
    ]);
  });

  it("errors on bidirectional overrides and control characters, warns on zero-width spaces", () => {
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet("電話\u202E4321\u202C です。\n\n見え\u200Bない\u0007\n") });
    expect(found(issues, "invisible-chars")).toEqual([
      [L(1), 3, "error", "U+202E"],
      [L(1), 8, "error", "U+202C"],
      [L(3), 3, "warning", "U+200B"],
      [L(3), 6, "error", "U+0007"],
    ]);
  });

  it("leaves the cells of a CSV file refused as a whole to that file's one error", () => {
    const cells = "名称,所在地\n①クリニック,架空市本町1-1\n";
    const { issues } = checkWith({ "resources/odd-layout.csv": cells, "events/odd-events.csv": cells });
    for (const file of ["resources/odd-layout.csv", "events/odd-events.csv"]) {
      expect(issues.filter((i) => i.file === file && i.severity === "error").length).toBeGreaterThan(0);
      expect(issues.filter((i) => i.file === file && i.rule === "machine-dependent-chars")).toEqual([]);
    }
  });

  it("does not flag ordinary Japanese text, code or emoji", () => {
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet("「在宅医療」〜（約30分）※要予約。`①` 👨‍👩‍👧\n") });
    expect(issues.filter((i) => i.file === "pamphlets/test.mdx")).toEqual([]);
  });
});

describe("full-width-digits and phone-numbers", () => {
  it("warns about full-width phone numbers, dates and times, suggesting the half-width form", () => {
    const body = "電話 ０３－００００－１２３４ まで。\n\n２０２６年１０月１日（木）の８時３０分から。\n";
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet(body) });
    const rows = issues
      .filter((i) => i.rule === "full-width-digits" && i.file === "pamphlets/test.mdx")
      .map((i) => [i.line, i.column, i.hint]);
    expect(rows).toEqual([
      [L(1), 4, "「03-0000-1234」のように半角で書いてください"],
      [L(3), 1, "「2026年10月1日」のように半角で書いてください"],
      [L(3), 15, "「8時30分」のように半角で書いてください"],
    ]);
  });

  it("warns about full-width values in phone and date fields that the schema accepts", () => {
    const { issues } = checkWith({
      "pamphlets/test.mdx": pamphlet("本文\n").replace("updated: 2026-10-01", "updated: ２０２６-１０-０１"),
      "site.yaml": null,
    });
    expect(found(issues, "full-width-digits")).toEqual([[4, undefined, "warning", "２０２６-１０-０１"]]);
  });

  it("errors on numbers that are not Japanese phone numbers, in text and in tel: links", () => {
    const body = [
      "電話 0000-1234（市外局番なし）",
      "電話 03-000-123",
      "海外 +1 555-123-4567",
      "[電話する](tel:12345)",
      "国際 +81 3-0000-1234",
      "正しい 03-0000-1234、0120-000-000、090-0000-0000、[119番](tel:119)、[相談](tel:0300001234)",
    ].join("\n\n");
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet(`${body}\n`) });
    expect(found(issues, "phone-numbers").map(([line, , severity, value]) => [line, severity, value])).toEqual([
      [L(1), "error", "0000-1234"],
      [L(3), "error", "03-000-123"],
      [L(5), "error", "+1 555-123-4567"],
      [L(7), "error", "tel:12345"],
      [L(9), "warning", "+81 3-0000-1234"],
    ]);
  });

  it("does not read postal codes, dates, prices or ranges as phone numbers", () => {
    const body = "〒100-0000 東京都。2026-10-01 更新。料金 1,000-2,000円。第1-2-3号。\n";
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet(body) });
    expect(found(issues, "phone-numbers")).toEqual([]);
  });
});

describe("stale-updated", () => {
  it("warns when updated is more than a year before today or in the future", () => {
    const at = (updated: string) =>
      found(
        checkWith({ "pamphlets/test.mdx": pamphlet("本文\n").replace("2026-10-01", updated) }, "2026-11-28").issues,
        "stale-updated",
      );
    expect(at("2025-11-27")).toEqual([[4, undefined, "warning", "2025-11-27"]]);
    expect(at("2025-11-28")).toEqual([]);
    expect(at("2026-11-28")).toEqual([]);
    expect(at("2026-11-29")).toEqual([[4, undefined, "warning", "2026-11-29"]]);
  });

  it("computes a year before leap days", () => {
    expect(oneYearBefore("2028-02-29")).toBe("2027-02-28");
    expect(oneYearBefore("2027-03-01")).toBe("2026-03-01");
  });
});

describe("internal-links", () => {
  it("errors on links to missing pages with a suggestion, accepts existing pages and files", () => {
    const body = [
      "[a](/pamphlets/secnd-guide/)",
      "[b](/nothing/)",
      "[c](second-guide.mdx)",
      "[d](../second-guide/)",
      "[e](/pamphlets/)",
      "[f](/zaitaku/pamphlets/second-guide/)",
      "[g](/pamphlets/second-guide)",
      "[h](/pamphlets/second-guide/#申請)",
      "[i](/pamphlets/first-guide.pdf)",
      "[j](https://www.example.jp/)",
    ].join("\n\n");
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet(`${body}\n`) });
    const links = issues.filter((i) => i.rule === "internal-links" && i.file === "pamphlets/test.mdx");
    expect(links.map((i) => [i.line, i.severity, i.value])).toEqual([
      [L(1), "error", "/pamphlets/secnd-guide/"],
      [L(3), "error", "/nothing/"],
      [L(5), "error", "second-guide.mdx"],
      [L(7), "warning", "../second-guide/"],
    ]);
    expect(links[0]?.hint).toBe("もしかして: /pamphlets/second-guide/");
    expect(links[2]?.hint).toContain("/pamphlets/second-guide/");
  });

  it("knows the pages of src/pages and the pamphlet slugs", () => {
    const { content } = checkWith({});
    const { model } = loadContentModel(content, { today: "2026-11-28" });
    expect([...model.routes.pages].sort()).toEqual(
      expect.arrayContaining(["/", "/404.html", "/pamphlets/", "/pamphlets/first-guide/", "/pamphlets/second-guide/"]),
    );
    expect(model.routes.pages.has("/robots.txt/")).toBe(false);
  });
});

describe("duplicate-slugs", () => {
  it("errors on both files that would become the same page", () => {
    const { issues } = checkWith({ "pamphlets/first-guide.md": pamphlet("本文\n") });
    const dup = issues.filter((i) => i.rule === "duplicate-slugs");
    expect(dup.map((i) => i.file)).toEqual(["pamphlets/first-guide.md", "pamphlets/first-guide.mdx"]);
    expect(dup[0]?.message).toContain("pamphlets/first-guide.mdx");
  });
});

describe("unsafe-markup", () => {
  it("refuses scripts, handlers, style, unsafe URLs and frames in .md raw HTML, at their columns", () => {
    const body = [
      "<script>alert(1)</script>",
      '<a href="javascript:alert(1)">x</a> <b onclick="alert(1)">b</b>',
      '<span style="color:red">赤</span> <iframe src="https://evil.example/"></iframe>',
      "<center>中央</center> <ruby>在宅<rt>ざいたく</rt></ruby><br>",
    ].join("\n\n");
    const { issues } = checkWith({ "pamphlets/test.md": pamphlet(`${body}\n`) });
    expect(found(issues, "unsafe-markup", "pamphlets/test.md")).toEqual([
      [L(1), 1, "error", "<script>"],
      [L(3), 4, "error", 'href="javascript:alert(1)"'],
      [L(3), 40, "error", 'onclick="alert(1)"'],
      [L(5), 7, "error", 'style="color:red"'],
      [L(5), 34, "error", "<iframe>"],
      [L(7), 1, "warning", "<center>"],
    ]);
  });

  it("refuses {…} expressions, import/export and components in .mdx but allows MDX comments", () => {
    const body =
      '値は {1+1} です。\n\n{/* 職員用のメモ */}\n\nexport const x = 1\n\n<Foo bar="x">中</Foo>\n\n<details><summary>詳しく</summary>本文</details>\n';
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet(body) });
    expect(found(issues, "unsafe-markup")).toEqual([
      [L(1), 4, "error", "{1+1}"],
      [L(5), 1, "error", "export const x = 1"],
      [L(7), 1, "error", "<Foo>"],
    ]);
  });

  it("lets .md files keep braces and angle brackets as text", () => {
    const { issues } = checkWith({ "pamphlets/test.md": pamphlet("血圧 <140 が目安 {個人差あり}。\n") });
    expect(issues.filter((i) => i.file === "pamphlets/test.md")).toEqual([]);
  });
});

describe("mdx-syntax", () => {
  it.each([
    ["an unclosed tag", "<div>閉じていない\n", /タグ <div> の始まりと終わりが対応していません/],
    ["an unclosed brace", "血圧は {140 以下\n", /「{」に対応する「}」がありません/],
    ["a < before a number", "血圧 <140 が目安\n", /「<」の後がタグとして読めません/],
    ["an HTML comment", "a <!-- メモ --> b\n", /<!-- --> のコメントは使えません/],
  ])("locates %s in Japanese and suggests .md", (_name, body, message) => {
    const { issues } = checkWith({ "pamphlets/test.mdx": pamphlet(body) });
    const syntax = issues.filter((i) => i.rule === "mdx-syntax");
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatchObject({ file: "pamphlets/test.mdx", line: L(1), severity: "error", field: "本文" });
    expect(syntax[0]?.message).toMatch(message);
    expect(syntax[0]?.hint).toContain(".md");
  });
});

describe("the check registry", () => {
  it("turns a crashing check into one located error instead of a stack trace", () => {
    const { content } = checkWith({});
    const { model } = loadContentModel(content, { today: "2026-11-28" });
    const issues = runChecks(model, [
      {
        id: "broken",
        title: "壊れたチェック",
        run: () => {
          throw new Error("boom");
        },
      },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ rule: "broken", severity: "error", message: expect.stringContaining("boom") }),
    ]);
  });
});

describe("CSV cells in the model (for CSV content types)", () => {
  it("are checked like other texts, located by row and column header", () => {
    const { content } = checkWith({});
    const file = path.join(content, "resources.csv");
    writeFileSync(
      file,
      // 開設年月日 is a column the site does not read: its full-width date and ① are nobody's concern.
      "名称,電話番号,備考,開設年月日\r\n架空㈱診療所,０３－００００－１２３４,,平成①年\r\n" +
        "架空薬局,03-0000-1235,電話 0000-1234,２０１５年４月１日\r\n" +
        // As MHLW's files write them: full-width digits with the long-vowel mark (ー) and its half-width form (ｰ).
        "架空医院,０２８５ー５２ー１０１０,,\r\n架空歯科,０２８５ｰ５２ｰ１０１１,,\r\n",
    );
    const { table } = readCsv(file, "resources/a.csv", { aliases: { name: ["名称"], phone: ["電話番号"], note: ["備考"] } });
    if (!table) throw new Error("the CSV should read");
    const { model } = loadContentModel(content, { today: "2026-11-28" });
    const texts = csvTexts(table, (field) => (field === "phone" ? "phone" : field === "note" ? "prose" : "value"));
    const issues = runChecks({ ...model, texts }).filter((i) => i.file === "resources/a.csv");
    expect(issues.map((i) => [i.line, i.field, i.rule, i.severity])).toEqual([
      [2, "電話番号", "full-width-digits", "warning"],
      [2, "名称", "machine-dependent-chars", "warning"],
      // Imported open data: a wrong number is a warning (in staff-written text it is an error).
      [3, "備考", "phone-numbers", "warning"],
      [4, "電話番号", "full-width-digits", "warning"],
      [5, "電話番号", "full-width-digits", "warning"],
      [5, "電話番号", "machine-dependent-chars", "warning"],
      [5, "電話番号", "machine-dependent-chars", "warning"],
    ]);
    // ｰ is half-width kana; in a phone number it stands for a hyphen.
    expect(issues.filter((i) => i.rule === "machine-dependent-chars" && i.line === 5).map((i) => i.hint)).toEqual([
      "「-」に置き換えてください",
      "「-」に置き換えてください",
    ]);
    // The half-width form to type, with every hyphen look-alike as "-".
    expect(issues.filter((i) => i.rule === "full-width-digits").map((i) => i.hint)).toEqual([
      "「03-0000-1234」のように半角で書いてください",
      "「0285-52-1010」のように半角で書いてください",
      "「0285-52-1011」のように半角で書いてください",
    ]);
  });
});
