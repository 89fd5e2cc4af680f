import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { generateSite, SIZES, type SizeName } from "../../../bench/synthetic/generate.ts";
import { readContent } from "../../../src/loaders/content-snapshot.ts";
import { decodeCsvBytes } from "../../../src/loaders/csv/decode.ts";
import { readSiteConfig } from "../../../src/loaders/site-config.ts";
import { readWindows } from "../../../src/loaders/windows.ts";
import { treeHash } from "../../helpers/tree-hash.ts";

const created: string[] = [];
const fresh = (label: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `zaitaku-synthetic-${label}-`));
  created.push(dir);
  return path.join(dir, "content");
};
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** Data rows of every CSV in a folder, decoded the way the project reads CSV. */
function csvRows(dir: string): { file: string; encoding: string; header: string[]; rows: string[][] }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .map((file) => {
      const decoded = decodeCsvBytes(readFileSync(path.join(dir, file)));
      if (!decoded) throw new Error(`${file} is in no supported encoding`);
      const [header = [], ...rows] = parse(decoded.text) as string[][];
      return { file, encoding: decoded.encoding, header, rows };
    });
}

function counts(dir: string) {
  const events = csvRows(path.join(dir, "events"));
  const resources = csvRows(path.join(dir, "resources"));
  const list = (folder: string, ext: string) => readdirSync(path.join(dir, folder)).filter((f) => f.endsWith(ext));
  return {
    pamphlets: list("pamphlets", ".mdx").length,
    events: events.reduce((n, f) => n + f.rows.length, 0) + list("events", ".mdx").length,
    resources: resources.reduce((n, f) => n + f.rows.length, 0),
    windows: list("windows", ".yaml").length,
    resourceFiles: resources,
    eventFiles: events,
  };
}

describe("synthetic municipalities (bench/synthetic/generate.ts)", () => {
  const small = fresh("s");
  generateSite(small, "S");

  it("writes the same bytes for the same seed, and different ones for another seed", () => {
    const again = fresh("s-again");
    generateSite(again, "S");
    const other = fresh("s-other");
    generateSite(other, "S", "another-seed");
    expect(treeHash(again)).toBe(treeHash(small));
    expect(treeHash(other)).not.toBe(treeHash(small));
  });

  const sites = new Map<SizeName, string>([["S", small]]);
  const site = (size: SizeName) => {
    let dir = sites.get(size);
    if (!dir) {
      dir = fresh(size.toLowerCase());
      generateSite(dir, size);
      sites.set(size, dir);
    }
    return dir;
  };

  it.each(["XS", "S", "M", "L"] as SizeName[])("size %s has the pamphlets, events, resources and windows of its spec", (size) => {
    const dir = site(size);
    const c = counts(dir);
    const spec = SIZES[size];
    expect({ pamphlets: c.pamphlets, events: c.events, resources: c.resources, windows: c.windows }).toEqual({
      pamphlets: spec.pamphlets,
      events: spec.events,
      resources: spec.resources,
      windows: spec.windows,
    });
  });

  it("passes the project's content validation without errors or warnings", () => {
    expect(readContent(small).issues).toEqual([]);
  });

  it("covers every town of a prefecture-wide site (L) with exactly one 地域包括支援センター", () => {
    const dir = site("L");
    const { config, issues } = readSiteConfig(dir);
    expect(issues).toEqual([]);
    if (!config) throw new Error("no site.yaml");
    const names = config.towns.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThan(SIZES.L.municipalities * 10);
    const windows = readWindows(dir, config);
    expect(windows.issues).toEqual([]);
    expect(windows.entries.filter((w) => w.data.kind === "地域包括支援センター").length).toBeGreaterThan(100);
  });

  it("writes the national CSV layouts in the encodings municipalities use", () => {
    const { eventFiles, resourceFiles } = counts(small);
    expect(eventFiles.length).toBeGreaterThan(0);
    for (const f of eventFiles) {
      // イベント一覧, legacy 推奨データセット (docs/dev/open-data-formats.md §4a): 32 columns, this order.
      expect(f.header.length).toBe(32);
      expect([f.header[0], f.header[4], f.header[5], f.header[7], f.header[19], f.header[20]]).toEqual([
        "都道府県コード又は市区町村コード",
        "イベント名",
        "イベント名_カナ",
        "開始日",
        "場所名称",
        "住所",
      ]);
      expect(f.encoding).toBe("utf-8-bom");
    }
    const byFirstName = (name: string) => resourceFiles.filter((f) => f.header.includes(name));
    const medical = byFirstName("医療機関の種類");
    expect(medical).toHaveLength(1);
    expect(medical[0]?.encoding).toBe("cp932");
    expect(new Set(medical[0]?.rows.map((r) => r[medical[0]?.header.indexOf("医療機関の種類") ?? -1]))).toEqual(
      new Set(["病院", "有床診療所", "無床診療所"]),
    );
    expect(byFirstName("実施サービス")).toHaveLength(1); // 介護サービス事業所一覧 (legacy)
    expect(byFirstName("サービスの種類").length).toBeGreaterThan(0); // MHLW 介護サービス情報公表
  });

  it("stays fictional: 03-0000-xxxx phones, *.example.jp addresses, codes outside real prefectures", () => {
    const texts = readdirSync(small, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const bytes = readFileSync(path.join(e.parentPath, e.name));
        return decodeCsvBytes(bytes)?.text ?? "";
      });
    const all = texts.join("\n");
    const phones = all.match(/(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])/g) ?? [];
    expect(phones.length).toBeGreaterThan(100);
    expect(phones.filter((p) => !p.startsWith("03-0000-"))).toEqual([]);
    const hosts = [...all.matchAll(/https?:\/\/([^/\s,"'<>)]+)/g)].map((m) => m[1] ?? "");
    expect(hosts.length).toBeGreaterThan(10);
    expect(hosts.filter((h) => !h.endsWith(".example.jp") && h !== "www.w3.org")).toEqual([]);
    const codes = all.match(/^\d{6}(?=,)/gm) ?? [];
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.filter((c) => !c.startsWith("99"))).toEqual([]);
  });

  it("refuses to write into a folder that has files", () => {
    expect(() => generateSite(small, "XS")).toThrow(/not empty/);
  });
});
