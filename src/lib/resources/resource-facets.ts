/**
 * Facets residents filter resources by: type (病院・診療所・歯科・薬局 and each 介護サービス), area (町名) and home-care
 * facts. Each facet value has an ASCII slug for its static filter page (/resources/type/<slug>/ …).
 */
import { homeCareFlags, type Resource, type ResourceCategory } from "../../schemas/resource.ts";
import { kanaToRomaji, type TownDefinition } from "../windows/town.ts";

/** One facet value: slug for URLs and data attributes, label for residents. */
export interface Facet {
  slug: string;
  label: string;
}

const CATEGORY_SLUGS: Record<ResourceCategory, string> = {
  病院: "hospital",
  診療所: "clinic",
  歯科診療所: "dental",
  薬局: "pharmacy",
  介護サービス事業所: "care",
};

/** Slugs of the 介護サービス names in common use (MHLW 介護サービス情報公表 service names). */
const SERVICE_SLUGS: Record<string, string> = {
  訪問介護: "houmon-kaigo",
  訪問入浴介護: "houmon-nyuyoku",
  訪問看護: "houmon-kango",
  訪問リハビリテーション: "houmon-reha",
  居宅療養管理指導: "kyotaku-ryoyo",
  通所介護: "tsusho-kaigo",
  地域密着型通所介護: "chiiki-tsusho",
  通所リハビリテーション: "tsusho-reha",
  認知症対応型通所介護: "ninchisho-tsusho",
  短期入所生活介護: "tanki-seikatsu",
  短期入所療養介護: "tanki-ryoyo",
  福祉用具貸与: "yogu-taiyo",
  特定福祉用具販売: "yogu-hanbai",
  居宅介護支援: "kyotaku-shien",
  小規模多機能型居宅介護: "shokibo",
  看護小規模多機能型居宅介護: "kango-shokibo",
  "定期巡回・随時対応型訪問介護看護": "teiki-junkai",
  夜間対応型訪問介護: "yakan-houmon",
  認知症対応型共同生活介護: "group-home",
  特定施設入居者生活介護: "tokutei-shisetsu",
  介護老人福祉施設: "tokuyo",
  介護老人保健施設: "roken",
  介護医療院: "iryoin",
};

/** FNV-1a hash in base 36: a stable slug for service names outside the table. */
function hashSlug(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The slug of a category. */
export function categorySlug(category: ResourceCategory): string {
  return CATEGORY_SLUGS[category];
}

/** The slug of a 介護サービス name. */
export function serviceSlug(service: string): string {
  return `care-${SERVICE_SLUGS[service] ?? hashSlug(service)}`;
}

/** Type facets of a resource: its category, and for care offices each of its services. */
export function typeFacets(resource: Resource): Facet[] {
  if (resource.domain === "medical") return [{ slug: categorySlug(resource.category), label: resource.category }];
  return resource.services.map((s) => ({ slug: serviceSlug(s), label: s }));
}

/** The slug of a town for /resources/area/<slug>/: its romanised reading (ちゅうおうちょう → chuuouchou). */
export function townSlug(town: TownDefinition): string {
  return kanaToRomaji(town.kana) || hashSlug(town.name);
}

/** Home-care facets a resource has (only the facts recorded as 有). */
export function featureFacets(resource: Resource): Facet[] {
  return homeCareFlags.filter((f) => resource.homeCare[f.key] === true).map((f) => ({ slug: f.slug, label: f.label }));
}

/** Every type facet in use, categories first (in their fixed order), then services by name. */
export function allTypeFacets(resources: readonly Resource[]): Facet[] {
  const seen = new Map<string, Facet>();
  for (const category of Object.keys(CATEGORY_SLUGS) as ResourceCategory[]) {
    if (category !== "介護サービス事業所" && resources.some((r) => r.category === category)) {
      seen.set(categorySlug(category), { slug: categorySlug(category), label: category });
    }
  }
  const services = [...new Set(resources.flatMap((r) => (r.domain === "care" ? r.services : [])))].sort((a, b) =>
    a.localeCompare(b, "ja"),
  );
  for (const s of services) seen.set(serviceSlug(s), { slug: serviceSlug(s), label: s });
  return [...seen.values()];
}

/** Resources in the order residents read lists: by category, then reading (カナ) or name. */
export function sortResources<T extends Resource>(resources: readonly T[]): T[] {
  const order = Object.keys(CATEGORY_SLUGS);
  return [...resources].sort(
    (a, b) =>
      order.indexOf(a.category) - order.indexOf(b.category) || (a.nameKana ?? a.name).localeCompare(b.nameKana ?? b.name, "ja"),
  );
}
