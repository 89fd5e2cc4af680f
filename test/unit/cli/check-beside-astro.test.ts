import { describe, expect, it } from "vitest";
import { checkBesideAstro } from "../../../src/cli/check-beside-astro.ts";

/** A promise with its settling functions, to decide the order in which the check and Astro end. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Astro's pages as a controllable piece of work: `stop()` settles it as a killed child would (an error). */
function fakePages() {
  const done = deferred<void>();
  const seen = { started: 0, stopped: 0 };
  return {
    seen,
    done,
    start: () => {
      seen.started++;
      return done.promise;
    },
    stop: () => {
      seen.stopped++;
      done.reject(new Error("killed"));
    },
  };
}

interface Checked {
  refused: string | undefined;
}
const refuses = (checked: Checked) => checked.refused !== undefined;

describe("checking while Astro starts", () => {
  it("starts Astro before the check ends, and lets it run on when the check passes", async () => {
    const pages = fakePages();
    const check = deferred<Checked>();
    const result = checkBesideAstro(() => check.promise, refuses, pages.start, pages.stop);
    expect(pages.seen.started).toBe(1);
    check.resolve({ refused: undefined });
    const { checked, pages: wait } = await result;
    expect(checked.refused).toBeUndefined();
    expect(pages.seen.stopped).toBe(0);
    expect(wait).toBeDefined();
    let finished = false;
    const waiting = wait?.().then(() => {
      finished = true;
    });
    await Promise.resolve();
    expect(finished).toBe(false);
    pages.done.resolve();
    await waiting;
    expect(finished).toBe(true);
  });

  it("a refusal stops Astro and returns only once it has ended", async () => {
    const pages = fakePages();
    let ended = false;
    const start = () =>
      pages.start().finally(() => {
        ended = true;
      });
    const { checked, pages: wait } = await checkBesideAstro(async () => ({ refused: "エラー 1 件" }), refuses, start, pages.stop);
    expect(checked.refused).toBe("エラー 1 件");
    expect(wait).toBeUndefined();
    expect(pages.seen.stopped).toBe(1);
    expect(ended).toBe(true);
  });

  it("Astro failing first still waits for the check, whose refusal wins", async () => {
    const pages = fakePages();
    const check = deferred<Checked>();
    const result = checkBesideAstro(() => check.promise, refuses, pages.start, pages.stop);
    pages.done.reject(new Error("Astro の生のエラー"));
    // Let the failure be seen before the check ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    check.resolve({ refused: "エラー 2 件" });
    const { checked, pages: wait } = await result;
    expect(checked.refused).toBe("エラー 2 件");
    expect(wait).toBeUndefined();
  });

  it("Astro failing first is thrown when the pages are waited for, after a passing check", async () => {
    const pages = fakePages();
    const check = deferred<Checked>();
    const result = checkBesideAstro(() => check.promise, refuses, pages.start, pages.stop);
    pages.done.reject(new Error("Astro failed"));
    await new Promise((resolve) => setTimeout(resolve, 0));
    check.resolve({ refused: undefined });
    const { pages: wait } = await result;
    await expect(wait?.()).rejects.toThrow("Astro failed");
    expect(pages.seen.stopped).toBe(0);
  });

  it("the check's own failure stops Astro, waits for it and is thrown instead of Astro's", async () => {
    const pages = fakePages();
    const outcome = checkBesideAstro(
      async () => {
        throw new Error("check failed");
      },
      refuses,
      pages.start,
      pages.stop,
    );
    await expect(outcome).rejects.toThrow("check failed");
    expect(pages.seen.stopped).toBe(1);
  });
});
