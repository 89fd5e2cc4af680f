import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentItems, moveRenderedInto, OVERLAP_LIMIT, rendersBesideAstro, runTogether } from "../../../src/cli/overlap.ts";

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e): [string, string] => {
        const full = path.join(e.parentPath, e.name);
        return [path.relative(dir, full), readFileSync(full, "utf8")];
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** A promise with its settling functions, to decide the order in which two sides end. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("whether a site renders beside Astro", () => {
  const site = (n: number) => ({
    pamphlets: Array(n),
    talks: Array(1),
    events: Array(2),
    windows: Array(3),
    resources: Array(4),
  });

  it("counts the pages' content items", () => {
    expect(contentItems(site(5))).toBe(15);
  });

  it("up to the limit, and the environment variable replaces the limit", () => {
    expect(rendersBesideAstro(OVERLAP_LIMIT.maxItems, {})).toBe(true);
    expect(rendersBesideAstro(OVERLAP_LIMIT.maxItems + 1, {})).toBe(false);
    expect(rendersBesideAstro(10, { [OVERLAP_LIMIT.env]: "0" })).toBe(false);
    expect(rendersBesideAstro(10, { [OVERLAP_LIMIT.env]: "9" })).toBe(false);
    expect(rendersBesideAstro(10, { [OVERLAP_LIMIT.env]: "10" })).toBe(true);
    expect(rendersBesideAstro(OVERLAP_LIMIT.maxItems * 10, { [OVERLAP_LIMIT.env]: "99999999" })).toBe(true);
    // Not a whole number: the built-in limit stays.
    expect(rendersBesideAstro(OVERLAP_LIMIT.maxItems + 1, { [OVERLAP_LIMIT.env]: "lots" })).toBe(false);
  });
});

describe("running two pieces of work together", () => {
  it("returns both results", async () => {
    const result = await runTogether({ run: async () => "pages", stop: () => {} }, { run: async () => 42, stop: () => {} });
    expect(result).toEqual(["pages", 42]);
  });

  it("stops the other side when one fails, waits for it, and throws the first error", async () => {
    const pages = deferred<string>();
    const events: string[] = [];
    const together = runTogether(
      {
        run: () => pages.promise.finally(() => events.push("pages settled")),
        stop: () => {
          events.push("pages stopped");
          // A killed child reports its own end, later and with another error.
          setTimeout(() => pages.reject(new Error("killed")), 20);
        },
      },
      { run: async () => Promise.reject(new Error("render failed")), stop: () => events.push("render stopped") },
    );
    await expect(together).rejects.toThrow("render failed");
    expect(events).toEqual(["pages stopped", "pages settled"]);
  });

  it("the other way round: a failed Astro stops the rendering", async () => {
    const render = deferred<number>();
    const together = runTogether(
      { run: async () => Promise.reject(new Error("Astro failed")), stop: () => {} },
      { run: () => render.promise, stop: () => render.reject(new Error("closed")) },
    );
    await expect(together).rejects.toThrow("Astro failed");
  });
});

describe("moving the rendered files into the site", () => {
  it("merges into existing folders, moves new ones whole, replaces files of the same name and removes the source", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "zaitaku-overlap-"));
    const site = path.join(root, "site");
    const rendered = path.join(root, "rendered");
    write(site, "index.html", "home");
    write(site, "pamphlets/a/index.html", "page a");
    write(site, "og/old.png", "astro's");
    write(rendered, "pamphlets/a.pdf", "pdf a");
    write(rendered, "og/old.png", "rendered");
    write(rendered, "og/pamphlets/a.png", "og a");
    write(rendered, "awareness/note.pdf", "note");
    moveRenderedInto(rendered, site);
    expect(files(site)).toEqual({
      "awareness/note.pdf": "note",
      "index.html": "home",
      "og/old.png": "rendered",
      "og/pamphlets/a.png": "og a",
      "pamphlets/a.pdf": "pdf a",
      "pamphlets/a/index.html": "page a",
    });
    expect(existsSync(rendered)).toBe(false);
  });

  it("does nothing when nothing was rendered", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "zaitaku-overlap-"));
    write(root, "site/index.html", "home");
    moveRenderedInto(path.join(root, "none"), path.join(root, "site"));
    expect(files(path.join(root, "site"))).toEqual({ "index.html": "home" });
  });
});
