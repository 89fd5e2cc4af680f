/**
 * The PDF baseline: Chromium's page.pdf() printing our pamphlet pages (the same HTML residents get), through
 * playwright-core and the system Chromium (Debian /usr/bin/chromium), launched once; the caller times each print.
 */
import { existsSync } from "node:fs";
import { CHROMIUM_LAUNCH } from "../../src/cli/chromium.ts";
import { serveStatic } from "../../src/cli/static-server.ts";

export const CHROMIUM_PATH = CHROMIUM_LAUNCH.executablePath;

/** A running Chromium that prints pages of a built site. */
export interface ChromiumPrinter {
  /** Navigates to a page (path relative to the site root, e.g. "pamphlets/zaitaku-iryo/") and prints it on A4. */
  print(route: string): Promise<Buffer>;
  /** Stops Chromium and the server. */
  close(): Promise<void>;
}

/**
 * Serves `dist` and starts Chromium with one page.
 * @returns the printer, or a reason why Chromium cannot be used here
 */
export async function openChromiumPrinter(dist: string, base = "/"): Promise<ChromiumPrinter | { unavailable: string }> {
  if (!existsSync(CHROMIUM_PATH)) return { unavailable: `${CHROMIUM_PATH} がありません（apt-get install chromium）` };
  const { chromium } = await import("playwright-core");
  const server = await serveStatic(dist, base);
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args], headless: true });
  const page = await browser.newPage();
  return {
    async print(route) {
      await page.goto(new URL(route, server.url).href, { waitUntil: "load" });
      return page.pdf({ format: "A4", printBackground: true });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
