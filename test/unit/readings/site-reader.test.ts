import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadSiteReader } from "../../../src/lib/readings/site-reader.ts";
import { projectRoot } from "../../helpers/fixture-site.ts";

let tmp: string;
let previous: string | undefined;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "readings-"));
  previous = process.env["ZAITAKU_CACHE_DIR"];
  process.env["ZAITAKU_CACHE_DIR"] = path.join(tmp, "cache");
  mkdirSync(path.join(tmp, "content"));
});
/** The keys of the reading cache's entries, as another build would see them. */
const cachedKeys = () =>
  (new DatabaseSync(path.join(tmp, "cache/readings.sqlite")).prepare("SELECT key FROM entries").all() as { key: string }[]).map(
    (row) => row.key,
  );
/** Replaces the value of one entry, as if an earlier build had stored it. */
const overwrite = (key: string, value: unknown) =>
  new DatabaseSync(path.join(tmp, "cache/readings.sqlite"))
    .prepare("UPDATE entries SET value = ? WHERE key = ?")
    .run(JSON.stringify(value), key);

afterEach(() => {
  if (previous === undefined) delete process.env["ZAITAKU_CACHE_DIR"];
  else process.env["ZAITAKU_CACHE_DIR"] = previous;
  rmSync(tmp, { recursive: true, force: true });
});

describe("loadSiteReader", () => {
  it("uses readings.yaml and town kana, and caches each text's words by content hash", async () => {
    const reader = await loadSiteReader(
      projectRoot,
      [{ word: "鷺沼", reading: "さぎぬま" }],
      [{ name: "桜ヶ丘", kana: "さくらがおか" }],
    );
    const words = reader.read("鷺沼と桜ヶ丘の褥瘡");
    expect(words.filter((w) => w.kanji).map((w) => [w.surface, w.reading, w.source])).toEqual([
      ["鷺沼", "さぎぬま", "site"],
      ["桜ヶ丘", "さくらがおか", "town"],
      ["褥瘡", "じょくそう", "domain"],
    ]);
    const cached = cachedKeys();
    expect(cached).toHaveLength(1);
    // A second read of the same text comes from the cache: overwrite the entry and see the overwritten words.
    overwrite(cached[0] as string, [{ surface: "x" }]);
    expect(reader.read("鷺沼と桜ヶ丘の褥瘡")).toEqual([{ surface: "x" }]);
    reader.read("別の文");
    expect(cachedKeys()).toHaveLength(2);
  });

  it("reads a document's texts as one cache entry, with the same words as reading them one by one", async () => {
    const reader = await loadSiteReader(projectRoot, [], []);
    const texts = ["褥瘡を防ぐ", "訪問看護の相談", "褥瘡を防ぐ"];
    const words = reader.readAll(texts);
    expect(cachedKeys()).toHaveLength(1);
    // Taken now: reading the texts one by one adds entries, and keys (hashes) sort in no fixed order.
    const [entry] = cachedKeys();
    expect(words).toEqual(texts.map((text) => reader.read(text)));
    // The second call comes from that one entry: overwrite it and see the overwritten words.
    overwrite(entry as string, [[{ surface: "x" }]]);
    expect(reader.readAll(texts)).toEqual([[{ surface: "x" }]]);
    expect(reader.readAll([])).toEqual([]);
  });
});

describe("readSiteReadings", () => {
  it("reports a bad readings.yaml as a located error of the content validation", async () => {
    const { readSiteReadings } = await import("../../../src/loaders/site-readings.ts");
    writeFileSync(path.join(tmp, "content/readings.yaml"), "words:\n  - { word: 鷺沼, reading: 鷺 }\n");
    const { issues, words } = readSiteReadings(path.join(tmp, "content"));
    expect(words).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ severity: "error", file: "readings.yaml" })]);
    expect(issues[0]).toMatchObject({ line: 2, field: "words.0.reading", value: "鷺" });
    expect(issues[0]?.message).toMatch(/読みはひらがなかカタカナ/);
    expect(readSiteReadings(path.join(tmp, "missing")).issues).toEqual([]);
    writeFileSync(path.join(tmp, "content/readings.yaml"), "words:\n  - { word: さぎ, reading: さぎ }\n");
    expect(readSiteReadings(path.join(tmp, "content")).issues).toEqual([
      expect.objectContaining({ line: 2, field: "words.0.word", message: expect.stringMatching(/漢字を含む語/) }),
    ]);
  });
});
