/**
 * Test helper: runs only the Astro build (no content checks, no post-Astro steps or verification, no staging) into
 * `--out`, to prove what the render-time defences do with content that `npm run check` would have refused.
 * Usage: node test/helpers/build-unchecked.ts --out DIR     (CONTENT_DIR, SITE_TODAY from the environment)
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "astro";
import { acquireBuildLock } from "../../src/cli/build-lock.ts";
import { contentDir } from "../../src/loaders/content-dir.ts";
import { setZaitakuPressRun } from "../../src/outputs/integration.ts";

const { values } = parseArgs({ options: { out: { type: "string" } } });
if (!values.out) throw new Error("--out is required");
const root = path.resolve(import.meta.dirname, "../..");
const content = contentDir();
// The same lock as the real build: two Astro builds of one checkout must never run at once (shared .astro/).
const release = await acquireBuildLock(root, () => {});
// Astro's pages only: the integration's output steps would verify (and refuse) the very markup under test.
setZaitakuPressRun({ outputs: false });
try {
  await build({
    root,
    outDir: path.resolve(values.out),
    logLevel: "error",
    cacheDir: path.join(
      root,
      "node_modules",
      ".astro-cache",
      `unchecked-${Buffer.from(content).toString("base64url").slice(-40)}`,
    ),
  });
} finally {
  release();
}
