import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { projectRoot } from "../../helpers/fixture-site.ts";
import { BASE, type DemoSite } from "./demo-site.ts";

/** One query of the search query set and the page that should answer it. */
export interface QueryCase {
  query: string;
  /** The page that answers the query, or the pages that answer it equally (the first one found counts). */
  expected: string | string[];
  kind: string;
}

/** The Japanese query set (test/fixtures/search/queries.json). */
export const queries: QueryCase[] = (
  JSON.parse(readFileSync(path.join(projectRoot, "test/fixtures/search/queries.json"), "utf8")) as { queries: QueryCase[] }
).queries;

/** Waits until the search page has finished (its status line says something other than "searching"). */
export async function settled(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const text = document.querySelector("#search-status")?.textContent ?? "";
    return text !== "" && !text.includes("検索しています");
  });
}

/** Result links in order, as site paths without the base. */
export async function resultPaths(p: Page): Promise<string[]> {
  const hrefs = await p.locator(".search-result__title a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => `/${h.slice(BASE.length)}`);
}

/** Opens /search/?q=… (the address residents land on from the header box) and returns the result paths. */
export async function searchUi(site: DemoSite, page: Page, query: string): Promise<string[]> {
  await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
  await settled(page);
  return resultPaths(page);
}

/** Types the query into the search page's own box and submits it (no page load), then returns the result paths. */
export async function searchInPage(site: DemoSite, page: Page, query: string): Promise<string[]> {
  if (!page.url().includes("/search/")) await page.goto(site.url("/search/"));
  await page.evaluate(() => {
    const status = document.querySelector("#search-status");
    if (status) status.textContent = "";
  });
  await page.locator("#search-q").fill(query);
  await page.locator("#search-form button[type=submit]").click();
  await settled(page);
  return resultPaths(page);
}
