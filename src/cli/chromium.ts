import type { LaunchOptions } from "playwright-core";

/**
 * Debian's Chromium (never a downloaded browser), started without anything that talks to the network on its own:
 * this machine's network is closed, and a resident-facing test must see only the site's own requests.
 * `CHROMIUM_PATH` overrides the binary. Used by the accessibility report, the browser tests and the benchmark.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
  ],
} as const satisfies LaunchOptions;
