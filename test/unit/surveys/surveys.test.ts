import { symlinkSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fiscalYearReport, type ReportEvent, type ReportInput } from "../../../src/lib/report/activity-report.ts";
import { reportToCsv, reportToMarkdown } from "../../../src/lib/report/activity-report-format.ts";
import { surveyChartSvg } from "../../../src/lib/report/survey-chart.ts";
import { surveyFigures } from "../../../src/lib/report/survey-summary.ts";
import { OUTSIDE_CONTENT_MESSAGE } from "../../../src/loaders/content-path.ts";
import { readSurveys } from "../../../src/loaders/surveys.ts";
import { preferredPlaces, type SurveyAnswer } from "../../../src/schemas/survey.ts";
import { makeContent } from "../../helpers/content-folder.ts";

const HEADER = "回答日,理解度,在宅医療を知っていた,最期を迎えたい場所,家族と話したことがある,感想";

describe("survey files", () => {
  it("refuses a file linked to outside the content folder with a located issue, and reads the others", () => {
    const outside = makeContent({ "secret.csv": `${HEADER}\n2026/10/17,5,はい,自宅,いいえ,SECRET-SURVEY\n` });
    const dir = makeContent({ "surveys/a.csv": `${HEADER}\n2026/10/17,4,はい,自宅,はい,\n` });
    symlinkSync(path.join(outside, "secret.csv"), path.join(dir, "surveys", "b.csv"));
    const { surveys, issues } = readSurveys(dir, new Set(["a", "b"]));
    expect(surveys.map((s) => s.eventId)).toEqual(["a"]);
    expect(issues.map((i) => [i.file, i.message])).toEqual([["surveys/b.csv", OUTSIDE_CONTENT_MESSAGE]]);
    expect(JSON.stringify(surveys)).not.toContain("SECRET-SURVEY");
  });

  it("reads UTF-8 with BOM and Shift_JIS alike, empty cells as no answer", () => {
    const text = `${HEADER}\r\n2026/10/17,5,はい,自宅,いいえ,よくわかった\r\n2026/10/17,,,,,\r\n2026/10/17,３,いいえ,わからない,はい,"長い, 感想"\r\n`;
    const dir = makeContent({
      "surveys/a.csv": `\uFEFF${text}`,
      "surveys/b.csv": iconv.encode(text, "cp932"),
    });
    const { surveys, issues } = readSurveys(dir, new Set(["a", "b"]));
    expect(issues).toEqual([]);
    expect(surveys.map((s) => s.eventId)).toEqual(["a", "b"]);
    for (const s of surveys) {
      expect(s.answers).toHaveLength(3);
      expect(s.answers[0]).toMatchObject({
        understanding: 5,
        knewHomeCare: true,
        preferredPlace: "自宅",
        talkedWithFamily: false,
      });
      expect(s.answers[1]).toEqual({ answeredOn: "2026-10-17" });
      expect(s.answers[2]).toMatchObject({ understanding: 3, comment: "長い, 感想" });
    }
  });

  it("locates bad cells by file, row and column and keeps the good rows", () => {
    const dir = makeContent({
      "surveys/a.csv": `${HEADER}\n2026/10/17,6,はい,自宅,はい,\n2026/10/17,4,たぶん,自宅,はい,\n2026/10/17,4,はい,海,はい,\n2026/10/17,4,はい,自宅,はい,\n`,
    });
    const { surveys, issues } = readSurveys(dir, new Set(["a"]));
    expect(issues.map((i) => [i.file, i.line, i.field])).toEqual([
      ["surveys/a.csv", 2, "理解度"],
      ["surveys/a.csv", 3, "在宅医療を知っていた"],
      ["surveys/a.csv", 4, "最期を迎えたい場所"],
    ]);
    expect(issues.every((i) => i.severity === "error" && /[ぁ-ん]/.test(i.message))).toBe(true);
    expect(surveys[0]?.answers).toHaveLength(1);
  });

  it("refuses a file named after no event and a file without the 理解度 column", () => {
    const dir = makeContent({
      "surveys/kouza-99.csv": `${HEADER}\n2026/10/17,5,はい,自宅,はい,\n`,
      "surveys/a.csv": "回答日,感想\n2026/10/17,よかった\n",
    });
    const { issues } = readSurveys(dir, new Set(["a"]));
    expect(issues).toHaveLength(2);
    expect(issues.find((i) => i.file === "surveys/kouza-99.csv")?.message).toMatch(/イベント「kouza-99」が見つかりません/);
    expect(issues.find((i) => i.file === "surveys/a.csv")?.message).toMatch(/理解度/);
  });
});

