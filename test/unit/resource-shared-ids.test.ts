/** Two files that number their rows alike describe different facilities: one page each, said once per file. */
import { describe, expect, it } from "vitest";
import { readResources } from "../../src/loaders/resources.ts";
import { readSiteConfig } from "../../src/loaders/site-config.ts";
import { makeContent, TEST_SITE_YAML } from "../helpers/content-folder.ts";

const HEADER = "ID,名称,医療機関の種類,住所\n";

function load(files: Record<string, string>) {
  const dir = makeContent({ "site.yaml": `${TEST_SITE_YAML}resources:\n  area: all\n`, ...files });
  return readResources(dir, readSiteConfig(dir).config);
}

describe("an ID/NO shared by two files", () => {
  it("keeps both facilities, the later file's page URL carrying its file name, with one warning for that file", () => {
    const { resources, issues } = load({
      "resources/a-byouin.csv": `${HEADER}1,あおば病院,病院,東京都架空町中央1-1\n2,みどり病院,病院,東京都架空町北2-2\n`,
      "resources/b-yakkyoku.csv": `${HEADER}1,ひかり薬局,薬局,東京都架空町南3-3\n`,
    });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(resources.map((r) => [r.id, r.name])).toEqual([
      ["iryo-1", "あおば病院"],
      ["iryo-2", "みどり病院"],
      ["iryo-b-yakkyoku-1", "ひかり薬局"],
    ]);
    const said = issues.filter((i) => i.message.includes("ほかのファイルの ID と重なる"));
    expect(said.map((i) => [i.file, i.severity])).toEqual([["resources/b-yakkyoku.csv", "warning"]]);
  });

  it("the same ID twice in one file is still an error", () => {
    const { issues } = load({
      "resources/a.csv": `${HEADER}1,あおば病院,病院,東京都架空町中央1-1\n1,みどり病院,病院,東京都架空町北2-2\n`,
    });
    expect(issues.filter((i) => i.severity === "error").map((i) => i.message)).toEqual([
      expect.stringContaining("同じ ID の医療機関が resources/a.csv の 2 行目にもあります"),
    ]);
  });
});
