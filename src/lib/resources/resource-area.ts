/**
 * Which rows of a prefecture-wide or national resource file belong on this site (`site.yaml` `resources.area`).
 * A row is placed by its 団体コード, its 市区町村名 and its address; any one that names a target keeps the row (files
 * mix stale codes and correct names), and a row is left out only when it positively names another municipality.
 */
import type { ContentIssue } from "../content/content-issue.ts";

/** `resources.area`: `municipality` (default), `prefecture`, `all`, or a list of 団体コード / 市区町村名 (広域 sites). */
export type ResourceArea = "municipality" | "prefecture" | "all" | readonly string[];

/** The municipality of the site, as site.yaml gives it. */
export interface HomeMunicipality {
  /** 自治体名, e.g. 架空市. */
  name: string;
  /** 都道府県名, e.g. 東京都. */
  prefecture: string;
  /** 6-digit 団体コード. */
  code: string;
  /** 町名 of the municipality (an address that starts with one omitted the municipality). */
  towns?: readonly string[];
}

/** Where one row was placed: on the site, outside it (with the place named), or nowhere known. */
export type Placement = { kind: "inside" } | { kind: "outside"; place: string } | { kind: "unknown" };

const PREFECTURE_HEAD = /^(東京都|北海道|(?:京都|大阪)府|.{2,3}?県)/u;
const MUNICIPALITY_HEAD = /^(?:.{1,5}?郡)?(.{1,6}?[市町村])/u;

function digits(text: string | undefined): string {
  return (text ?? "").normalize("NFKC").replace(/\D/g, "");
}

/** Text without spaces and prefecture, NFKC, for comparing place names. */
function placeText(text: string | undefined): string {
  return (text ?? "")
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(PREFECTURE_HEAD, "");
}

/**
 * Places one row.
 * @param row the row's 団体コード (所在地 or publisher), 市区町村名 and address, as written
 * @param area the setting
 * @param home the site's municipality
 */
export function placeRow(
  row: { code?: string | undefined; cityName?: string | undefined; address?: string | undefined },
  area: ResourceArea,
  home: HomeMunicipality,
): Placement {
  if (area === "all") return { kind: "inside" };
  const address = (row.address ?? "").normalize("NFKC").replace(/[\s\u3000]+/g, "");
  const code = digits(row.code).slice(0, 5);
  const municipalCode = code.length === 5 && !code.endsWith("000") ? code : "";
  if (area === "prefecture") {
    const pref = home.code.slice(0, 2);
    if (municipalCode) return municipalCode.startsWith(pref) ? { kind: "inside" } : { kind: "outside", place: cityOf(row) };
    const head = PREFECTURE_HEAD.exec(address)?.[1];
    if (head) return head === home.prefecture ? { kind: "inside" } : { kind: "outside", place: head };
    return { kind: "unknown" };
  }
  const targets = area === "municipality" ? [home.code, home.name] : area;
  const codes = new Set(
    targets
      .map(digits)
      .filter((d) => d.length >= 5)
      .map((d) => d.slice(0, 5)),
  );
  const names = targets.filter((t) => digits(t).length < 5).map(placeText);
  const city = placeText(row.cityName);
  const rest = placeText(address);
  if (names.some((n) => n && (city.startsWith(n) || rest.startsWith(n)))) return { kind: "inside" };
  if (municipalCode && codes.has(municipalCode)) return { kind: "inside" };
  if (
    area === "municipality" &&
    !municipalCode &&
    !city &&
    home.towns?.some((t) => t && rest.replace(/^(?:大字|字)/u, "").startsWith(t.replace(/^(?:大字|字)/u, "")))
  ) {
    return { kind: "inside" };
  }
  // 「北町1-1」 without a prefecture could be a town of ours: only 市, 郡 or a written prefecture name another place
  const head = MUNICIPALITY_HEAD.exec(rest)?.[0] ?? "";
  const namesPlace = PREFECTURE_HEAD.test(address) || /[市郡]/u.test(head);
  if (municipalCode || city || (head && namesPlace)) {
    const place = cityOf(row) || municipalCode;
    return place ? { kind: "outside", place } : { kind: "unknown" };
  }
  return { kind: "unknown" };
}

function cityOf(row: { cityName?: string | undefined; address?: string | undefined }): string {
  const city = placeText(row.cityName);
  if (city) return city;
  return MUNICIPALITY_HEAD.exec(placeText(row.address))?.[1] ?? "";
}

/** Counts of one file's rows by placement, turned into the one-line summary of the build output. */
export class AreaTally {
  private readonly outside = new Map<string, number>();
  private readonly unknownRows: number[] = [];

  /**
   * Records a placement.
   * @param placement where the row went
   * @param row its row number
   */
  add(placement: Placement, row: number): void {
    if (placement.kind === "outside") this.outside.set(placement.place, (this.outside.get(placement.place) ?? 0) + 1);
    if (placement.kind === "unknown") this.unknownRows.push(row);
  }

  /** Rows left out. */
  get leftOut(): number {
    return [...this.outside.values()].reduce((a, b) => a + b, 0);
  }

  /**
   * The summary issues: one line for the rows left out, one for the rows that could not be placed (kept).
   * @param file the file, relative to the content folder
   * @param homeName the site's municipality (or area) name for the message
   */
  issues(file: string, homeName: string): ContentIssue[] {
    const out: ContentIssue[] = [];
    if (this.leftOut > 0) {
      const places = [...this.outside].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "ja"));
      const shown = places.slice(0, 5).map(([p, n]) => `${p} ${n}`);
      if (places.length > 5) shown.push(`ほか ${places.length - 5} か所`);
      out.push({
        severity: "warning",
        file,
        message: `${homeName}の外の ${this.leftOut} 行を除きました（${shown.join("、")}）`,
        hint: "ほかの市区町村の行も載せるときは、site.yaml の resources: area: で範囲を変えてください",
      });
    }
    if (this.unknownRows.length > 0) {
      const rows = this.unknownRows.slice(0, 5).join("・") + (this.unknownRows.length > 5 ? " ほか" : "");
      out.push({
        severity: "warning",
        file,
        message: `${this.unknownRows.length} 行は、団体コード・市区町村名・住所からどこの行か判断できないため、そのまま載せました（${rows} 行目）`,
        hint: "住所を市区町村名から書くか、団体コードの列を入れてください",
      });
    }
    return out;
  }
}
