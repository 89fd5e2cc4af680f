/**
 * vitest global setup: every temporary folder the tests make (fixture sites, builds, caches, Chromium profiles) goes
 * under one folder of this run, removed when the run ends, so that `npm test` leaves nothing behind in /tmp. The
 * tests and the builds they start find it through TMPDIR, which `os.tmpdir()` reads on each call.
 * ZAITAKU_KEEP_TEST_TMP=1 keeps the folder for looking into a failure (its path is printed).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Makes the run's temporary folder and points TMPDIR at it; returns the teardown that removes it. */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), "zaitaku-test-run-"));
  const previous = process.env["TMPDIR"];
  process.env["TMPDIR"] = root;
  return () => {
    if (previous === undefined) delete process.env["TMPDIR"];
    else process.env["TMPDIR"] = previous;
    if (process.env["ZAITAKU_KEEP_TEST_TMP"]) {
      console.log(`テストの一時フォルダを残しました: ${root}`);
      return;
    }
    rmSync(root, { recursive: true, force: true });
  };
}
