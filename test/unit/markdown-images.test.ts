import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NOT_A_FILE_MESSAGE, OUTSIDE_CONTENT_MESSAGE } from "../../src/loaders/content-path.ts";
import { checkImageReferences, findImageReferences } from "../../src/loaders/markdown-images.ts";

/** <tmp>/content/{pamphlets,images/house.svg} beside <tmp>/secret.svg. */
function folders(): { content: string; pamphlet: string; secret: string } {
  const tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), "markdown-images-")));
  const content = path.join(tmp, "content");
  mkdirSync(path.join(content, "pamphlets"), { recursive: true });
  mkdirSync(path.join(content, "images"));
  writeFileSync(path.join(content, "images", "house.svg"), "<svg/>");
  writeFileSync(path.join(tmp, "secret.svg"), "<svg/>");
  return { content, pamphlet: path.join(content, "pamphlets", "guide.md"), secret: path.join(tmp, "secret.svg") };
}

function issuesOf(body: string): { line?: number | undefined; value?: string | undefined; message: string }[] {
  const { content, pamphlet } = folders();
  const refs = findImageReferences(body, 6);
  return checkImageReferences(refs, pamphlet, "pamphlets/guide.md", content).map(({ line, value, message }) => ({
    line,
    value,
    message,
  }));
}

describe("reference-style images (![alt][id] with [id]: src elsewhere)", () => {
  it("are found on the image's line with the src of their definition, in any of the three forms", () => {
    const body =
      "![家][house]\n\ntext ![家][] and ![Home]\n\n[house]: ../images/house.svg\n[家]: <../images/a.svg>\n[home]: ../images/b.svg\n";
    expect(findImageReferences(body, 6)).toEqual([
      { src: "../images/house.svg", alt: "家", line: 6 },
      { src: "../images/a.svg", alt: "家", line: 8 },
      { src: "../images/b.svg", alt: "Home", line: 8 },
    ]);
  });

  it("pointing outside the content folder: refused with the containment issue on the image's line", () => {
    const { secret } = folders();
    for (const src of [secret, `../../${path.basename(secret)}`, "%2e%2e/%2e%2e/secret.svg"]) {
      expect(issuesOf(`## 図\n\n![秘密][s]\n\n[s]: ${src}\n`)).toEqual([
        { line: 8, value: src, message: OUTSIDE_CONTENT_MESSAGE },
      ]);
    }
  });

  it("a missing file and a missing alt are reported like inline images; an existing one passes", () => {
    expect(issuesOf("![家][h]\n\n[h]: ../images/house.svg\n")).toEqual([]);
    expect(issuesOf("![家][h]\n\n[h]: ../images/none.svg\n").map((i) => i.message)).toEqual(["画像ファイルが見つかりません"]);
    expect(issuesOf("![][h]\n\n[h]: ../images/house.svg\n").map((i) => i.message)).toEqual([
      expect.stringMatching(/^画像に代替テキスト/),
    ]);
  });

  it("a definition no image uses is a link, not an image", () => {
    expect(findImageReferences("[x][d]\n\n[d]: ../../secret.pdf\n", 1)).toEqual([]);
  });
});

describe("image files that cannot be shown", () => {
  it("an empty file and a folder are refused on the image's line", () => {
    const { content, pamphlet } = folders();
    writeFileSync(path.join(content, "images", "empty.png"), "");
    mkdirSync(path.join(content, "images", "folder.png"));
    const refs = findImageReferences("![空](../images/empty.png)\n\n![フォルダ](../images/folder.png)\n", 6);
    const issues = checkImageReferences(refs, pamphlet, "pamphlets/guide.md", content);
    expect(issues.map((i) => [i.line, i.value, i.message])).toEqual([
      [6, "../images/empty.png", "画像ファイルが空です（0 バイト）"],
      [8, "../images/folder.png", NOT_A_FILE_MESSAGE],
    ]);
  });
});

describe("SVG images that run code", () => {
  it("are refused on the image's line; the same drawing without the script passes", () => {
    const { content, pamphlet } = folders();
    writeFileSync(
      path.join(content, "images", "x.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    writeFileSync(path.join(content, "images", "y.png"), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const refs = findImageReferences("![家](../images/house.svg)\n\n![家](../images/x.svg)\n\n![家](../images/y.png)\n", 6);
    const issues = checkImageReferences(refs, pamphlet, "pamphlets/guide.md", content);
    expect(issues.map((i) => [i.line, i.value])).toEqual([
      [8, "../images/x.svg"],
      [10, "../images/y.png"],
    ]);
    expect(issues[0]?.message).toContain("スクリプト（<script>）");
    expect(issues[1]?.message).toContain("onload");
  });
});
