/**
 * Pixel snapshots of printed pages: page 1 of a PDF rendered in grey at low resolution (pdftoppm -r 20 -gray) and
 * compared with a committed baseline PNG in test/snapshots/print/, allowing small rendering differences.
 *
 * To accept a deliberate change of a template, run the test with UPDATE_SNAPSHOTS=1, look at the new PNGs
 * (test/snapshots/print/*.png) and commit them:
 *   UPDATE_SNAPSHOTS=1 npx vitest run test/build/print.test.ts
 * A missing baseline is a failure (never written silently), so CI cannot pass without one.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";
import { projectRoot } from "./fixture-site.ts";

/** Where the baselines live. */
export const SNAPSHOT_DIR = path.join(projectRoot, "test/snapshots/print");

/** Resolution of the snapshots (dots per inch): an A4 page is 165 × 234 pixels. */
const DPI = 20;
/** Grey levels two pixels may differ by and still count as the same (anti-aliasing, rasteriser versions). */
const LEVEL_TOLERANCE = 48;

/** Page 1 of a PDF as a grey PNG at the snapshot resolution. */
export function renderSnapshot(pdf: string): Buffer {
  return execFileSync("pdftoppm", ["-png", "-gray", "-r", String(DPI), "-f", "1", "-l", "1", "-singlefile", pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The share of pixels (0–1) that differ by more than the tolerance; 1 when the sizes differ. */
export function differingShare(a: Buffer, b: Buffer): number {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (pa.width !== pb.width || pa.height !== pb.height) return 1;
  let differing = 0;
  // Decoded as RGBA; the images are grey, so the red channel is the grey level.
  for (let i = 0; i < pa.data.length; i += 4) {
    if (Math.abs((pa.data[i] as number) - (pb.data[i] as number)) > LEVEL_TOLERANCE) differing++;
  }
  return differing / (pa.width * pa.height);
}

/**
 * Compares page 1 of a PDF with the baseline `<name>.png` (or writes the baseline with UPDATE_SNAPSHOTS=1).
 * @returns the share of differing pixels (0 when the baseline was just written)
 */
export function comparePageSnapshot(pdf: string, name: string): number {
  const actual = renderSnapshot(pdf);
  const baseline = path.join(SNAPSHOT_DIR, `${name}.png`);
  if (process.env["UPDATE_SNAPSHOTS"] === "1") {
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    writeFileSync(baseline, actual);
    return 0;
  }
  if (!existsSync(baseline)) {
    throw new Error(`基準画像がありません: ${baseline}（UPDATE_SNAPSHOTS=1 を付けて実行すると作ります）`);
  }
  return differingShare(actual, readFileSync(baseline));
}
