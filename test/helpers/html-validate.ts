import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type ConfigData, HtmlValidate } from "html-validate";
import { projectRoot } from "./fixture-site.ts";

/** A page type: one .astro file of src/pages and the pattern of the built files it makes. */
export interface PageType {
  /** The source file, relative to src/pages, e.g. "events/[id].astro". */
  source: string;
  /** Whether the route has a parameter ([id], [slug], …). */
  dynamic: boolean;
  pattern: RegExp;
}

/**
 * Every page type of the generator, read from src/pages (so a new page type is validated without editing the test).
 * Endpoints (.ts: feeds, calendars, images) are not HTML pages and are left out.
 */
export function pageTypes(): PageType[] {
  const pagesDir = path.join(projectRoot, "src/pages");
  return readdirSync(pagesDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".astro"))
    .map((f) => f.split(path.sep).join("/"))
    .sort()
    .map((source) => {
      const route = source.replace(/\.astro$/, "").replace(/(^|\/)index$/, "");
      const regex = route
        .split("/")
        .map((part) => (/^\[.+\]$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("/");
      // 404.astro is written as 404.html; every other page as <route>/index.html (Astro's "directory" format).
      const file = route === "404" ? "404\\.html" : route === "" ? "index\\.html" : `${regex}/index\\.html`;
      return { source, dynamic: source.includes("["), pattern: new RegExp(`^${file}$`) };
    });
}

/** The HTML files of a built folder, relative to it, with "/" separators. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

/**
 * Sorts built HTML files into page types: a file belongs to the static route it matches (events/index.html is the
 * events list, not an event), else to the first dynamic one.
 * @returns page type source → its files; files no page type claims are under "(none)"
 */
export function filesByPageType(files: readonly string[], types: readonly PageType[]): Map<string, string[]> {
  const byType = new Map<string, string[]>(types.map((t) => [t.source, []]));
  byType.set("(none)", []);
  const ordered = [...types.filter((t) => !t.dynamic), ...types.filter((t) => t.dynamic)];
  for (const file of files) {
    const type = ordered.find((t) => t.pattern.test(file));
    byType.get(type?.source ?? "(none)")?.push(file);
  }
  return byType;
}

/** One html-validate finding, located. */
export interface HtmlFinding {
  file: string;
  rule: string;
  message: string;
  line: number;
}

/** Validates HTML files with the project's .htmlvalidate.json; returns every error. */
export async function validateHtml(dir: string, files: readonly string[]): Promise<HtmlFinding[]> {
  // The project's config, given explicitly: the built folder lives in a temp dir, outside the project's tree.
  const config = JSON.parse(readFileSync(path.join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
  const validator = new HtmlValidate(config);
  const findings: HtmlFinding[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(path.join(dir, file), "utf8"), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) findings.push({ file, rule: m.ruleId, message: m.message, line: m.line });
      }
    }
  }
  return findings;
}
