/** `.columns.yaml` beside a resource CSV: staff map a file in no national layout; every mistake is located. */
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/content/content-issue.ts";
import { readResources } from "../../src/loaders/resources.ts";
import { readSiteConfig } from "../../src/loaders/site-config.ts";
import { makeContent, TEST_SITE_YAML } from "../helpers/content-folder.ts";

const CSV =
  "番号,施設名,所在地,種別,電話\n1,みどり薬局,東京都架空町中央1-2-3,薬局,03-1234-5678\n2,あおば病院,東京都架空町北2-1,病院,03-2345-6789\n";

function load(files: Record<string, string>) {
  const dir = makeContent({ "site.yaml": `${TEST_SITE_YAML}resources:\n  area: all\n`, ...files });
  const result = readResources(dir, readSiteConfig(dir).config);
  return { ...result, errors: result.issues.filter((i) => i.severity === "error").map(formatIssue) };
}

describe("resources/<name>.columns.yaml", () => {
  it("reads a file in no national layout through the staff's mapping", () => {
    const { resources, errors, files } = load({
      "resources/kusuri.csv": CSV,
      "resources/kusuri.columns.yaml":
        "format: 医療機関一覧\ncolumns:\n  ID: 番号\n  名称: 施設名\n  住所: 所在地\n  医療機関の種類: 種別\n  電話番号: 電話\n",
    });
    expect(errors).toEqual([]);
    expect(resources.map((r) => [r.name, r.category, r.phone])).toEqual([
      ["みどり薬局", "薬局", "03-1234-5678"],
      ["あおば病院", "病院", "03-2345-6789"],
    ]);
    expect(files[0]?.layout).toBe("医療機関一覧（kusuri.columns.yaml の対応づけ）");
  });

  it("without the mapping the same file is refused with the closest layout named", () => {
    expect(load({ "resources/kusuri.csv": CSV }).errors.join("\n")).toMatch(/どの形式の CSV か判別できません/);
  });

  it("names the line of a column name that is not a national one", () => {
    const { errors } = load({
      "resources/kusuri.csv": CSV,
      "resources/kusuri.columns.yaml": "format: 医療機関一覧\ncolumns:\n  名称: 施設名\n  じゅうしょ: 所在地\n",
    });
    expect(errors).toEqual([
      expect.stringMatching(/^エラー: resources\/kusuri\.columns\.yaml:4 .*「じゅうしょ」は全国の形式の列名ではありません/),
    ]);
  });

  it("says which column the CSV lacks, listing the ones it has", () => {
    const { errors } = load({
      "resources/kusuri.csv": CSV,
      "resources/kusuri.columns.yaml": "format: 医療機関一覧\ncolumns:\n  名称: 名前\n  住所: 所在地\n",
    });
    expect(errors.join("\n")).toContain("resources/kusuri.csv に「名前」という列がありません");
    expect(errors.join("\n")).toContain("「施設名」");
    expect(errors.join("\n")).toContain("「名称」にあたる列がありません");
  });

  it("a wrong format name is located", () => {
    const { errors } = load({
      "resources/kusuri.csv": CSV,
      "resources/kusuri.columns.yaml": "format: 薬局一覧\ncolumns:\n  名称: 施設名\n  住所: 所在地\n",
    });
    expect(errors).toEqual([
      expect.stringMatching(/kusuri\.columns\.yaml:1 .*format は 医療機関一覧・介護サービス事業所一覧 のどちらか/),
    ]);
  });

  it("fixed values fill every row; a sidecar without its CSV is a warning", () => {
    const { resources, errors, issues } = load({
      "resources/kusuri.csv": CSV.replace(",種別", ",分類"),
      "resources/kusuri.columns.yaml":
        "format: 介護サービス事業所一覧\ncolumns:\n  名称: 施設名\n  住所: 所在地\nvalues:\n  実施サービス: 訪問介護\n",
      "resources/old.columns.yaml": "format: 医療機関一覧\ncolumns:\n  名称: a\n",
    });
    expect(errors).toEqual([]);
    expect(resources.map((r) => r.services)).toEqual([["訪問介護"], ["訪問介護"]]);
    expect(issues.filter((i) => i.file === "resources/old.columns.yaml").map((i) => i.severity)).toEqual(["warning"]);
  });
});
