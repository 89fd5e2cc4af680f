import { readFileSync } from "node:fs";
import path from "node:path";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import { checkJapanCoordinates } from "../lib/values/geo.ts";
import { resolveArea, type TownUnit, townUnits, unitKey } from "../lib/windows/town.ts";
import { type ConsultationWindow, consultationWindowSchema } from "../schemas/consultation-window.ts";
import type { SiteConfig } from "../schemas/site.ts";
import { listContentFiles, readContentText, TEXT_FILE_MAX_BYTES } from "./content-path.ts";
import { parseLocatedYaml } from "./located-yaml.ts";
import { SLUG_PATTERN } from "./mdx-collection.ts";
import { schemaIssues } from "./schema-issues.ts";

/** A validated window file. */
export interface WindowEntry {
  /** The file name without extension: the page URL /windows/<slug>/. */
  slug: string;
  /** Path relative to the content folder, e.g. windows/chuo.yaml. */
  file: string;
  /** The YAML as written (what Astro's collection parses again with the same schema). */
  raw: unknown;
  /** Validated data. */
  data: ConsultationWindow;
  /** Line of a field path in the file. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Page names under /windows/ that window files cannot take. */
export const RESERVED_SLUGS: readonly string[] = ["print"];

/** The kind whose 担当地区 must cover every town exactly once. */
export const AREA_KIND = "地域包括支援センター";

/**
 * Reads every `windows/*.yaml` (files starting with _ are skipped), validates each against the schema and, when the
 * site configuration is given, checks 担当地区 against site.yaml `towns`: unknown towns, towns claimed by two
 * 地域包括支援センター (naming both files) and towns claimed by none (naming the town's line in site.yaml).
 * @param dir the content folder
 * @param config the validated site.yaml (without it, only the files themselves are checked)
 */
export function readWindows(dir: string, config?: SiteConfig): { entries: WindowEntry[]; issues: ContentIssue[] } {
  const folder = path.join(dir, "windows");
  const entries: WindowEntry[] = [];
  const issues: ContentIssue[] = [];
  const accept = (name: string) => /\.ya?ml$/.test(name) && !name.startsWith("_");
  const listing = listContentFiles(dir, "windows", accept, TEXT_FILE_MAX_BYTES);
  issues.push(...listing.issues);
  for (const name of listing.names) {
    const file = `windows/${name}`;
    const slug = name.replace(/\.ya?ml$/, "");
    if (RESERVED_SLUGS.includes(slug)) {
      issues.push({
        severity: "error",
        file,
        field: "ファイル名",
        value: name,
        message: `「${slug}」はサイトの別のページの URL に使われているため、ファイル名にできません`,
        hint: "例: chuo-houkatsu.yaml",
      });
      continue;
    }
    if (!SLUG_PATTERN.test(slug)) {
      issues.push({
        severity: "error",
        file,
        field: "ファイル名",
        value: name,
        message: "ファイル名はページの URL になるため、半角の英小文字・数字・ハイフンだけにしてください",
        hint: "例: chuo-houkatsu.yaml",
      });
      continue;
    }
    const parsed = parseLocatedYaml(readFileSync(path.join(folder, name), "utf8"), file);
    if (parsed.syntaxIssues.length) {
      issues.push(...parsed.syntaxIssues);
      continue;
    }
    const result = consultationWindowSchema.safeParse(parsed.data ?? {});
    if (!result.success) {
      issues.push(...schemaIssues(result.error, parsed.data, file, parsed.lineOf));
      continue;
    }
    const data = result.data;
    if (data.latitude !== undefined && data.longitude !== undefined) {
      const check = checkJapanCoordinates(data.latitude, data.longitude);
      if (check !== "inside") {
        issues.push({
          severity: "warning",
          file,
          line: parsed.lineOf(["latitude"]),
          field: "latitude",
          value: `${data.latitude}, ${data.longitude}`,
          message:
            check === "swapped"
              ? "緯度と経度が逆のようです（入れ替えると日本国内になります）。直すまで地図には表示しません"
              : "日本の範囲の外の座標です。地図には表示しません",
        });
      }
    }
    entries.push({ slug, file, raw: parsed.data, data, lineOf: parsed.lineOf });
  }
  if (config) issues.push(...checkAreas(dir, entries, config));
  return { entries, issues };
}

function checkAreas(dir: string, entries: readonly WindowEntry[], config: SiteConfig): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const prefixes = [config.municipality.prefecture, config.municipality.name];
  const claims = new Map<string, { unit: TownUnit; entry: WindowEntry; line: number | undefined }>();
  for (const entry of entries) {
    if (entry.data.areas.length > 0 && config.towns.length === 0) {
      issues.push({
        severity: "error",
        file: entry.file,
        line: entry.lineOf(["areas"]),
        field: "areas",
        message: "担当地区を確かめるための町名の一覧がありません",
        hint: "site.yaml に towns（町名・読み・丁目の数）を書いてください",
      });
      continue;
    }
    entry.data.areas.forEach((area, index) => {
      const line = entry.lineOf(["areas", index]);
      const units = resolveArea(area, config.towns, prefixes);
      if (typeof units === "string") {
        issues.push({ severity: "error", file: entry.file, line, field: `areas.${index}`, value: area, message: units });
        return;
      }
      if (entry.data.kind !== AREA_KIND) return;
      for (const unit of units) {
        const key = unitKey(unit.town, unit.chome);
        const previous = claims.get(key);
        if (previous && previous.entry !== entry) {
          issues.push({
            severity: "error",
            file: entry.file,
            line,
            field: `areas.${index}`,
            value: area,
            message: `「${unit.label}」は ${previous.entry.file}${previous.line ? `（${previous.line} 行目）` : ""} でも担当地区になっています。1 つの町は 1 つの地域包括支援センターだけが担当します`,
            hint: `${previous.entry.file} と ${entry.file} のどちらか一方から外してください`,
          });
        } else if (!previous) {
          claims.set(key, { unit, entry, line });
        }
      }
    });
  }
  const hasCentres = entries.some((e) => e.data.kind === AREA_KIND);
  if (!hasCentres || config.towns.length === 0) return issues;
  const siteYaml = parseLocatedYaml(readContentText(dir, "site.yaml"), "site.yaml");
  config.towns.forEach((town, index) => {
    for (const unit of townUnits(town)) {
      if (claims.has(unitKey(unit.town, unit.chome))) continue;
      issues.push({
        severity: "error",
        file: "site.yaml",
        line: siteYaml.lineOf(["towns", index]),
        field: `towns.${index}`,
        value: unit.label,
        message: `「${unit.label}」を担当する地域包括支援センターがありません`,
        hint: "どれか 1 つの地域包括支援センター（windows/*.yaml）の areas に書いてください",
      });
    }
  });
  return issues;
}
