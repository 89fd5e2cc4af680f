/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and whose code
 * (Astro hashes the route's module graph itself) are unchanged since the last build is copied from Astro's cache
 * instead of rendered again. A key must therefore cover every piece of data the page shows; see
 * src/page-cache-keys.ts for what each route puts in it.
 */
import { createHash } from "node:crypto";

/**
 * JSON of any value with object keys sorted, so that the same data gives the same text whatever order it was
 * built in. Maps and Sets keep their entries, Dates become ISO text, bigints text and functions nothing — the
 * forms JSON.stringify alone would lose ({} for a Map) and a key would then miss a change.
 * @param value what to write (content data, page props)
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, val: unknown) => {
    if (val instanceof Map) return { "<map>": [...val.entries()] };
    if (val instanceof Set) return { "<set>": [...val.values()] };
    if (typeof val === "bigint") return `${val}n`;
    if (val && typeof val === "object" && !Array.isArray(val) && !(val instanceof Date)) {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(val).sort()) sorted[key] = (val as Record<string, unknown>)[key];
      return sorted;
    }
    return val;
  });
}

/**
 * A short hex digest (SHA-256, 32 hex digits) of the values given, in order.
 * @param parts the data the key covers (site-wide digest, page props, collections the page lists)
 */
export function cacheKeyOf(...parts: unknown[]): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    // A separator the JSON text cannot contain, so that ["ab"] + ["c"] and ["a"] + ["bc"] differ.
    hash.update(stableJson(part) ?? "undefined");
    hash.update("\u0000");
  }
  return hash.digest("hex").slice(0, 32);
}
