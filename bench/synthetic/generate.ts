/**
 * Synthetic municipalities for the benchmark: a deterministic (seeded) content folder in the project's own formats —
 * site.yaml (with the `towns` list), pamphlets/*.mdx, talks/*.mdx, events (イベント一覧 CSV in the legacy
 * 推奨データセット header + a few MDX events), resources (医療機関一覧 with the `在宅_…` extension columns and
 * 介護サービス事業所一覧 legacy headers, and the MHLW 介護サービス情報公表 layout) and windows/*.yaml — at the sizes of a
 * town, a city and a whole prefecture (docs/performance.md). Everything is fictional: 架空 names, 03-0000-xxxx phones, *.example.jp.
 *
 * This file puts the folder together; each format is written by its own file following the schemas and loaders in
 * src/ (the unit test runs the project's validation on the output and expects no error or warning):
 * site-yaml.ts, pamphlets.ts, talks.ts, events.ts, resources.ts and windows.ts, on the places of municipalities.ts,
 * the sizes of sizes.ts and the word pools of vocabulary-*.ts.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CARE_LEGACY_HEADER, MEDICAL_LEGACY_HEADER, MHLW_HEADER } from "../../src/data/columns/resource-columns.ts";
import { type CsvSaveAs, csvBytes } from "./csv.ts";
import { eventCsvFiles, eventMdx, makeEvent } from "./events.ts";
import { localCode, municipalities, PREFECTURE } from "./municipalities.ts";
import { illustrationSvg, pamphletMdx, planPamphlets } from "./pamphlets.ts";
import { createRandom } from "./random.ts";
import { careRows, MEDICAL_HOME_CARE_COLUMNS, medicalRows, mhlwRows } from "./resources.ts";
import { siteYaml } from "./site-yaml.ts";
import { DEFAULT_SEED, SIZES, type SizeName, type SizeSpec, splitCounts } from "./sizes.ts";
import { talkMdx } from "./talks.ts";
import { TALKS } from "./vocabulary-events.ts";
import { IMAGE_ALTS } from "./vocabulary-pamphlets.ts";
import { windowFiles } from "./windows.ts";

// The benchmark, the site command and the tests import these from here, the generator's entry point.
export { SYNTHETIC_TODAY } from "./dates.ts";
export { DEFAULT_SEED, SIZES, type SizeName, type SizeSpec, splitCounts } from "./sizes.ts";

/** What was generated. */
export interface GeneratedSite {
  dir: string;
  size: SizeName;
  seed: string;
  counts: {
    pamphlets: number;
    eventCsvRows: number;
    eventMdx: number;
    medicalRows: number;
    careRows: number;
    mhlwRows: number;
    windows: number;
    talks: number;
    images: number;
  };
  /** Files written, relative to `dir`, sorted. */
  files: string[];
}

/**
 * Writes a synthetic content folder into `dir` (which must not exist or be empty).
 * @param size XS (tests), S (town), M (city) or L (prefecture)
 * @param seed the same seed writes the same bytes
 * @param counts counts that replace the size's own (tests: XS with more windows and resources than every list cap)
 */
export function generateSite(
  dir: string,
  size: SizeName,
  seed: string = DEFAULT_SEED,
  counts: Partial<SizeSpec> = {},
): GeneratedSite {
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: the generator only writes into an empty folder`);
  const spec: SizeSpec = { ...SIZES[size], ...counts };
  const split = splitCounts(spec);
  // One random stream per kind of content: the calls within a stream must stay in this order for the same bytes,
  // while streams are independent of each other.
  const stream = (name: string) => createRandom(`${seed}:${size}:${name}`);
  const munis = municipalities(stream("towns"), spec, size);
  const first = munis[0];
  if (!first) throw new Error("no municipality");
  const site = spec.municipalities > 1 ? { name: PREFECTURE, code: localCode("99000") } : { name: first.name, code: first.code };
  const files = new Map<string, string | Buffer>();

  files.set("site.yaml", siteYaml(size, site, munis));

  const images = Math.min(IMAGE_ALTS.length, spec.pamphlets);
  for (let n = 1; n <= images; n++) files.set(`images/illust-${n}.svg`, illustrationSvg(n));
  const plans = planPamphlets(spec.pamphlets);
  const pr = stream("pamphlets");
  plans.forEach((plan, i) => {
    files.set(`pamphlets/${plan.slug}.mdx`, pamphletMdx(pr, plan, i, plans, images));
  });

  const er = stream("events");
  const talks = TALKS.slice(0, spec.talks);
  const tr = stream("talks");
  talks.forEach((talk, i) => {
    files.set(`talks/${talk.slug}.mdx`, talkMdx(tr, talk, i + 1));
  });
  const events = Array.from({ length: spec.events }, (_, i) => makeEvent(er, i, munis, talks));
  const csvEvents = events.slice(split.eventMdx).sort((a, b) => a.date.localeCompare(b.date) || a.no.localeCompare(b.no));
  for (const [file, bytes] of eventCsvFiles(csvEvents)) files.set(file, bytes);
  const mr = stream("event-mdx");
  events.slice(0, split.eventMdx).forEach((e) => {
    files.set(`events/${e.date}-${e.no}.mdx`, eventMdx(mr, e));
  });

  const save = (file: string, header: readonly string[], rows: string[][], as: CsvSaveAs) => {
    if (rows.length) files.set(file, csvBytes(header, rows, as));
  };
  save(
    "resources/medical-institutions.csv",
    [...MEDICAL_LEGACY_HEADER, ...MEDICAL_HOME_CARE_COLUMNS],
    medicalRows(stream("medical"), split.medicalRows, munis),
    "cp932",
  );
  save("resources/care-services.csv", CARE_LEGACY_HEADER, careRows(stream("care"), split.careRows, munis), "utf-8-bom");
  const visiting = Math.ceil(split.mhlwRows / 2);
  save("resources/jigyosho_130.csv", MHLW_HEADER, mhlwRows(stream("mhlw-130"), visiting, munis, "130", 50000), "utf-8-bom");
  save(
    "resources/jigyosho_430.csv",
    MHLW_HEADER,
    mhlwRows(stream("mhlw-430"), split.mhlwRows - visiting, munis, "430", 70000),
    "utf-8-bom",
  );

  for (const [file, text] of windowFiles(stream("windows"), spec.windows, munis)) files.set(file, text);

  const names = [...files.keys()].sort();
  for (const name of names) {
    const absolute = path.join(dir, name);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, files.get(name) ?? "");
  }
  return {
    dir,
    size,
    seed,
    counts: {
      pamphlets: plans.length,
      eventCsvRows: csvEvents.length,
      eventMdx: split.eventMdx,
      medicalRows: split.medicalRows,
      careRows: split.careRows,
      mhlwRows: split.mhlwRows,
      windows: spec.windows,
      talks: talks.length,
      images,
    },
    files: names,
  };
}
