/**
 * How big each synthetic municipality is: the benchmark sizes, the default seed, and how a size's totals are shared
 * between files and formats (CSV rows and MDX events, the three resource layouts).
 */

/** Benchmark sizes. XS exists for tests only. */
export type SizeName = "XS" | "S" | "M" | "L";

/** How much content one size has. */
export interface SizeSpec {
  pamphlets: number;
  /** All events: CSV rows plus MDX files. */
  events: number;
  /** All resources: 医療機関 plus 介護サービス事業所 rows. */
  resources: number;
  windows: number;
  /** 出前講座 menu items (talks/*.mdx); 出前講座 events refer to them. */
  talks: number;
  /** Municipalities covered: 1 for a town or city, several for a prefecture-wide site. */
  municipalities: number;
}

/** The content of each size: a town (S), a city (M) and a whole prefecture (L), as docs/performance.md tabulates. */
export const SIZES: Record<SizeName, SizeSpec> = {
  XS: { pamphlets: 3, events: 8, resources: 12, windows: 2, talks: 2, municipalities: 1 },
  S: { pamphlets: 10, events: 60, resources: 150, windows: 5, talks: 6, municipalities: 1 },
  M: { pamphlets: 40, events: 600, resources: 1500, windows: 20, talks: 10, municipalities: 1 },
  L: { pamphlets: 200, events: 6000, resources: 25000, windows: 200, talks: 12, municipalities: 12 },
};

/** The default seed: the same seed gives the same bytes. */
export const DEFAULT_SEED = "zaitaku-bench-1";

/** How the events and resources are split between files and formats, for a total count. */
export function splitCounts(spec: SizeSpec): {
  eventMdx: number;
  eventCsvRows: number;
  medicalRows: number;
  careRows: number;
  mhlwRows: number;
} {
  const eventMdx = Math.min(100, Math.ceil(spec.events / 10));
  const medicalRows = Math.round(spec.resources * 0.4);
  const mhlwRows = Math.round(spec.resources * 0.2);
  return {
    eventMdx,
    eventCsvRows: spec.events - eventMdx,
    medicalRows,
    mhlwRows,
    careRows: spec.resources - medicalRows - mhlwRows,
  };
}
