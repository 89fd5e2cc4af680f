import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import {
  type FingerprintInputs,
  findUnchangedBuild,
  inputFingerprint,
  outputFingerprint,
  recordBuild,
} from "../../src/cli/build-fingerprint.ts";

let root: string;
let inputs: FingerprintInputs;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "zaitaku-fingerprint-"));
  write("project/src/a.ts", "export const a = 1;\n");
  write("project/package.json", "{}\n");
  write("content/site.yaml", "municipality: {}\n");
  write("content/pamphlets/a.mdx", "---\ntitle: A\n---\n本文\n");
  write("dist/index.html", "<p>A</p>\n");
  inputs = {
    projectRoot: path.join(root, "project"),
    contentDir: path.join(root, "content"),
    outDir: path.join(root, "dist"),
    today: "2026-11-28",
    env: { SITE_TODAY: "2026-11-28", HOME: "/root" },
  };
});

describe("inputFingerprint", () => {
  it("is the same for the same inputs", () => {
    expect(inputFingerprint(inputs)).toBe(inputFingerprint({ ...inputs, env: { ...inputs.env } }));
  });

  it.each<[string, () => Partial<FingerprintInputs> | undefined]>([
    ["a content file's bytes", () => void write("content/pamphlets/a.mdx", "---\ntitle: A\n---\n本文。\n")],
    ["a new content file", () => void write("content/images/x.svg", "<svg/>")],
    ["the generator's source", () => void write("project/src/a.ts", "export const a = 2;\n")],
    ["the lock file appearing", () => void write("project/package-lock.json", "{}\n")],
    ["today", () => ({ today: "2026-11-29" })],
    ["a ZAITAKU_ setting", () => ({ env: { ...inputs.env, ZAITAKU_PDF: "off" } })],
    ["the output folder", () => ({ outDir: path.join(root, "public_html") })],
  ])("changes with %s", (_, change) => {
    const before = inputFingerprint(inputs);
    const override = change() ?? {};
    expect(inputFingerprint({ ...inputs, ...override })).not.toBe(before);
  });

  it("ignores environment that does not change the output", () => {
    const before = inputFingerprint(inputs);
    expect(inputFingerprint({ ...inputs, env: { ...inputs.env, HOME: "/home/x", ZAITAKU_TIMINGS: "/tmp/t.json" } })).toBe(before);
  });
});

describe("findUnchangedBuild / recordBuild", () => {
  const cache = () => path.join(root, "cache");

  it("finds the last build when the inputs and the output folder are unchanged", () => {
    const input = inputFingerprint(inputs);
    recordBuild(cache(), inputs.outDir, input, "警告 1 件");
    expect(findUnchangedBuild(cache(), inputs.outDir, input)?.warnings).toBe("警告 1 件");
  });

  it("does not find it for other inputs, an edited output or a missing output", () => {
    const input = inputFingerprint(inputs);
    recordBuild(cache(), inputs.outDir, input, "");
    expect(findUnchangedBuild(cache(), inputs.outDir, `${input}x`)).toBeUndefined();
    write("dist/index.html", "<p>B</p>\n");
    expect(findUnchangedBuild(cache(), inputs.outDir, input)).toBeUndefined();
    rmSync(inputs.outDir, { recursive: true });
    expect(findUnchangedBuild(cache(), inputs.outDir, input)).toBeUndefined();
  });

  it("forgets builds whose output folder is gone", () => {
    const other = path.join(root, "other-dist");
    write("other-dist/index.html", "x");
    recordBuild(cache(), other, "a", "");
    rmSync(other, { recursive: true });
    recordBuild(cache(), inputs.outDir, "b", "");
    expect(readdirSync(cache())).toHaveLength(1);
    expect(findUnchangedBuild(cache(), inputs.outDir, "b")).toBeDefined();
  });
});

describe("outputFingerprint", () => {
  it("hashes every byte of a file larger than the read buffer, and only the bytes of each file", () => {
    write("small/b.txt", "y");
    const small = outputFingerprint(path.join(root, "small"));
    const big = Buffer.alloc(1.5 * 1024 * 1024, "x");
    write("big/a.bin", big.toString("latin1"));
    const before = outputFingerprint(path.join(root, "big"));
    big[big.length - 1] = "z".charCodeAt(0);
    write("big/a.bin", big.toString("latin1"));
    // A change past the first megabyte is seen.
    expect(outputFingerprint(path.join(root, "big"))).not.toBe(before);
    // The read buffer is shared between files: the megabyte of x just read must not count for the one-byte file.
    expect(outputFingerprint(path.join(root, "small"))).toBe(small);
  });
});
