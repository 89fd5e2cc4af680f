import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_AGE_MS } from "../../src/outputs/cache.ts";
import { openEntryStore } from "../../src/outputs/entry-store.ts";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "zaitaku-entry-store-"));
  vi.stubEnv("ZAITAKU_CACHE_DIR", path.join(root, "cache"));
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** The store's file, opened beside the store as another build would. */
const database = () => new DatabaseSync(path.join(root, "cache", "readings.sqlite"));

describe("openEntryStore", () => {
  it("keeps entries in one file that another connection (another build) reads", () => {
    const store = openEntryStore(root, "readings");
    expect(store.read("a")).toBeUndefined();
    store.write("a", '{"x":1}');
    store.write("b", "[]");
    store.write("a", '{"x":2}');
    expect(store.read("a")).toBe('{"x":2}');
    const other = openEntryStore(root, "readings");
    expect(other.read("b")).toBe("[]");
    other.write("c", '"からの値"');
    expect(store.read("c")).toBe('"からの値"');
    const rows = database().prepare("SELECT count(*) AS n FROM entries").get() as { n: number };
    expect(rows.n).toBe(3);
  });

  it("removes the entries unused for 30 days, and a read keeps an entry", () => {
    const store = openEntryStore(root, "readings");
    for (const key of ["old", "read-again", "new"]) store.write(key, "1");
    const aged = Date.now() - MAX_AGE_MS - 60_000;
    database().prepare("UPDATE entries SET used = ? WHERE key != 'new'").run(aged);
    expect(store.read("read-again")).toBe("1");
    store.prune();
    expect(store.read("old")).toBeUndefined();
    expect(store.read("read-again")).toBe("1");
    expect(store.read("new")).toBe("1");
  });

  it("replaces a file that is not a SQLite database, and removes the old folder of one file per entry", () => {
    mkdirSync(path.join(root, "cache", "readings"), { recursive: true });
    writeFileSync(path.join(root, "cache", "readings", "0123.bin"), "[]");
    writeFileSync(path.join(root, "cache", "readings.sqlite"), "これはデータベースではありません".repeat(200));
    const store = openEntryStore(root, "readings");
    expect(store.read("a")).toBeUndefined();
    store.write("a", "[]");
    expect(store.read("a")).toBe("[]");
    expect(existsSync(path.join(root, "cache", "readings"))).toBe(false);
  });

  it("stores nothing with ZAITAKU_NO_CACHE=1", () => {
    vi.stubEnv("ZAITAKU_NO_CACHE", "1");
    const store = openEntryStore(root, "readings");
    store.write("a", "[]");
    expect(store.read("a")).toBeUndefined();
    expect(existsSync(path.join(root, "cache", "readings.sqlite"))).toBe(false);
  });
});
