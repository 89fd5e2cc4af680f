import { defineConfig } from "vitest/config";

/**
 * One vitest run for the whole pipeline: unit (schemas, loaders, lib), build (fixture sites built into temp dirs)
 * and browser (Debian Chromium via playwright-core). A JSON report feeds the "N passed, N failed" line in CI.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One temporary folder per run, removed at the end (test/setup/temp-root.ts).
    globalSetup: ["test/setup/temp-root.ts"],
    // Build tests run Astro in child processes; two cores on these machines.
    maxWorkers: 2,
    // A build inside a test takes seconds alone and minutes on a busy shared machine: the limits catch hangs only.
    testTimeout: 240_000,
    hookTimeout: 480_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
