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
  /** Whether the route has a rest parameter ([...page]: this project's page numbers, none for page 1). */
  rest: boolean;
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
      // The project's rest parameters are page numbers (Astro's paginate): events/[...page] makes events/ and events/2/.
      const regex = route
        .split("/")
        .map((part) =>
          /^\[\.\.\..+\]$/.test(part)
            ? "\u0000"
            : /^\[.+\]$/.test(part)
              ? "[^/]+/"
              : `${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/`,
        )
        .join("")
        .replaceAll("\u0000", "(?:[0-9]+/)?");
      // 404.astro is written as 404.html; every other page as <route>/index.html (Astro's "directory" format).
      const file = route === "404" ? "404\\.html" : route === "" ? "index\\.html" : `${regex}index\\.html`;
      return { source, dynamic: source.includes("["), rest: source.includes("[..."), pattern: new RegExp(`^${file}$`) };
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
 * Sorts built HTML files into page types: a file belongs to the static route it matches, else to a paginated list
 * (events/2/index.html is the events list's page 2: the loader refuses event names of only digits), else to the
 * first other route with parameters.
 * @returns page type source → its files; files no page type claims are under "(none)"
 */
export function filesByPageType(files: readonly string[], types: readonly PageType[]): Map<string, string[]> {
  const byType = new Map<string, string[]>(types.map((t) => [t.source, []]));
  byType.set("(none)", []);
  // Static routes first, then list pages (a number, or nothing, after the list's path: an event or facility id is
  // never only digits), then the other routes with parameters.
  const ordered = [
    ...types.filter((t) => !t.dynamic),
    ...types.filter((t) => t.rest),
    ...types.filter((t) => t.dynamic && !t.rest),
  ];
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
