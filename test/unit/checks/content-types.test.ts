import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "../../../src/loaders/check-content.ts";
import { loadContentModel } from "../../../src/loaders/content-model.ts";
import { copyFixture, editFile } from "../../helpers/fixture-site.ts";

/** Copies a fixture, edits it and runs every check. */
function checkFixture(name: string, edits: Record<string, (text: string) => string>, today = "2026-11-28") {
  const dir = copyFixture(name);
  for (const [file, edit] of Object.entries(edits)) editFile(dir, file, edit);
  return checkContent(path.join(dir, "content"), today);
}

const rows = (issues: ReturnType<typeof checkContent>, rule: string) =>
  issues.filter((i) => i.rule === rule).map((i) => [i.file, i.line, i.field, i.severity]);

describe("event checks", () => {
  it("warns about a CSV event that is over but still marked 予定", () => {
    const issues = checkFixture("events", {
      "events/current.csv": (t) =>
        t.replace("2026-12-17,2026-12-17,13:00,15:00,どなたでもどうぞ。", "2026-11-17,2026-11-17,13:00,15:00,どなたでもどうぞ。"),
    });
    // The fixture has no 開催状況 column: nothing to warn about yet.
    expect(rows(issues, "event-past-upcoming")).toEqual([]);
    const withStatus = checkFixture("events", {
      "events/current.csv": (t) =>
        t
          .replace("URL,地区,,", "URL,地区,開催状況,")
          .replace("2026-12-17,2026-12-17,13:00,15:00,どなたでもどうぞ。", "2026-11-17,2026-11-17,13:00,15:00,どなたでもどうぞ。")
          .replace(/南地区,,(\r?\n)/, "南地区,予定,$1")
          .replace(/中央地区,,(\r?\n)/, "中央地区,予定,$1"),
    });
    // Row 3 is over (2026-11-17) and says 予定; row 2 (2027-03-05) is still to come.
    expect(rows(withStatus, "event-past-upcoming")).toEqual([["events/current.csv", 3, "開催状況", "warning"]]);
  });

  it("warns about an upcoming event that needs an application but says not how, and about a capacity without one", () => {
    const issues = checkFixture("events", {
      "events/koen-2026-12.mdx": (t) => t.replace("  method: 電話で高齢福祉課へ\n", "").replace("  phone: 03-0000-5556\n", ""),
    });
    expect(rows(issues, "event-how-to-apply")).toEqual([["events/koen-2026-12.mdx", 17, "application", "warning"]]);

    const noApplication = checkFixture("events", {
      "events/koen-2026-12.mdx": (t) => t.replace(/application:\n(?: {2}.*\n)+/, ""),
    });
    expect(rows(noApplication, "event-how-to-apply")).toEqual([["events/koen-2026-12.mdx", 16, "application", "warning"]]);
    expect(noApplication.find((i) => i.rule === "event-how-to-apply")?.message).toContain("定員（100人）");
  });

  it("leaves past events and events with a method alone", () => {
    const issues = checkFixture(
      "events",
      {
        "events/koen-2026-12.mdx": (t) => t.replace("  method: 電話で高齢福祉課へ\n", "").replace("  phone: 03-0000-5556\n", ""),
      },
      "2026-12-06",
    );
    expect(rows(issues, "event-how-to-apply")).toEqual([]);
  });

  it("checks event bodies like pamphlets and knows event ids for links", () => {
    const dir = copyFixture("events");
    editFile(dir, "events/koen-2026-12.mdx", (t) => `${t}\n[こちら](/events/cafe-2026-1/)\n`);
    const issues = checkContent(path.join(dir, "content"), "2026-11-28").filter((i) => i.file === "events/koen-2026-12.mdx");
    expect(issues.map((i) => [i.rule, i.severity, i.hint])).toEqual([
      ["internal-links", "error", "もしかして: /events/cafe-2026-12/"],
      ["link-text", "warning", expect.any(String)],
    ]);
    const { model } = loadContentModel(path.join(dir, "content"), { today: "2026-11-28" });
    expect(model.routes.families.find((f) => f.prefix === "/events/")?.slugs).toEqual(
      expect.arrayContaining(["cafe-2026-12", "koen-2026-12", "kenshu-2025-06"]),
    );
  });
});

describe("window checks", () => {
  it("warns about a window whose hours leave every day closed", () => {
    const issues = checkFixture("windows", { "windows/city.yaml": (t) => t.replace("    平日: 8:45-17:30", "    平日: 休み") });
    expect(rows(issues, "window-hours")).toEqual([["windows/city.yaml", 6, "hours.weekly", "warning"]]);
  });

  it("checks window texts: a full-width phone is a warning with the half-width form", () => {
    const issues = checkFixture("windows", {
      "windows/city.yaml": (t) => t.replace("phone: 03-0000-9999", "phone: ０３－００００－９９９９"),
    });
    expect(rows(issues, "full-width-digits")).toEqual([["windows/city.yaml", 4, "phone", "warning"]]);
  });
});
