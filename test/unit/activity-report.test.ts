import { describe, expect, it } from "vitest";
import {
  activityReport,
  fiscalYearReport,
  type ReportEvent,
  type ReportInput,
  reportYears,
} from "../../src/lib/report/activity-report.ts";
import { reportToCsv, reportToMarkdown } from "../../src/lib/report/activity-report-format.ts";

let n = 0;
function event(startDate: string, extra: Partial<ReportEvent["data"]> = {}): ReportEvent {
  n += 1;
  return {
    id: `e${n}`,
    data: { title: `催し${n}`, kind: "講演会", startDate, endDate: startDate, cancelled: false, audience: ["住民"], ...extra },
  };
}

function input(events: ReportEvent[], extra: Partial<ReportInput> = {}): ReportInput {
  return { today: "2027-06-01", events, pamphlets: [], targets: [], towns: [], ...extra };
}

describe("fiscal-year boundaries", () => {
  it("puts 3/31 in the earlier year and 4/1 in the next", () => {
    const data = input([event("2027-03-31"), event("2027-04-01")]);
    expect(fiscalYearReport(data, 2026).events).toBe(1);
    expect(fiscalYearReport(data, 2027).events).toBe(1);
  });
  it("counts a multi-day event crossing 4/1 once, in the year it starts", () => {
    const data = input([event("2027-03-30", { endDate: "2027-04-02" })]);
    expect(fiscalYearReport(data, 2026).events).toBe(1);
    expect(fiscalYearReport(data, 2027).events).toBe(0);
  });
  it("separates held, scheduled and cancelled events by today", () => {
    const data = input([event("2027-05-31"), event("2027-06-01"), event("2027-06-02"), event("2027-05-01", { cancelled: true })]);
    const y = fiscalYearReport(data, 2027);
    expect([y.events, y.scheduled, y.cancelled, y.inProgress]).toEqual([2, 1, 1, true]);
  });
});

describe("labels across the era table", () => {
  it("labels fiscal years in 和暦 and Western years", () => {
    const data = input([], { today: "2027-06-01" });
    expect(fiscalYearReport(data, 2026).label).toEqual({ western: "2026年度", wareki: "令和8年度" });
    expect(fiscalYearReport(data, 2019).label.wareki).toBe("平成31年度");
    expect(fiscalYearReport(data, 2020).label.wareki).toBe("令和2年度");
    expect(fiscalYearReport(data, 1988).label.wareki).toBe("昭和63年度");
  });
});

describe("breakdowns and attendance", () => {
  it("counts by kind, area and audience, and lists events without attendance", () => {
    const data = input([
      event("2026-05-10", { kind: "出前講座", area: "北地区", attendance: 30 }),
      event("2026-06-10", { kind: "出前講座", area: "北地区", attendance: 15, audience: ["住民", "介護事業所"] }),
      event("2026-07-10", { kind: "認知症カフェ" }),
    ]);
    const y = fiscalYearReport(data, 2026);
    expect(y.byKind).toMatchObject({ 出前講座: 2, 認知症カフェ: 1, 講演会: 0 });
    expect(y.byArea).toEqual({ 北地区: 2, 地区の記録なし: 1 });
    expect(y.byAudience).toEqual({ 住民: 3, 医療機関: 0, 介護事業所: 1 });
    expect(y.attendance).toMatchObject({ total: 45, recordedEvents: 2, average: 22.5 });
    expect(y.attendance.missing.map((e) => e.kind)).toEqual(["認知症カフェ"]);
    expect(y.outreachTalksHeld).toBe(2);
  });
  it("handles a year with no events at all", () => {
    const y = fiscalYearReport(input([]), 2026);
    expect(y.events).toBe(0);
    expect(y.attendance.average).toBeNull();
    expect(reportToMarkdown(activityReport(input([]), [2026]))).toContain("開催した催し: **0 回**");
  });
});

describe("targets", () => {
  it("compares only the targets that are set, with the gap", () => {
    const data = input([event("2026-05-10"), event("2026-06-10", { attendance: 40 })], {
      targets: [{ fiscalYear: 2026, lectures: 4, participants: 30 }],
    });
    expect(fiscalYearReport(data, 2026).targets).toEqual([
      { label: "講演会の回数", target: 4, actual: 2, gap: -2, achieved: false },
      { label: "参加者数の合計", target: 30, actual: 40, gap: 10, achieved: true },
    ]);
  });
  it("reports no targets for a year without a plan", () => {
    const data = input([], { targets: [{ fiscalYear: 2025, lectures: 1 }] });
    expect(fiscalYearReport(data, 2026).targets).toEqual([]);
    expect(reportToMarkdown(activityReport(data, [2026]))).toContain("目標は site.yaml の targets に書かれていません");
  });
});

describe("pamphlets and towns", () => {
  it("counts pamphlets updated in the year and flags those not reviewed for a year", () => {
    const data = input([], {
      today: "2026-11-28",
      pamphlets: [
        { slug: "a", data: { title: "A", updated: "2026-04-01" } },
        { slug: "b", data: { title: "B", updated: "2025-11-28" } },
        { slug: "c", data: { title: "C", updated: "2025-11-27" } },
      ],
    });
    const y = fiscalYearReport(data, 2026);
    expect(y.pamphletsUpdated.map((p) => p.slug)).toEqual(["a"]);
    expect(y.pamphletsNotReviewed.map((p) => [p.slug, p.days])).toEqual([["c", 366]]);
  });
  it("lists towns where no held event took place, matching area or venue address across widths", () => {
    const data = input(
      [
        event("2026-05-10", { area: "北町" }),
        event("2026-05-11", { place: { name: "南町会館", address: "東京都架空市中央町１丁目2-3" } }),
        event("2026-05-12", { area: "東町", cancelled: true }),
      ],
      { towns: ["北町", "中央町1丁目", "東町", "西町"] },
    );
    expect(fiscalYearReport(data, 2026).townsWithoutEvents).toEqual(["東町", "西町"]);
  });
});

describe("years and outputs", () => {
  it("defaults to the current fiscal year and can cover all years", () => {
    const data = input([event("2024-05-01")], { today: "2027-02-01" });
    expect(reportYears(data, undefined)).toEqual([2026]);
    expect(reportYears(data, 2025)).toEqual([2025]);
    expect(reportYears(data, "all")).toEqual([2026, 2025, 2024]);
  });
  it("writes a CSV for Excel: BOM, CRLF, quoted cells", () => {
    const csv = reportToCsv(activityReport(input([event("2026-05-10", { area: "北,地区" })]), [2026]));
    expect(csv.startsWith("\uFEFF年度,区分,項目,値\r\n")).toBe(true);
    expect(csv).toContain('令和8年度,地区,"北,地区",1\r\n');
  });
  it("writes a 地区 that looks like a formula as text, so Excel does not run it", () => {
    const areas = ['=HYPERLINK("http://x")', "+1+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3"];
    const csv = reportToCsv(activityReport(input(areas.map((area) => event("2026-05-10", { area }))), [2026]));
    const cells = csv.split("\r\n").flatMap((line) => (line.startsWith("令和8年度,地区,") ? [line] : []));
    expect(cells).toHaveLength(4);
    for (const line of cells) expect(line).toMatch(/^令和8年度,地区,"?'/);
    expect(csv).toContain("令和8年度,地区,'@SUM(A1),1\r\n");
  });
});
