/**
 * Places on the map (地図): consultation windows and resources, with or without coordinates. Pure, so the map page,
 * its JSON endpoint and tests build the same list.
 */
import type { ConsultationWindow } from "../../schemas/consultation-window.ts";
import type { Resource } from "../../schemas/resource.ts";
import { isMappable } from "../values/geo.ts";

/** One place: what the marker's popup and the accessible list show. */
export interface MapPlace {
  /** Element id in the list (window-<slug> / resource-<id>). */
  anchor: string;
  /** 相談窓口 or the resource's category (病院, 訪問看護 …): list heading and marker colour. */
  group: string;
  name: string;
  /** Kind or services, shown in the popup. */
  detail: string;
  /** Base-aware site path of the detail page. */
  url: string;
  address: string;
  lat?: number | undefined;
  lon?: number | undefined;
}

/**
 * Builds the places in list order: windows first, then resources.
 * @param href base-aware site path builder (src/site.ts `href`)
 */
export function mapPlaces(
  windows: readonly { id: string; data: ConsultationWindow }[],
  resources: readonly Resource[],
  href: (path: string) => string,
): MapPlace[] {
  return [
    ...windows.map((w) => {
      const mappable = isMappable(w.data.latitude, w.data.longitude);
      return {
        anchor: `window-${w.id}`,
        group: "相談窓口",
        name: w.data.name,
        detail: w.data.kind,
        url: href(`/windows/${w.id}/`),
        address: w.data.address,
        lat: mappable ? w.data.latitude : undefined,
        lon: mappable ? w.data.longitude : undefined,
      };
    }),
    ...resources.map((r) => ({
      anchor: `resource-${r.id}`,
      group: r.category,
      name: r.name,
      detail: r.domain === "care" ? r.services.join("・") : r.category,
      url: href(`/resources/${r.id}/`),
      address: r.address,
      lat: r.latitude,
      lon: r.longitude,
    })),
  ];
}

/** The places that can be drawn (both coordinates known). */
export function locatedPlaces(places: readonly MapPlace[]): (MapPlace & { lat: number; lon: number })[] {
  return places.filter((p): p is MapPlace & { lat: number; lon: number } => p.lat !== undefined && p.lon !== undefined);
}

/**
 * How many places of one group the map page lists by name. Larger groups link to their filter page instead, so the
 * page stays small for a prefecture with 25,000 offices (the list is the no-JavaScript alternative to the map, and the
 * filter pages already list every office of a category).
 */
export const MAP_LIST_LIMIT = 30;

/**
 * Whether the map page lists a group of this size by name, so that its places have a #window-… / #resource-… anchor
 * to link to. Pages of a larger group link to the map page itself.
 * @param groupSize how many places share the group (相談窓口, or one resource category)
 */
export function isListedOnMap(groupSize: number): boolean {
  return groupSize <= MAP_LIST_LIMIT;
}
