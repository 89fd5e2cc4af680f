/** Where a finding inside a text is reported: a document's later lines, but a CSV cell's own row. */
import { describe, expect, it } from "vitest";
import { spanPosition } from "../../../src/checks/model.ts";

describe("spanPosition", () => {
  const text = "２４時間可能。\nただし、２４時間通報の場合のみ";
  const at = text.lastIndexOf("２４");

  it("a multi-line text in a document continues on the document's next lines", () => {
    expect(spanPosition({ file: "pamphlets/a.mdx", line: 10, column: 3, text, role: "prose" }, at)).toEqual({
      line: 11,
      column: 5,
    });
  });

  it("a line break inside a CSV cell keeps the finding on the cell's row (header = row 1)", () => {
    const span = { file: "resources/jigyosho_710.csv", line: 2, field: "利用可能曜日特記事項", text, role: "prose" as const };
    expect(spanPosition(span, at)).toEqual({ line: 2, column: undefined });
    expect(spanPosition(span, 0)).toEqual({ line: 2, column: undefined });
  });
});
