import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  containedContentFile,
  isInsideContent,
  listContentFiles,
  normaliseReference,
  OUTSIDE_CONTENT_MESSAGE,
  resolveContentReference,
} from "../../src/loaders/content-path.ts";

/** <tmp>/content (pamphlets/, images/) next to <tmp>/outside (secret.svg, a folder), with links between them. */
let tmp: string;
let content: string;
let pamphlet: string;
const SECRET = "outside-secret-bytes-7f3a";

beforeAll(() => {
  tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), "content-path-")));
  content = path.join(tmp, "content");
  mkdirSync(path.join(content, "pamphlets"), { recursive: true });
  mkdirSync(path.join(content, "images", "sub"), { recursive: true });
  mkdirSync(path.join(tmp, "outside", "dir"), { recursive: true });
  writeFileSync(path.join(tmp, "outside", "secret.svg"), SECRET);
  writeFileSync(path.join(tmp, "outside", "dir", "a.md"), SECRET);
  writeFileSync(path.join(content, "images", "house.svg"), "<svg/>");
  pamphlet = path.join(content, "pamphlets", "guide.md");
  writeFileSync(pamphlet, "# x");
  symlinkSync(path.join(tmp, "outside", "secret.svg"), path.join(content, "images", "leak.svg"));
  symlinkSync(path.join(tmp, "outside", "dir"), path.join(content, "images", "etc"));
  symlinkSync(path.join(content, "images", "house.svg"), path.join(content, "images", "alias.svg"));
  symlinkSync(path.join(content, "images", "sub"), path.join(content, "images", "inner"));
  symlinkSync(path.join(tmp, "outside", "secret.svg"), path.join(content, "pamphlets", "leak.md"));
  symlinkSync(path.join(tmp, "outside", "dir"), path.join(content, "pamphlets", "folder.md"));
  symlinkSync(pamphlet, path.join(content, "pamphlets", "same.md"));
});

const site = { file: "pamphlets/guide.md", line: 3, field: "画像" };

describe("resolveContentReference", () => {
  it.each([
    ["../images/house.svg", true],
    ["..%2fimages%2fhouse.svg", true],
    ["..\\images\\house.svg", true],
    ["../images/alias.svg", true],
    ["../images/inner/missing.png", true],
    ["../images/../../outside/secret.svg", false],
    ["../images/../../../../../../../../etc/passwd", false],
    ["%2e%2e/%2e%2e/outside/secret.svg", false],
    ["%252e%252e/%252e%252e/outside/secret.svg", false],
    ["..\\..\\outside\\secret.svg", false],
    ["/etc/passwd", false],
    ["C:\\Windows\\win.ini", false],
    ["c:/secret.png", false],
    ["//server/share/x.png", false],
    ["../images/leak.svg", false],
    ["../images/etc/a.md", false],
    ["../images/etc/missing.png", false],
  ])("%s → inside: %s", (reference, inside) => {
    const result = resolveContentReference(content, pamphlet, reference, site);
    if (inside) {
      expect(result.issue).toBeUndefined();
      expect(isInsideContent(content, result.absolute ?? "")).toBe(true);
    } else {
      expect(result.issue).toMatchObject({ ...site, severity: "error", message: OUTSIDE_CONTENT_MESSAGE, value: reference });
      expect(JSON.stringify(result.issue)).not.toContain(SECRET);
      expect(JSON.stringify(result.issue)).not.toContain(path.join(tmp, "outside"));
    }
  });

  it("accepts an absolute path only when it names a file inside the content folder", () => {
    expect(resolveContentReference(content, pamphlet, path.join(content, "images/house.svg"), site).issue).toBeUndefined();
    expect(resolveContentReference(content, pamphlet, path.join(tmp, "outside/secret.svg"), site).issue).toBeDefined();
  });

  // Model: walking the segments from pamphlets/ (depth 1), the path is inside exactly when it never climbs above
  // the content folder (the generated names never spell the content folder's own name, so nothing climbs back in).
  it("refuses exactly the references that climb out of the content folder, however they are spelled", () => {
    const dotdot = fc.constantFrom("..", "%2e%2e", "%2E%2E", ".%2e", "%252e%252e");
    const segment = fc.oneof(
      { weight: 2, arbitrary: dotdot.map((s) => ({ text: s, step: -1 })) },
      { weight: 1, arbitrary: fc.constantFrom(".", "%2e").map((s) => ({ text: s, step: 0 })) },
      { weight: 2, arbitrary: fc.constantFrom("images", "a", "sub", "x.png").map((s) => ({ text: s, step: 1 })) },
    );
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 8 }), fc.constantFrom("/", "\\", "%2f", "%5c"), (parts, sep) => {
        let depth = 1;
        let escaped = false;
        for (const p of parts) {
          depth += p.step;
          if (depth < 0) escaped = true;
        }
        const reference = parts.map((p) => p.text).join(sep);
        const result = resolveContentReference(content, pamphlet, reference, site);
        expect(result.issue !== undefined, reference).toBe(escaped);
      }),
    );
  });
});

