import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../src/loaders/site-config.ts";
import { copyFixture, editFile } from "../helpers/fixture-site.ts";

describe("site.yaml", () => {
  it("loads the fixture with normalised values and defaults", () => {
    const dir = copyFixture("minimal");
    const { config, issues } = readSiteConfig(path.join(dir, "content"));
    expect(issues).toEqual([]);
    expect(config?.municipality.code).toBe("011002");
    expect(config?.site.base).toBe("/zaitaku/");
    expect(config?.accessibility.targetLevel).toBe("AA");
    expect(config?.targets).toEqual([]);
    expect(config?.print.font).toBe("biz-udpgothic");
  });

  it("takes print.font: noto-sans-jp and names the field of an unknown font", () => {
    const dir = copyFixture("minimal");
    editFile(dir, "site.yaml", (t) => `${t}print:\n  font: noto-sans-jp\n`);
    expect(readSiteConfig(path.join(dir, "content")).config?.print.font).toBe("noto-sans-jp");
    editFile(dir, "site.yaml", (t) => t.replace("font: noto-sans-jp", "font: mincho"));
    const { config, issues } = readSiteConfig(path.join(dir, "content"));
    expect(config).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "site.yaml", field: "print.font", value: "mincho" });
  });

  it("names the line, field and value of a wrong check digit", () => {
    const dir = copyFixture("minimal");
    editFile(dir, "site.yaml", (t) => t.replace('code: "011002"', 'code: "011003"'));
    const { config, issues } = readSiteConfig(path.join(dir, "content"));
    expect(config).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "site.yaml", line: 4, field: "municipality.code", value: "011003" });
    expect(issues[0]?.message).toContain("011002");
  });

  it("reports every problem at once: missing field, bad phone, unknown key, bad base", () => {
    const dir = copyFixture("minimal");
    editFile(dir, "site.yaml", (t) =>
      t
        .replace("  title: 試験町 在宅医療のてびき\n", "")
        .replace("phone: 03-0000-9999", "phone: 内線123")
        .replace("  hours:", "  hourz: x\n  hours:")
        .replace("base: /zaitaku/", "base: zaitaku"),
    );
    const { issues } = readSiteConfig(path.join(dir, "content"));
    const byField = Object.fromEntries(issues.map((i) => [i.field, i]));
    expect(byField["site.title"]?.message).toBe("必須の項目がありません");
    expect(byField["department.phone"]).toMatchObject({ line: 13, value: "内線123" });
    expect(byField["department.phone"]?.message).toContain("電話番号");
    expect(byField["department.hourz"]).toMatchObject({ line: 14, message: "知らない項目名です" });
    expect(byField["site.base"]?.message).toContain("/zaitaku/");
  });

  it("locates YAML syntax errors", () => {
    const dir = copyFixture("minimal");
    writeFileSync(path.join(dir, "content/site.yaml"), "municipality:\n  name: 町\n  name: 重複\n");
    const { issues } = readSiteConfig(path.join(dir, "content"));
    expect(issues[0]).toMatchObject({ file: "site.yaml", line: 3 });
    expect(issues[0]?.message).toContain("同じ項目名");
  });

  it("says where it looked when site.yaml is missing", () => {
    const { issues } = readSiteConfig("/nonexistent/folder");
    expect(issues[0]?.message).toContain("/nonexistent/folder/site.yaml");
  });
});