const answerArb: fc.Arbitrary<SurveyAnswer> = fc.record(
  {
    understanding: fc.integer({ min: 1, max: 5 }),
    knewHomeCare: fc.boolean(),
    preferredPlace: fc.constantFrom(...preferredPlaces),
    talkedWithFamily: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** The figures counted the long way: tally each question over the sheets as a person would on paper. */
function tally(answers: SurveyAnswer[]) {
  let uSum = 0;
  let uN = 0;
  let knewYes = 0;
  let knewN = 0;
  let home = 0;
  let placeN = 0;
  let talkedYes = 0;
  let talkedN = 0;
  for (const a of answers) {
    if (typeof a.understanding === "number") {
      uSum += a.understanding;
      uN++;
    }
    if (a.knewHomeCare === true) knewYes++;
    if (a.knewHomeCare !== undefined) knewN++;
    if (a.preferredPlace === "自宅") home++;
    if (a.preferredPlace !== undefined) placeN++;
    if (a.talkedWithFamily === true) talkedYes++;
    if (a.talkedWithFamily !== undefined) talkedN++;
  }
  return { uSum, uN, knewYes, knewN, home, placeN, talkedYes, talkedN };
}

describe("survey figures", () => {
  it("equal an independent tally, shares among those who answered", () => {
    fc.assert(
      fc.property(fc.array(answerArb, { maxLength: 60 }), (answers) => {
        const f = surveyFigures(answers);
        const t = tally(answers);
        expect(f.responses).toBe(answers.length);
        if (t.uN === 0) expect(f.understandingMean).toBeNull();
        else expect(Math.abs((f.understandingMean ?? 0) - t.uSum / t.uN)).toBeLessThanOrEqual(0.005);
        for (const [share, hits, n] of [
          [f.knewShare, t.knewYes, t.knewN],
          [f.preferHomeShare, t.home, t.placeN],
          [f.talkedShare, t.talkedYes, t.talkedN],
        ] as const) {
          if (n === 0) expect(share).toBeNull();
          else expect(Math.abs((share ?? -1) - hits / n)).toBeLessThanOrEqual(0.00005);
        }
      }),
    );
  });

  it("are given per fiscal year of the event, with the change against the year before", () => {
    const ev = (id: string, startDate: string): ReportEvent => ({
      id,
      data: { title: id, kind: "講演会", startDate, endDate: startDate, cancelled: false, audience: ["住民"] },
    });
    const input: ReportInput = {
      today: "2027-03-31",
      events: [ev("a", "2025-11-15"), ev("b", "2026-09-19"), ev("c", "2027-03-20")],
      pamphlets: [],
      targets: [],
      towns: [],
      surveys: [
        { eventId: "a", file: "surveys/a.csv", answers: [{ preferredPlace: "自宅" }, { preferredPlace: "病院" }] },
        { eventId: "b", file: "surveys/b.csv", answers: [{ preferredPlace: "自宅", understanding: 4 }] },
        { eventId: "c", file: "surveys/c.csv", answers: [{ preferredPlace: "施設", understanding: 2 }, {}] },
      ],
    };
    const y2026 = fiscalYearReport(input, 2026);
    expect(y2026.surveys.responses).toBe(3);
    expect(y2026.surveys.preferHomeShare).toBeCloseTo(1 / 2, 4);
    expect(y2026.surveys.understandingMean).toBe(3);
    expect(y2026.surveys.change?.preferHomeShare).toBeCloseTo(0, 4);
    expect(y2026.surveys.byEvent.map((e) => [e.id, e.responses])).toEqual([
      ["b", 1],
      ["c", 2],
    ]);
    const y2025 = fiscalYearReport(input, 2025);
    expect(y2025.surveys.change).toBeNull();
    expect(y2025.surveys.understandingMean).toBeNull();
    const report = { today: input.today, fiscalYears: [y2026, y2025] };
    expect(reportToMarkdown(report)).toContain("最期を自宅で迎えたい人の割合 | 50.0% | ±0.0 ポイント");
    expect(reportToCsv(report)).toContain("アンケート,回答数,3");
    const chart = surveyChartSvg(report.fiscalYears.map((y) => ({ label: y.label.wareki, figures: y.surveys })));
    expect(chart.svg).toMatch(/^<svg [^>]*role="img"/);
    expect(chart.alt).toContain("最期は自宅で: 令和7年度 50.0%、令和8年度 50.0%");
  });
});
