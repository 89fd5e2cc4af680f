/**
 * A small horizontal bar chart of the questionnaire shares, drawn as SVG at build time (no chart service, no
 * script): one group per indicator, one bar per fiscal year. The numbers are also in the table beside it, so the
 * chart is decoration for sighted readers and carries a text alternative that states every value.
 */
import { formatSurveyFigure } from "./activity-report-format.ts";
import type { SurveyFigures } from "./survey-summary.ts";

/** The indicators drawn (shares only: the 1–5 mean has another scale). */
const CHART_KEYS = ["knewShare", "preferHomeShare", "talkedShare"] as const;

const CHART_LABELS: Record<(typeof CHART_KEYS)[number], string> = {
  knewShare: "在宅医療を知っていた",
  preferHomeShare: "最期は自宅で",
  talkedShare: "家族と話した",
};

/** One fiscal year's bars. */
export interface ChartYear {
  /** e.g. 令和8年度 */
  label: string;
  figures: SurveyFigures;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Draws the chart.
 * @param years newest first (as in the report); at most the first two are drawn
 * @returns the SVG markup and its text alternative
 */
export function surveyChartSvg(years: readonly ChartYear[]): { svg: string; alt: string } {
  const shown = years.slice(0, 2).reverse();
  const labelWidth = 190;
  const barMax = 300;
  const barHeight = 22;
  const gap = 6;
  const groupGap = 18;
  const fills = ["#8a9bb0", "#1d4f91"];
  const parts: string[] = [];
  let y = 10;
  for (const key of CHART_KEYS) {
    parts.push(`<text x="0" y="${y + barHeight - 6}" font-size="15" fill="#1a1a1a">${escapeXml(CHART_LABELS[key])}</text>`);
    shown.forEach((year, i) => {
      const value = year.figures[key];
      const width = value === null ? 0 : Math.round(value * barMax);
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${width}" height="${barHeight}" fill="${fills[i + 2 - shown.length] ?? fills[1]}"/>`,
        `<text x="${labelWidth + width + 6}" y="${y + barHeight - 6}" font-size="14" fill="#1a1a1a">${escapeXml(`${year.label} ${formatSurveyFigure(key, value)}`)}</text>`,
      );
      y += barHeight + gap;
    });
    y += groupGap;
  }
  const height = y;
  const width = labelWidth + barMax + 150;
  const alt = CHART_KEYS.map(
    (key) => `${CHART_LABELS[key]}: ${shown.map((yr) => `${yr.label} ${formatSurveyFigure(key, yr.figures[key])}`).join("、")}`,
  ).join("。");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="survey-chart" role="img" aria-label="${escapeXml(alt)}">${parts.join("")}</svg>`;
  return { svg, alt };
}
