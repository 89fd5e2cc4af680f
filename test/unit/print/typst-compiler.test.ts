import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderTypstPdf } from "../../../src/outputs/print/typst/compiler.ts";

const template = `#let d = json("/data.json")
#set document(title: d.title)
#set text(lang: "ja", font: "BIZ UDPGothic", size: 12pt)
= #d.title
#for p in d.paragraphs [#p #parbreak()]
#list(..d.items)
#table(columns: 2, table.header([#d.head.at(0)], [#d.head.at(1)]), ..d.cells)
`;

const data = {
  title: "在宅医療 #set $x$ ]",
  paragraphs: ["本文 #pagebreak() $1+1$ ] \\ と書きます。", "連絡先 zaitaku@city.example.jp"],
  items: ["一つ目", "二つ目"],
  head: ["名前", "電話"],
  cells: ["窓口", "0120-000-000"],
};

function pdfPath(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), "typst-")), "out.pdf");
  writeFileSync(file, bytes);
  return file;
}

describe("renderTypstPdf", () => {
  const pdf = renderTypstPdf("biz-udpgothic", { template, data, createdAt: 1_700_000_000 });
  const file = pdfPath(pdf);

  it("writes a tagged PDF with the title and a structure tree of heading, paragraph, list and table", () => {
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toContain("Title:           在宅医療 #set $x$ ]");
    expect(info).toMatch(/Pages:\s+1\n/);
    const tree = execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" });
    for (const tag of ["H1", "P", "L", "LI", "Table", "TH", "TD"]) expect(tree).toMatch(new RegExp(`^\\s*${tag}[ :]`, "m"));
  });

  it("prints markup characters in the data literally", () => {
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("#pagebreak() $1+1$ ] \\ と書きます。");
    expect(text).toContain("#set $x$ ]");
  });

  it("gives the same bytes for the same input", () => {
    expect(renderTypstPdf("biz-udpgothic", { template, data, createdAt: 1_700_000_000 }).equals(pdf)).toBe(true);
  });
});
