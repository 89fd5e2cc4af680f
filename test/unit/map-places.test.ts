import path from "node:path";
import { describe, expect, it } from "vitest";
import { isListedOnMap, locatedPlaces, MAP_LIST_LIMIT, mapPlaces } from "../../src/lib/resources/map-places.ts";
import { readResources } from "../../src/loaders/resources.ts";
import { readSiteConfig } from "../../src/loaders/site-config.ts";
import { readWindows } from "../../src/loaders/windows.ts";
import { projectRoot } from "../helpers/fixture-site.ts";

describe("mapPlaces", () => {
  const dir = path.join(projectRoot, "test/fixtures/sites/windows");
  const config = readSiteConfig(dir).config;
  const windows = readWindows(dir, config).entries.map((w) => ({ id: w.slug, data: w.data }));
  const resources = readResources(dir, config).resources;
  const places = mapPlaces(windows, resources, (p) => `/base${p}`);

  it("lists windows first, then resources, with base-aware links", () => {
    expect(places).toHaveLength(windows.length + resources.length);
    expect(places.slice(0, windows.length).every((p) => p.group === "相談窓口" && p.url.startsWith("/base/windows/"))).toBe(true);
    expect(places.slice(windows.length).every((p) => p.url.startsWith("/base/resources/"))).toBe(true);
  });

  it("draws only places with both coordinates", () => {
    const located = locatedPlaces(places);
    expect(located.length).toBeGreaterThan(0);
    expect(located.length).toBeLessThan(places.length);
    expect(located.every((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon))).toBe(true);
  });
});

describe("isListedOnMap", () => {
  it("lists a group up to the limit by name, and not one more", () => {
    expect(isListedOnMap(MAP_LIST_LIMIT)).toBe(true);
    expect(isListedOnMap(MAP_LIST_LIMIT + 1)).toBe(false);
  });
});
