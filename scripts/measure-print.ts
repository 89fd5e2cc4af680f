/**
 * Measures the print pipeline on a content folder (default: the demo municipality in content/):
 *  1. the build's PDF step cold (empty cache) and cached (second build, same cache), from the build's own log;
 *  2. satori+PDFKit time per PDF page, single thread, fonts and satori warm;
 *  3. Chromium's print-to-PDF of the same pamphlet pages (Debian /usr/bin/chromium via playwright-core), side by side.
 *
 * Usage: node scripts/measure-print.ts [CONTENT_DIR]      (takes about a minute; run it once, not in a loop)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { absoluteUrl } from "../src/lib/url.ts";
import { readMdxCollection } from "../src/loaders/mdx-collection.ts";
import { loadSiteConfig } from "../src/loaders/site-config.ts";
import { loadPrintFonts } from "../src/outputs/print/fonts.ts";
import { pamphletTemplate } from "../src/outputs/print/templates/pamphlet.ts";
import { pamphletSchema } from "../src/schemas/pamphlet.ts";

/** CPU seconds (user + system) used so far by this process's descendants (Chromium's processes), from /proc. */
function descendantCpuSeconds(): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = readFileSync(`/proc/${name}/stat`, "utf8")
        .replace(/^.*\) /, "")
        .split(" ");
      stats.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended meanwhile.
    }
  }
  let ticks = 0;
  for (const [pid, stat] of stats) {
    let parent = stat.ppid;
    while (parent > 1 && parent !== process.pid) parent = stats.get(parent)?.ppid ?? 0;
    if (parent === process.pid && pid !== process.pid) ticks += stat.ticks;
  }
  return ticks / 100;
}

const root = path.resolve(import.meta.dirname, "..");
const content = path.resolve(process.argv[2] ?? path.join(root, "content"));
const work = mkdtempSync(path.join(os.tmpdir(), "zaitaku-measure-"));
const out = path.join(work, "dist");
const env = { ...process.env, CONTENT_DIR: content, SITE_TODAY: "2026-11-28", ZAITAKU_CACHE_DIR: path.join(work, "cache") };

function build(label: string): void {
  const run = spawnSync(process.execPath, [path.join(root, "src/cli/build.ts"), "--out", out], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  const pdf = /\[pdf\] ✔ (.*)/.exec(run.stdout)?.[1];
  const og = /\[og\] ✔ (.*)/.exec(run.stdout)?.[1];
  const total = /完成しました: .*（([\d.]+) 秒）/.exec(run.stdout)?.[1];
  console.log(`${label}: build ${total} s | pdf: ${pdf} | og: ${og} | load ${os.loadavg()[0]?.toFixed(1)}`);
}

build("cold build (empty cache)");
build("rebuild (cache)");

// satori + PDFKit in this thread, after one warm-up render.
const site = loadSiteConfig(content);
const fonts = loadPrintFonts();
const entries = readMdxCollection(content, "pamphlets", pamphletSchema).entries;
const inputs = entries.map((entry) => ({
  entry,
  site,
  contentDir: content,
  pageUrl: absoluteUrl(site.site.url, site.site.base, `/pamphlets/${entry.slug}/`),
}));
if (inputs[0]) await pamphletTemplate.render(inputs[0], fonts);
let pages = 0;
let started = performance.now();
const cpuBefore = process.cpuUsage();
for (const input of inputs) pages += (await pamphletTemplate.render(input, fonts)).pages;
const ours = performance.now() - started;
const oursCpu = process.cpuUsage(cpuBefore);
console.log(
  `satori+PDFKit, 1 thread: ${inputs.length} PDFs, ${pages} pages, ${ours.toFixed(0)} ms wall, ${(ours / pages).toFixed(1)} ms/page wall,` +
    ` ${((oursCpu.user + oursCpu.system) / 1000 / pages).toFixed(1)} ms/page CPU`,
);

// Chromium's print-to-PDF of the built HTML pages, served locally.
const base = site.site.base;
const server = createServer((req, res) => {
  const url = decodeURIComponent((req.url ?? "/").split("?")[0] as string);
  let file = path.join(out, url.slice(base.length - 1));
  try {
    if (statSync(file).isDirectory()) file = path.join(file, "index.html");
    const type = file.endsWith(".html")
      ? "text/html"
      : file.endsWith(".css")
        ? "text/css"
        : file.endsWith(".svg")
          ? "image/svg+xml"
          : "application/octet-stream";
    res.writeHead(200, { "content-type": type }).end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server.address() as { port: number }).port;
started = performance.now();
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
  ],
});
const launch = performance.now() - started;
const page = await browser.newPage();
let chromePages = 0;
started = performance.now();
const chromeCpuBefore = descendantCpuSeconds();
for (const entry of entries) {
  await page.goto(`http://127.0.0.1:${port}${base}pamphlets/${entry.slug}/`, { waitUntil: "load" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const file = path.join(work, `${entry.slug}.chromium.pdf`);
  writeFileSync(file, pdf);
  chromePages += Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
}
const chrome = performance.now() - started;
const chromeCpu = descendantCpuSeconds() - chromeCpuBefore;
await browser.close();
server.close();
console.log(
  `Chromium print-to-PDF: ${entries.length} PDFs, ${chromePages} pages, ${chrome.toFixed(0)} ms wall, ${(chrome / chromePages).toFixed(1)} ms/page wall,` +
    ` ${((chromeCpu * 1000) / chromePages).toFixed(1)} ms/page CPU (browser processes; + ${launch.toFixed(0)} ms launch)`,
);
rmSync(work, { recursive: true, force: true });
