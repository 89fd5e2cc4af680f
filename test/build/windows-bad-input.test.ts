import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, editFile, runBuild } from "../helpers/fixture-site.ts";

/** Bad windows and resources stop the build before Astro runs, with located Japanese messages. */
describe("bad windows and resources stop the build", () => {
  const cases: { name: string; breakIt: (dir: string) => void; expected: RegExp[] }[] = [
    {
      name: "a town claimed by two centres names both files",
      breakIt: (d) => editFile(d, "windows/yamanote.yaml", (t) => t.replace("  - やまのて", "  - やまのて\n  - 港町")),
      expected: [
        /windows\/yamanote\.yaml:13 項目「areas\.2」: 「港町」は windows\/honcho\.yaml（13 行目） でも担当地区になっています/,
      ],
    },
    {
      name: "a town served by no centre names the town in site.yaml",
      breakIt: (d) => editFile(d, "windows/yamanote.yaml", (t) => t.replace("  - やまのて\n", "")),
      expected: [/site\.yaml:18 項目「towns\.2」: 「山の手」を担当する地域包括支援センターがありません/],
    },
    {
      name: "hours that do not parse name the window file and field",
      breakIt: (d) => editFile(d, "windows/yamanote.yaml", (t) => t.replace("水: 9:00-17:00", "水: 午後のみ")),
      expected: [/windows\/yamanote\.yaml:8 項目「hours\.weekly\.水」: 「午後のみ」を時間として読めません/],
    },
    {
      name: "a CSV in no known format names the file and the expected columns",
      breakIt: (d) => writeFileSync(path.join(d, "content/resources/shisetsu.csv"), "名称,住所\r\n公民館,見本町1\r\n"),
      expected: [/resources\/shisetsu\.csv:1: どの形式の CSV か判別できません/, /医療機関一覧: 名称・医療機関の種類・住所/],
    },
    {
      // An unreadable coordinate only loses the map pin (a warning); one written without the other is refused.
      name: "a latitude without its longitude names the row and column",
      breakIt: (d) =>
        writeFileSync(
          path.join(d, "content/resources/extra.csv"),
          "名称,ID,医療機関の種類,住所,緯度,経度\r\nA,X1,病院,見本町1,43.1,\r\n",
        ),
      expected: [/resources\/extra\.csv:2 項目「経度」: 必須の値が空です/],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const dir = copyFixture("windows");
      c.breakIt(dir);
      const run = runBuild(dir);
      expect(run.status).toBe(1);
      for (const pattern of c.expected) expect(run.stderr).toMatch(pattern);
      expect(run.stderr).toContain("ビルドを中止しました");
      expect(existsSync(run.outDir)).toBe(false);
    });
  }
});
