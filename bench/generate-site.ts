/**
 * Writes a synthetic municipality's content folder (bench/synthetic/generate.ts).
 *
 * Usage: node bench/generate-site.ts --size S|M|L|XS --out DIR [--seed TEXT]
 * Then:  SITE_TODAY=2026-11-28 CONTENT_DIR=DIR npm run build
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_SEED, generateSite, SIZES, type SizeName, SYNTHETIC_TODAY } from "./synthetic/generate.ts";

const { values } = parseArgs({
  options: { size: { type: "string", default: "S" }, out: { type: "string" }, seed: { type: "string", default: DEFAULT_SEED } },
});
const size = (values.size ?? "S").toUpperCase();
if (!(size in SIZES) || !values.out) {
  console.error("使い方: node bench/generate-site.ts --size S|M|L|XS --out フォルダ [--seed 文字列]");
  process.exit(2);
}
const site = generateSite(path.resolve(values.out), size as SizeName, values.seed);
console.log(JSON.stringify({ ...site, files: site.files.length }, null, 2));
console.log(`SITE_TODAY=${SYNTHETIC_TODAY} CONTENT_DIR=${site.dir} npm run build`);
