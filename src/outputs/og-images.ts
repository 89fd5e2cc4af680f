/**
 * Build step: one Open Graph image (1200×630 PNG) per page that residents share — the home page, the pamphlet list,
 * every pamphlet, 出前講座, consultation window and event that is coming or just past — at the path BaseLayout's og:image names
 * (src/lib/site/output-paths.ts). Cached like the PDFs.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createLogger } from "../lib/content/logger.ts";
import { siteToday } from "../lib/dates/today.ts";
import { categorySlug } from "../lib/resources/resource-facets.ts";
import { eventHasOwnOgImage, ogImagePath } from "../lib/site/output-paths.ts";
import { resourceCategories } from "../schemas/resource.ts";
import { generatorFingerprint, hashParts, openOutputCache } from "./cache.ts";
import type { OutputContext } from "./context.ts";
import type { OgInput } from "./og/og-image.ts";
import { loadPrintFonts } from "./print/fonts.ts";

/** A page that gets its own OG image. */
export interface OgTarget {
  /** Site path of the page. */
  sitePath: string;
  input: OgInput;
}

/**
 * The pages with their own OG image (list pages and the rest use the home page's image).
 * Resource detail pages (up to 25,000 at prefecture size) do not get one each: they share one image per category
 * (病院, 診療所, …), at the OG path of the category's /resources/type/<slug>/ page, made when the content has
 * resource CSV files. Events long past use the home page's image (eventHasOwnOgImage, which EventLayout asks too).
 * @param today the build's "today" (SITE_TODAY)
 */
export function ogTargets(ctx: Pick<OutputContext, "content" | "site">, today = siteToday()): OgTarget[] {
  const { pamphlets, talks, events, windows } = ctx.content;
  const { site, municipality } = ctx.site;
  const common = { siteTitle: site.title, municipality: `${municipality.prefecture}${municipality.name}` };
  const hasResources = ctx.content.resourceFiles.length > 0;
  return [
    { sitePath: "/", input: { ...common, siteTitle: "", title: site.title } },
    { sitePath: "/pamphlets/", input: { ...common, title: "パンフレット", kicker: "一覧" } },
    ...pamphlets.map((p) => ({
      sitePath: `/pamphlets/${p.slug}/`,
      input: { ...common, title: p.data.title, kicker: "パンフレット" },
    })),
    // The same title as the event page (EventLayout), so a cancellation shows in what residents share.
    ...events
      .filter((e) => eventHasOwnOgImage(e.data, today))
      .map((e) => ({
        sitePath: `/events/${e.id}/`,
        input: { ...common, title: e.data.cancelled ? `【中止】${e.data.title}` : e.data.title, kicker: e.data.kind },
      })),
    ...talks.map((t) => ({ sitePath: `/talks/${t.slug}/`, input: { ...common, title: t.data.title, kicker: "出前講座" } })),
    ...windows.map((w) => ({
      sitePath: `/windows/${w.slug}/`,
      input: { ...common, title: w.data.name, kicker: w.data.kind },
    })),
    ...(hasResources ? resourceCategories : []).map((category) => ({
      sitePath: `/resources/type/${categorySlug(category)}/`,
      input: { ...common, title: category, kicker: "医療・介護事業所" },
    })),
  ];
}

/** Writes the OG images into ctx.outDir. */
export async function buildOgImages(ctx: OutputContext): Promise<{ count: number }> {
  const log = createLogger("og");
  const started = performance.now();
  const targets = ogTargets(ctx);
  log.step(`共有用の画像（OGP）を作っています（${targets.length} 件）`);
  const fonts = loadPrintFonts(ctx.site.print.font);
  const base = [generatorFingerprint(ctx.projectRoot), fonts.hash, "og"];
  const cache = openOutputCache(ctx.projectRoot, "og");
  let done = 0;
  let made = 0;
  await Promise.all(
    targets.map(async (target) => {
      const key = hashParts([...base, JSON.stringify(target.input)]);
      let data = cache.read<object>(key)?.data as Uint8Array | undefined;
      if (!data) {
        data = (await ctx.pool.run({ kind: "og", input: target.input, font: fonts.face })).data;
        cache.write(key, data, {});
        made++;
      }
      const file = path.join(ctx.outDir, ogImagePath(target.sitePath));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, data);
      log.progress(++done, targets.length, "OGP画像");
    }),
  );
  cache.prune();
  log.done(`OGP画像 ${targets.length} 件（新しく作成 ${made} 件） ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
  return { count: targets.length };
}
