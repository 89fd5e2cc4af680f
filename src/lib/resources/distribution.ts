/**
 * The distribution list for posting a pamphlet to every medical institution and care office of the area
 * (（キ）(5): materials go to 医療機関 too). Pure: the CLI (src/cli/distribute.ts) feeds it validated resources.
 */
import { type Resource, resourceCategories } from "../../schemas/resource.ts";

/** One addressee. */
export interface Addressee {
  /** The resource page id (/resources/<id>/). */
  id: string;
  name: string;
  /** 病院, 診療所 … or 介護サービス事業所. */
  category: string;
  /** 〒 as 123-4567, or undefined when the data has none. */
  postalCode?: string | undefined;
  /** Address with 方書 (building) once. */
  address: string;
  town?: string | undefined;
  phone?: string | undefined;
}

/** What to include. */
export interface DistributionFilter {
  /** Categories, 医療機関の種類 or services to include (e.g. 病院, 診療所, 薬局, 訪問看護); empty = all. */
  kinds?: readonly string[];
  /** 町名 (site.yaml towns) to include; empty = the whole municipality. */
  towns?: readonly string[];
}

/** The list: addressees in postal-code order, and those a label cannot be made for, with the reason. */
export interface DistributionList {
  addressees: Addressee[];
  /** Left out of the labels, never silently: no address. */
  withoutAddress: Addressee[];
  /** Counts by category over `addressees`, for the cover page. */
  byCategory: Record<string, number>;
}

/** 1234567 / １２３-４５６７ → 123-4567; anything else → undefined. */
export function formatPostalCode(text: string | undefined): string | undefined {
  const digits = (text ?? "").normalize("NFKC").replace(/[^\d]/g, "");
  return digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : undefined;
}

/** The address with the building (方書) appended unless the address already ends with it. */
export function fullAddress(address: string, building: string | undefined): string {
  const a = address.trim();
  const b = building?.trim();
  if (!b || a.replace(/\s/g, "").endsWith(b.replace(/\s/g, ""))) return a;
  return `${a} ${b}`;
}

function matchesKind(r: Resource, kinds: readonly string[]): boolean {
  if (kinds.length === 0) return true;
  return kinds.some((k) =>
    // A category is matched exactly (診療所 is not 歯科診療所); anything else names a 医療機関の種類 or a service,
    // matched as a part (有床 → 有床診療所, 訪問看護 → 訪問看護ステーション).
    (resourceCategories as readonly string[]).includes(k)
      ? r.category === k
      : [r.medicalKind, ...r.services].some((v) => !!v && v.includes(k)),
  );
}

/**
 * Builds the distribution list.
 * @param resources validated resources of the site
 */
export function distributionList(resources: readonly Resource[], filter: DistributionFilter = {}): DistributionList {
  const kinds = (filter.kinds ?? []).map((k) => k.normalize("NFKC").trim()).filter(Boolean);
  const towns = new Set((filter.towns ?? []).map((t) => t.normalize("NFKC").trim()).filter(Boolean));
  const chosen = resources.filter((r) => matchesKind(r, kinds) && (towns.size === 0 || (r.town && towns.has(r.town))));
  const all: Addressee[] = chosen.map((r) => ({
    id: r.id,
    name: r.name,
    category: r.category,
    postalCode: formatPostalCode(r.postalCode),
    address: fullAddress(r.address ?? "", r.building),
    town: r.town,
    phone: r.phone,
  }));
  const withAddress = all.filter((a) => a.address !== "");
  // Postal-code order is the order the post office sorts in; those without a code go last, by address.
  const key = (a: Addressee) => `${a.postalCode ?? "999-9999~"}\u0000${a.address}\u0000${a.name}`;
  const addressees = withAddress.sort((a, b) => key(a).localeCompare(key(b), "ja"));
  const byCategory: Record<string, number> = {};
  for (const a of addressees) byCategory[a.category] = (byCategory[a.category] ?? 0) + 1;
  return { addressees, withoutAddress: all.filter((a) => a.address === ""), byCategory };
}

/** The header of list.csv. */
export const DISTRIBUTION_LIST_HEADER = ["郵便番号", "住所", "名称", "種類", "町名", "電話番号", "備考"] as const;

/** list.csv rows: addressees first, then those without an address (備考 says why). */
export function distributionRows(list: DistributionList): string[][] {
  const row = (a: Addressee, note: string) => [
    a.postalCode ?? "",
    a.address,
    a.name,
    a.category,
    a.town ?? "",
    a.phone ?? "",
    note,
  ];
  return [
    ...list.addressees.map((a) => row(a, a.postalCode ? "" : "郵便番号がありません")),
    ...list.withoutAddress.map((a) => row(a, "住所がないため宛名ラベルを作れません")),
  ];
}

/** Label sheet geometry: A4, 2 × 6 labels of 86.4 × 42.3 mm (the common 12-面 sheet), centred. */
export const LABEL_SHEET = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  columns: 2,
  rows: 6,
  labelWidthMm: 86.4,
  labelHeightMm: 42.3,
  get marginLeftMm(): number {
    return (this.pageWidthMm - this.columns * this.labelWidthMm) / 2;
  },
  get marginTopMm(): number {
    return (this.pageHeightMm - this.rows * this.labelHeightMm) / 2;
  },
  get perPage(): number {
    return this.columns * this.rows;
  },
} as const;
