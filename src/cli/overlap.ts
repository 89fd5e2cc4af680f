/**
 * Rendering beside Astro: `npm run build` may render the PDFs, the awareness PDFs and the OG images
 * (src/outputs/post-build.ts, `renderOutputs`) in its own process while its page-rendering child runs Astro, which
 * uses one core for most of its build, instead of after it. The rendered files go into a folder of their own beside
 * the site's staging folder (Astro empties its output folder when it starts) and are moved into the site's staging
 * folder once both are done; the finishing steps (PDF links, search, verification …) then run on the whole site as
 * before, so the site is byte for byte the same as with the steps in sequence.
 *
 * Only for sites small enough that both fit in memory together (see {@link OVERLAP_LIMIT}).
 */
import { existsSync, readdirSync, renameSync, rmdirSync, statSync } from "node:fs";
import path from "node:path";
import type { ContentSnapshot } from "../loaders/content-snapshot.ts";
import type { PostBuildOptions, RenderedOutputs } from "../outputs/post-build.ts";

/**
 * The largest site (in {@link contentItems}: roughly its page count) rendered beside Astro; larger sites render after
 * Astro has exited, as its memory is returned only then (src/cli/child-steps.ts).
 *
 * Why 5,000, from the measured peaks of the process tree (docs/performance.md): Astro's child grows from about
 * 1.15 GiB at M (2,170 items) to 2.5 GiB at L (31,412 items), about 48 KiB per item; the rendering (this process and
 * its workers, the OG images the largest) from 1.25 to 2.3 GiB, about 36 KiB per item. Rendering beside Astro at M
 * peaked at 1,956–2,059 MiB (1,275–1,751 MiB in sequence); adding 84 KiB per item gives about 2.3 GiB at 5,000
 * items, leaving some 0.7 GiB of the 3 GiB budget for what a straight line misses. At L it would be about 4.4 GiB.
 */
export const OVERLAP_LIMIT = {
  /** Most content items for rendering beside Astro. */
  maxItems: 5000,
  /** The environment variable that replaces {@link OVERLAP_LIMIT.maxItems} (tests: 0 never overlaps). */
  env: "ZAITAKU_OVERLAP_MAX_ITEMS",
} as const;

/**
 * The number of things the site makes pages of: pamphlets, talks, events, windows and resources. Each makes one
 * page (plus the list pages), so this follows the page count and the memory Astro and the rendering need.
 * @param content the content snapshot
 */
export function contentItems(content: Pick<ContentSnapshot, "pamphlets" | "talks" | "events" | "windows" | "resources">): number {
  return (
    content.pamphlets.length + content.talks.length + content.events.length + content.windows.length + content.resources.length
  );
}

/**
 * Whether a site of `items` content items renders its outputs beside Astro.
 * @param items {@link contentItems} of the site
 * @param env where {@link OVERLAP_LIMIT.env} is read (default `process.env`); a value that is not a whole number
 *   of zero or more is ignored
 */
export function rendersBesideAstro(items: number, env: Record<string, string | undefined> = process.env): boolean {
  const override = env[OVERLAP_LIMIT.env]?.trim();
  const limit = override && /^\d+$/.test(override) ? Number(override) : OVERLAP_LIMIT.maxItems;
  return items <= limit && limit > 0;
}

/**
 * Renders the site's PDFs and OG images into `renderDir` while `renderPages` runs Astro into `options.siteDir`, then
 * moves them into `options.siteDir` and finishes the site there (src/outputs/post-build.ts). The rendering has one
 * worker while Astro runs (Astro keeps the other core busy) and all of them once it is done. When either side fails,
 * the other is stopped and waited for, and the first error is thrown: the caller discards both folders.
 * @param options the output steps' options (`siteDir`: where Astro writes)
 * @param renderDir the render staging folder, on the same file system as `options.siteDir`
 * @param renderPages runs Astro's pages (the page-rendering child)
 * @param stopPages stops it early (kills the child)
 */
export async function renderBesideAstro(
  options: PostBuildOptions,
  renderDir: string,
  renderPages: () => Promise<void>,
  stopPages: () => void,
): Promise<void> {
  const { finishOutputs, renderOutputs } = await import("../outputs/post-build.ts");
  const { createRenderPool, defaultRenderPoolSize } = await import("../outputs/render-pool.ts");
  const all = defaultRenderPoolSize();
  const pool = createRenderPool(Math.min(1, all));
  let rendered: RenderedOutputs;
  try {
    [, rendered] = await runTogether(
      {
        run: async () => {
          await renderPages();
          pool.grow(all);
        },
        stop: stopPages,
      },
      { run: () => renderOutputs({ ...options, outDir: renderDir, pool }), stop: () => pool.close() },
    );
  } finally {
    await pool.close();
  }
  moveRenderedInto(renderDir, options.siteDir);
  await finishOutputs(options, rendered);
}

/** One of two pieces of work run together: how to start it and how to stop it early. */
export interface Side<T> {
  /** Starts the work. */
  run: () => Promise<T>;
  /** Asks the work to stop soon (its promise must still settle). */
  stop: () => unknown;
}

/**
 * Runs two pieces of work at the same time. When one fails, the other is stopped; both are waited for (so that
 * nothing writes any more), then the first error (in time) is thrown.
 * @returns both results, when both succeeded
 */
export async function runTogether<A, B>(a: Side<A>, b: Side<B>): Promise<[A, B]> {
  let failure: { error: unknown } | undefined;
  const watch = <T>(work: Promise<T>, other: Side<unknown>) =>
    work.catch((error: unknown) => {
      if (!failure) {
        failure = { error };
        other.stop();
      }
      throw error;
    });
  const [ra, rb] = await Promise.allSettled([watch(a.run(), b), watch(b.run(), a)]);
  if (failure) throw failure.error;
  if (ra.status === "rejected" || rb.status === "rejected") throw new Error("unreachable: a side failed unnoticed");
  return [ra.value, rb.value];
}

/**
 * Moves every file of `from` to the same place under `to` (renames on one file system), replacing a file of the same
 * name, as writing it there would have; folders `to` lacks are moved whole. `from` is removed at the end.
 * @param from the render folder (may not exist when nothing was rendered)
 * @param to the site's staging folder
 */
export function moveRenderedInto(from: string, to: string): void {
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory() && existsSync(target) && statSync(target).isDirectory()) moveRenderedInto(source, target);
    else renameSync(source, target);
  }
  rmdirSync(from);
}
