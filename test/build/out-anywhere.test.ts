import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/fixture-site.ts";

/**
 * Staff may start the build from any folder and write the site anywhere: Astro's render chunks must still find the
 * project's packages, and a relative --out and CONTENT_DIR mean "from where I am".
 */
describe("build --out outside the project, started from outside the project", () => {
  it("builds into the folder named relative to where it was started", () => {
    const here = mkdtempSync(path.join(os.tmpdir(), "zaitaku-out-anywhere-"));
    const run = spawnSync(
      process.execPath,
      [path.join(projectRoot, "src/cli/build.ts"), "--out", "site", "--staff-out", "internal/report"],
      {
        cwd: here,
        env: {
          ...process.env,
          CONTENT_DIR: path.relative(here, path.join(projectRoot, "test/fixtures/sites/minimal")),
          SITE_TODAY: "2026-11-28",
        },
        encoding: "utf8",
        timeout: 240_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(here, "site", "index.html"))).toBe(true);
    // The staff-only outputs went where --staff-out said (relative to the start folder), not into the site.
    expect(existsSync(path.join(here, "internal/report/staff/report.pdf"))).toBe(true);
    expect(existsSync(path.join(here, "site", "staff"))).toBe(false);
    expect(existsSync(path.join(here, "site-staff"))).toBe(false);
    expect(run.stdout).toContain("リンク切れや安全でない書き方はありませんでした");
  }, 240_000);
});

describe("build --staff-out that overlaps the site folder", () => {
  it.each([
    ["inside the site folder", "site/staff-only"],
    ["the site folder itself", "site"],
    ["around the site folder", "."],
  ])("is refused before anything is built (%s)", (_name, staffOut) => {
    const here = mkdtempSync(path.join(os.tmpdir(), "zaitaku-staff-overlap-"));
    const run = spawnSync(
      process.execPath,
      [path.join(projectRoot, "src/cli/build.ts"), "--out", "site", "--staff-out", staffOut],
      {
        cwd: here,
        env: { ...process.env, CONTENT_DIR: path.join(projectRoot, "test/fixtures/sites/minimal"), SITE_TODAY: "2026-11-28" },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("職員用の出力フォルダ");
    expect(existsSync(path.join(here, "site"))).toBe(false);
  });
});
