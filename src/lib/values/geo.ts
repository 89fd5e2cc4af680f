/**
 * Coordinates of places in Japan (緯度・経度, decimal degrees). Real open-data files swap them, write 0,0 for
 * "unknown", or leave trailing spaces (docs/dev/open-data-formats.md §9).
 */

/** Japan's bounding box, generous enough for every island (沖ノ鳥島 20.4°N … 択捉島 45.6°N, 与那国島 122.9°E … 南鳥島 154.0°E). */
export const JAPAN_BOUNDS = { south: 20, north: 46, west: 122, east: 154 } as const;

/** How a coordinate pair relates to Japan. */
export type CoordinateCheck = "inside" | "swapped" | "zero" | "outside";

function inJapan(lat: number, lon: number): boolean {
  return lat >= JAPAN_BOUNDS.south && lat <= JAPAN_BOUNDS.north && lon >= JAPAN_BOUNDS.west && lon <= JAPAN_BOUNDS.east;
}

/** Classifies a pair: inside Japan, swapped (lon/lat would be inside), 0,0 (= unknown) or elsewhere. */
export function checkJapanCoordinates(lat: number, lon: number): CoordinateCheck {
  if (lat === 0 && lon === 0) return "zero";
  if (inJapan(lat, lon)) return "inside";
  if (inJapan(lon, lat)) return "swapped";
  return "outside";
}

/** Parses a coordinate cell ("35.6812 ", "３５．６８"); null when it is not a decimal number. */
export function parseCoordinate(text: string): number | null {
  const t = text.normalize("NFKC").trim();
  if (!/^[+-]?\d{1,3}(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** Whether a place can go on the map: both coordinates given and inside Japan (not swapped, not 0,0). */
export function isMappable(lat: number | undefined, lon: number | undefined): lat is number {
  return lat !== undefined && lon !== undefined && checkJapanCoordinates(lat, lon) === "inside";
}
