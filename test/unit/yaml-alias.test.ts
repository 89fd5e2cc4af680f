import { describe, expect, it } from "vitest";
import { parseLocatedYaml } from "../../src/loaders/located-yaml.ts";

describe("YAML aliases in staff files", () => {
  it("locates an alias without its anchor instead of throwing", () => {
    const parsed = parseLocatedYaml("title: ok\ndescription: *注意\n", "pamphlets/a.mdx", 2);
    expect(parsed.data).toBeUndefined();
    expect(parsed.syntaxIssues).toEqual([
      expect.objectContaining({ file: "pamphlets/a.mdx", line: 3, value: "*注意", message: expect.stringContaining("&注意") }),
    ]);
  });

  it("refuses an alias bomb with a located issue", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 8 }, (_, i) => {
        const prev = String.fromCharCode(97 + i);
        const next = String.fromCharCode(98 + i);
        return `${next}: &${next} [${Array(10).fill(`*${prev}`).join(", ")}]`;
      }),
    ].join("\n");
    const parsed = parseLocatedYaml(bomb, "site.yaml");
    expect(parsed.data).toBeUndefined();
    expect(parsed.syntaxIssues[0]).toMatchObject({ file: "site.yaml", line: 1, severity: "error" });
    // In Japanese only: the parser's English message is not shown to staff.
    expect(parsed.syntaxIssues[0]?.message).toMatch(/何重にも繰り返して/);
    expect(parsed.syntaxIssues[0]?.message).not.toMatch(/[a-z]{4,}/);
  });

  it("still resolves ordinary anchors and aliases", () => {
    expect(parseLocatedYaml("a: &x 1\nb: *x\n", "site.yaml").data).toEqual({ a: 1, b: 1 });
  });
});
