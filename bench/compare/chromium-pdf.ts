/**
 * The PDF baseline: Chromium's page.pdf() printing our pamphlet pages (the same HTML residents get), through
 * playwright-core and the system Chromium (Debian /usr/bin/chromium), launched once and warmed up on one page first.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CHROMIUM_LAUNCH } from "../../src/cli/chromium.ts";
import { serveStatic } from "../../src/cli/static-server.ts";
import { pdfPageCount } from "../measure/output.ts";

/** What Chromium took for the pamphlets. */
export interface ChromiumPdfResult {
  /** Pamphlet pages printed (after the warm-up). */
  documents: number;
  /** PDF pages produced. */
  pages: number;
  /** Wall time of navigating to each page and printing it, summed. */
  ms: number;
  msPerPage: number;
}

export const CHROMIUM_PATH = CHROMIUM_LAUNCH.executablePath;

/**
 * Prints each page with Chromium and counts the PDF pages.
 * @param dist our build's output
 * @param pages page paths relative to the site root (e.g. "pamphlets/zaitaku-iryo/")
 * @param scratch a folder for the PDFs (to count their pages)
 * @returns the result, or a reason why Chromium could not be used
 */
export async function chromiumPdf(
  dist: string,
  pages: string[],
  scratch: string,
  base = "/",
): Promise<ChromiumPdfResult | { unavailable: string }> {
  if (!existsSync(CHROMIUM_PATH)) return { unavailable: `${CHROMIUM_PATH} がありません（apt-get install chromium）` };
  if (pages.length === 0) return { unavailable: "印刷するパンフレットのページがありません" };
  const { chromium } = await import("playwright-core");
  const server = await serveStatic(dist, base);
  const origin = server.url;
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args], headless: true });
  try {
    const page = await browser.newPage();
    const print = async (route: string) => {
      await page.goto(new URL(route, origin).href, { waitUntil: "load" });
      return page.pdf({ format: "A4", printBackground: true });
    };
    // Warm-up: the first print pays for starting the renderer and loading fonts.
    await print(pages[0] as string);
    let ms = 0;
    let pdfPages = 0;
    for (const [i, route] of pages.entries()) {
      const started = performance.now();
      const pdf = await print(route);
      ms += performance.now() - started;
      const file = path.join(scratch, `chromium-${i}.pdf`);
      writeFileSync(file, pdf);
      pdfPages += pdfPageCount(file);
    }
    return { documents: pages.length, pages: pdfPages, ms: Math.round(ms), msPerPage: Math.round((ms / pdfPages) * 10) / 10 };
  } finally {
    await browser.close();
    await server.close();
  }
}
