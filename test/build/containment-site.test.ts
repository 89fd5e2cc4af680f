import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OUTSIDE_CONTENT_MESSAGE } from "../../src/loaders/content-path.ts";
import { copyFixture, editFile, runBuild } from "../helpers/fixture-site.ts";
import { treeHash } from "../helpers/tree-hash.ts";

/** A secret file outside the content folder; its marker must never appear in dist/ or the log. */
function outsideSecret(): { dir: string; file: string; marker: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "zaitaku-outside-"));
  const marker = `SECRET-${path.basename(dir)}`;
  const file = path.join(dir, "secret.svg");
  writeFileSync(file, `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><title>${marker}</title></svg>\n`);
  mkdirSync(path.join(dir, "etc"));
  writeFileSync(path.join(dir, "etc", "passwd.md"), `---\ntitle: ${marker}\n---\n${marker}\n`);
  return { dir, file, marker };
}

/** A previous dist/ the failed build must leave byte-identical. */
function previousDist(dir: string): string {
  mkdirSync(path.join(dir, "dist"), { recursive: true });
  writeFileSync(path.join(dir, "dist", "index.html"), "<!doctype html><title>前回</title>");
  return treeHash(path.join(dir, "dist"));
}

function pamphletWithImage(src: string): string {
  return `---\ntitle: 図\ndescription: 説明\nupdated: 2026-10-01\n---\n\n## 見出し\n\n![図](${src})\n`;
}

function allBytes(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name), "latin1"))
    .join("\n");
}

describe("content that points outside the content folder", () => {
  /** Arranges the content file `file` as a symbolic link to the outside etc/passwd.md; the value quoted is `file`. */
  const linkedOutside =
    (file: string) =>
    (dir: string, s: ReturnType<typeof outsideSecret>): string => {
      symlinkSync(path.join(s.dir, "etc", "passwd.md"), path.join(dir, "content", file));
      return file;
    };
  const cases: [string, (dir: string, secret: ReturnType<typeof outsideSecret>) => string, string][] = [
    [
      "a ../ image path",
      (dir, s) => {
        const up = "../".repeat(12);
        const ref = `../images/${up}${s.file.slice(1)}`;
        writeFileSync(path.join(dir, "content/pamphlets/leak.md"), pamphletWithImage(ref));
        return ref;
      },
      "pamphlets/leak.md:9",
    ],
    [
      "a %2e%2e image path with backslashes",
      (dir, s) => {
        const ref = `${"%2e%2e\\".repeat(12)}${s.file.slice(1).replace(/\//g, "\\")}`;
        writeFileSync(path.join(dir, "content/pamphlets/leak.md"), pamphletWithImage(ref));
        return ref;
      },
      "pamphlets/leak.md:9",
    ],
    [
      "a /images/ path that climbs out",
      (dir, s) => {
        const ref = `/images/${"../".repeat(12)}${s.file.slice(1)}`;
        writeFileSync(path.join(dir, "content/pamphlets/leak.md"), pamphletWithImage(ref));
        return ref;
      },
      "pamphlets/leak.md:9",
    ],
    [
      "an absolute image path",
      (dir, s) => {
        writeFileSync(path.join(dir, "content/pamphlets/leak.md"), pamphletWithImage(s.file));
        return s.file;
      },
      "pamphlets/leak.md:9",
    ],
    [
      "an image that is a symbolic link to outside",
      (dir, s) => {
        symlinkSync(s.file, path.join(dir, "content/images/leak.svg"));
        writeFileSync(path.join(dir, "content/pamphlets/leak.md"), pamphletWithImage("../images/leak.svg"));
        return "../images/leak.svg";
      },
      "pamphlets/leak.md:9",
    ],
    ["a pamphlet that is a symbolic link to outside", linkedOutside("pamphlets/leak.md"), "pamphlets/leak.md"],
    [
      "a symbolic link to an outside folder among the images",
      (dir, s) => {
        symlinkSync(path.join(s.dir, "etc"), path.join(dir, "content/images/etc"));
        writeFileSync(path.join(dir, "content/pamphlets/leak.md"), pamphletWithImage("../images/etc/passwd.md"));
        return "../images/etc/passwd.md";
      },
      "pamphlets/leak.md:9",
    ],
    [
      "a reference-style image whose definition points outside",
      (dir, s) => {
        const text = `${pamphletWithImage("REF").replace("![図](REF)", "![図][leak]")}\n[leak]: ${s.file}\n`;
        writeFileSync(path.join(dir, "content/pamphlets/leak.md"), text);
        return s.file;
      },
      "pamphlets/leak.md:9",
    ],
    [
      "a note.yaml that is a symbolic link to outside",
      (dir, s) => {
        writeFileSync(path.join(s.dir, "note.yaml"), `title: ${s.marker}\n`);
        symlinkSync(path.join(s.dir, "note.yaml"), path.join(dir, "content/note.yaml"));
        return "note.yaml";
      },
      "note.yaml",
    ],
    ["a readings.yaml that is a symbolic link to outside", linkedOutside("readings.yaml"), "readings.yaml"],
  ];

  it.each(cases)("%s: refused, located, quoted as written; dist/ untouched; no outside byte anywhere", (_, arrange, where) => {
    const dir = copyFixture("minimal");
    const secret = outsideSecret();
    const before = previousDist(dir);
    const reference = arrange(dir, secret);
    const run = runBuild(dir);
    expect(run.status, run.stderr).toBe(1);
    const line = run.stderr.split("\n").find((l) => l.includes(OUTSIDE_CONTENT_MESSAGE)) ?? "";
    expect(line).toContain(`エラー: ${where}`);
    expect(line).toContain(`「${reference}」`);
    expect(run.stderr).toContain("ビルドを中止しました");
    expect(treeHash(run.outDir)).toBe(before);
    expect(`${run.stdout}${run.stderr}`).not.toContain(secret.marker);
    expect(allBytes(run.outDir)).not.toContain(secret.marker);
  });
});

describe("an image path copied from a web page (/images/x.svg)", () => {
  it("means the content folder's images/: the page shows it and the build passes", () => {
    const dir = copyFixture("minimal");
    editFile(dir, "pamphlets/first-guide.mdx", (text) => text.replace("](../images/house.svg)", "](/images/house.svg)"));
    const run = runBuild(dir);
    expect(run.status, run.stderr).toBe(0);
    const html = readFileSync(path.join(run.outDir, "pamphlets/first-guide/index.html"), "utf8");
    const src = /<img[^>]*alt="家の絵"[^>]*>/.exec(html)?.[0].match(/src="([^"]+)"/)?.[1] ?? "";
    expect(src).toMatch(/\/_astro\/house\.[^/]+\.svg$/);
    const published = path.join(run.outDir, src.replace(/^.*?\/_astro\//, "_astro/"));
    expect(readFileSync(published, "utf8")).toBe(readFileSync(path.join(dir, "content/images/house.svg"), "utf8"));
  }, 240_000);

  it("a missing one is the located 「画像ファイルが見つかりません」, quoted as written", () => {
    const dir = copyFixture("minimal");
    editFile(dir, "pamphlets/first-guide.mdx", (text) => text.replace("](../images/house.svg)", "](/images/nothere.svg)"));
    const run = runBuild(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /pamphlets\/first-guide\.mdx:12 項目「画像」: 画像ファイルが見つかりません（値: 「\/images\/nothere\.svg」）/,
    );
  });
});
