import { describe, expect, it } from "vitest";
import { siteSettingsSchema } from "../../src/schemas/site.ts";

const settings = (base: string) => ({ title: "t", description: "d", url: "https://zaitaku.example.jp", base });

describe("site.yaml site.base", () => {
  it.each(["/../", "/./", "/zaitaku/../", "/a/./b/", "/.../", ".."])(
    "「%s」 (a segment of only dots) is refused at base",
    (base) => {
      const result = siteSettingsSchema.safeParse(settings(base));
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["base"]);
    },
  );

  it.each([
    ["/", "/"],
    ["/zaitaku/", "/zaitaku/"],
    ["/zaitaku", "/zaitaku/"],
    ["/v1.2/", "/v1.2/"],
    ["/.well/", "/.well/"],
  ])("「%s」 is accepted as %s", (base, expected) => {
    expect(siteSettingsSchema.parse(settings(base)).base).toBe(expected);
  });
});