describe("normaliseReference", () => {
  it("decodes percent-encoding until stable and turns backslashes into slashes", () => {
    expect(normaliseReference("%252e%252e%5cx")).toBe("../x");
    expect(normaliseReference("..\\a\\b.png")).toBe("../a/b.png");
    expect(normaliseReference("100%.png")).toBe("100%.png");
  });
});

describe("listContentFiles", () => {
  it("lists files and links that stay inside, refuses links that lead out, never descends into a linked folder", () => {
    const listing = listContentFiles(content, "pamphlets", (n) => n.endsWith(".md"));
    expect(listing.names).toEqual(["guide.md", "same.md"]);
    expect(listing.issues.map((i) => [i.file, i.value, i.message])).toEqual([
      ["pamphlets/folder.md", "pamphlets/folder.md", OUTSIDE_CONTENT_MESSAGE],
      ["pamphlets/leak.md", "pamphlets/leak.md", OUTSIDE_CONTENT_MESSAGE],
    ]);
  });

  it("refuses a content sub-folder that is itself a link to outside", () => {
    const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "content-path-dir-")));
    mkdirSync(path.join(dir, "content"));
    symlinkSync(path.join(tmp, "outside", "dir"), path.join(dir, "content", "pamphlets"));
    const listing = listContentFiles(path.join(dir, "content"), "pamphlets", () => true);
    expect(listing.names).toEqual([]);
    expect(listing.issues).toHaveLength(1);
    expect(listing.issues[0]?.message).toBe(OUTSIDE_CONTENT_MESSAGE);
  });

  it("turns a file over maxBytes into a located issue, a link to one included, and lists one at the limit", () => {
    const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "content-path-size-")));
    mkdirSync(path.join(dir, "pamphlets"));
    writeFileSync(path.join(dir, "pamphlets", "at-limit.md"), "x".repeat(100));
    writeFileSync(path.join(dir, "pamphlets", "over.md"), "x".repeat(101));
    symlinkSync(path.join(dir, "pamphlets", "over.md"), path.join(dir, "pamphlets", "over-link.md"));
    const listing = listContentFiles(dir, "pamphlets", () => true, 100);
    expect(listing.names).toEqual(["at-limit.md"]);
    expect(listing.issues.map((i) => [i.file, i.severity])).toEqual([
      ["pamphlets/over-link.md", "error"],
      ["pamphlets/over.md", "error"],
    ]);
    expect(listing.issues[0]?.message).toMatch(/^ファイルが大きすぎるため読みません/);
    expect(listContentFiles(dir, "pamphlets", () => true).names).toHaveLength(3);
  });

  it("is empty for a missing folder", () => {
    expect(listContentFiles(content, "nothing-here", () => true)).toEqual({ names: [], issues: [] });
  });
});

describe("containedContentFile", () => {
  it("accepts a content folder reached through a link, and refuses site.yaml linked to outside", () => {
    const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "content-path-root-")));
    symlinkSync(content, path.join(dir, "linked-content"));
    expect(containedContentFile(path.join(dir, "linked-content"), "images/house.svg").issue).toBeUndefined();
    symlinkSync(path.join(tmp, "outside", "secret.svg"), path.join(content, "site.yaml"));
    expect(containedContentFile(content, "site.yaml").issue?.message).toBe(OUTSIDE_CONTENT_MESSAGE);
  });
});
