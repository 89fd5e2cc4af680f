import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MAP_LIST_LIMIT } from "../../src/lib/resources/map-places.ts";
import { type BuildRun, copyFixture, runBuild } from "../helpers/fixture-site.ts";

/**
 * The map page lists a category by name only up to MAP_LIST_LIMIT places. Resource pages of a larger category must
 * not link to a #resource-<id> that does not exist, nor window pages to a #window-<slug> when there are more windows
 * than that: the post-build verification refuses such a site.
 */
describe("「地図で見る」 links of windows and resources beyond the map list's size", () => {
  let run: BuildRun;
  beforeAll(() => {
    const dir = copyFixture("windows");
    const file = path.join(dir, "content/resources/kaigo-kouhyou.csv");
    const lines = readFileSync(file, "utf8").split(/\r?\n/);
    const template = lines[1] ?? "";
    const extra = Array.from({ length: MAP_LIST_LIMIT + 1 }, (_, i) => {
      const n = String(i + 10).padStart(2, "0");
      return template
        .replace(/^011002,1,/, `011002,${100 + i},`)
        .replace("訪問看護ステーションみなと", `訪問看護ステーション${n}`)
        .replace("ホウモンカンゴステーションミナト", "ホウモンカンゴステーション")
        .replace("03-0000-5001", `03-0000-51${n}`)
        .replace("0170000001", `01700001${n}`);
    });
    writeFileSync(file, [...lines.filter((l) => l !== ""), ...extra, ""].join("\r\n"));
    // More windows (with coordinates) than the map page lists by name.
    for (let i = 0; i < MAP_LIST_LIMIT + 1; i++) {
      const n = String(i + 10).padStart(2, "0");
      writeFileSync(
        path.join(dir, "content/windows", `extra-${n}.yaml`),
        `name: 見本町出張相談窓口${n}\nkind: 地域包括支援センター\naddress: 北海道見本町港町${n}番\nphone: 03-0000-31${n}\nlatitude: 43.0${n}\nlongitude: 141.3${n}\nhours:\n  weekly:\n    平日: 9:00-17:00\n`,
      );
    }
    run = runBuild(dir);
  });

  it("builds: the verification finds every anchor", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("リンク切れや安全でない書き方はありませんでした");
  });

  it("links a large category's offices to the map page itself", () => {
    const pages = readdirSync(path.join(run.outDir, "resources")).filter((n) => /^kaigo-/.test(n));
    const links = pages.map(
      (p) =>
        /href="([^"]*map[^"]*)">地図で見る/.exec(readFileSync(path.join(run.outDir, "resources", p, "index.html"), "utf8"))?.[1],
    );
    expect(links.filter((l) => l === "/soudan/map/").length).toBeGreaterThan(MAP_LIST_LIMIT);
  });

  it("links every window to the map page itself when there are more windows than the map lists", () => {
    const pages = readdirSync(path.join(run.outDir, "windows"), { withFileTypes: true }).filter((d) => d.isDirectory());
    const links = pages.map(
      (p) =>
        /href="([^"]*map[^"]*)">地図で見る/.exec(
          readFileSync(path.join(run.outDir, "windows", p.name, "index.html"), "utf8"),
        )?.[1],
    );
    expect(links.filter((l) => l === "/soudan/map/").length).toBeGreaterThan(MAP_LIST_LIMIT);
    expect(links.filter((l) => l?.includes("#window-"))).toEqual([]);
  });
});
