/**
 * Builds a bare Astro project (bench/compare/bare-astro.ts) with this project's installed Astro and prints
 * {"ms": …, "cpuMs": …} — the wall and CPU time of Astro's build() alone, measured the same way as our build's
 * HTML phase (src/cli/phase-timings.ts).
 *
 * Usage: node bench/compare/bare-astro-build.ts <project-dir>
 */
import path from "node:path";

const root = path.resolve(process.argv[2] ?? ".");
const { build } = await import("astro");
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const started = { wall: performance.now(), cpu: cpu() };
await build({ root, logLevel: "warn", cacheDir: path.join(root, ".astro-cache") });
const ms = Math.round(performance.now() - started.wall);
const cpuMs = Math.round(cpu() - started.cpu);
console.log(JSON.stringify({ ms, cpuMs, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
