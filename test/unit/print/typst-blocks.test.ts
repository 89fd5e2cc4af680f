import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownBlocks } from "../../../src/lib/markdown-blocks.ts";
import { renderTypstPdf } from "../../../src/outputs/print/typst/compiler.ts";

const template = readFileSync(join(import.meta.dirname, "../../../src/outputs/print/templates/blocks.typ"), "utf8");
const email = "zaitaku-iryou-renkei@city.example.jp";
const body = `## 相談の窓口 #1

お困りのときは、地域包括支援センターの窓口にご相談ください。メールは ${email} へ。電話は 0120-123-4567 です。

- 一つ目 $x$
- 二つ目 ]

| 窓口 | 電話 |
| --- | --- |
| 北 \\ 南 | 0120-000-111 |
`;

describe("blocks.typ", () => {
  const { blocks } = markdownBlocks(body);
  const pdf = renderTypstPdf("biz-udpgothic", {
    template,
    data: { title: "相談ガイド", font: "BIZ UDPGothic", blocks },
    createdAt: 1_700_000_000,
  });
  const file = join(mkdtempSync(join(tmpdir(), "typst-")), "blocks.pdf");
  writeFileSync(file, pdf);

  it("tags headings, paragraphs, lists and table header cells", () => {
    const tree = execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" });
    for (const tag of ["H1", "H2", "P", "L", "LI", "Table", "TH", "TD"]) {
      expect(tree).toMatch(new RegExp(`^\\s*${tag}[ :]`, "m"));
    }
  });

  it("keeps e-mail addresses and phone numbers on one line and prints markup characters literally", () => {
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain(email);
    expect(text).toContain("0120-123-4567");
    for (const literal of ["相談の窓口 #1", "一つ目 $x$", "二つ目 ]", "北 \\ 南"]) expect(text).toContain(literal);
  });
});
