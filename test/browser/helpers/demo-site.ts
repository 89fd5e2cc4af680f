import { rmSync } from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from "playwright-core";
import { CHROMIUM_LAUNCH } from "../../../src/cli/chromium.ts";
import { type StaticServer, serveStatic } from "../../../src/cli/static-server.ts";
import { copyContent, editFile, projectRoot, runBuild } from "../../helpers/fixture-site.ts";

/** The base path the browser tests publish the demo site under (sub-path publishing is the harder case). */
export const BASE = "/zaitaku/";

/** The demo site built, served on 127.0.0.1 and opened in Chromium, with every request recorded. */
export interface DemoSite {
  /** The built site. */
  dist: string;
  /** The copy of the demo content folder it was built from. */
  contentDir: string;
  server: StaticServer;
  browser: Browser;
  /** Opens a new browser context (own storage) whose requests are checked like the main one's. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** The main context. */
  context: BrowserContext;
  /** URLs of requests that tried to leave 127.0.0.1 (they were blocked). */
  external: string[];
  /** Every URL requested. */
  requests: string[];
  /** A URL of the served site from a site path: url("/search/?q=a") → http://127.0.0.1:PORT/zaitaku/search/?q=a */
  url(sitePath: string): string;
  close(): Promise<void>;
}

/**
 * Builds a copy of the demo content (content/) with `site.base` set to /zaitaku/ into a temp dir, serves it and
 * launches Debian's Chromium. One per test file (beforeAll): a build costs seconds.
 */
export async function openDemoSite(): Promise<DemoSite> {
  const dir = copyContent(path.join(projectRoot, "content"), "browser");
  editFile(dir, "site.yaml", (text) => text.replace(/^(\s*base:).*$/m, `$1 ${BASE}`));
  const run = runBuild(dir);
  if (run.status !== 0) throw new Error(`demo build failed:\n${run.stdout}\n${run.stderr}`);
  const server = await serveStatic(run.outDir, BASE);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const external: string[] = [];
  const requests: string[] = [];
  const newContext = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({ locale: "ja-JP", ...options });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      requests.push(url);
      if (new URL(url).origin === server.origin) return route.continue();
      external.push(url);
      return route.abort("blockedbyclient");
    });
    return context;
  };
  const context = await newContext();
  return {
    dist: run.outDir,
    contentDir: path.join(dir, "content"),
    server,
    browser,
    context,
    newContext,
    external,
    requests,
    url: (sitePath) => `${server.origin}${BASE}${sitePath.replace(/^\//, "")}`,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
