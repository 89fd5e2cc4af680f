import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The one-way dependency rule of docs/dev/architecture.md: a file may import from its own stage or an earlier one,
 * never from a later one. Imports are read from the import/export lines of every .ts/.astro file under src/.
 * Inside stage 2, src/lib/ is split into domain folders that may import each other only without a cycle.
 */
const src = path.resolve(import.meta.dirname, "../../src");
const lib = path.join(src, "lib");
const architectureDoc = path.resolve(import.meta.dirname, "../../docs/dev/architecture.md");

/** Stage of each top-level entry of src/, in pipeline order. */
const STAGES: Record<string, number> = {
  types: 0,
  schemas: 1,
  data: 1,
  lib: 2,
  loaders: 3,
  checks: 4,
  outputs: 5,
  pages: 5,
  components: 5,
  layouts: 5,
  scripts: 5,
  styles: 5,
  "content.config.ts": 5,
  "site.ts": 5,
  "event-entries.ts": 5,
  "collections.ts": 5,
  "town-finder-data.ts": 5,
  "page-cache-keys.ts": 5,
  cli: 6,
};

const CONTENT_MODEL =
  "The content model that the checks read is assembled while loading; it moves with the one-read content snapshot.";
const PARSERS =
  "Schemas refine strings with lib's pure parsers (dates, phones, codes, geo, opening hours); lib in turn only imports schema types.";

/** Known back-edges ("from-file -> imported-file", relative to src/), each with the reason it is still there. */
const EXCEPTIONS: Record<string, string> = {
  "loaders/check-content.ts -> checks/registry.ts": `check-content runs the registered checks after loading. ${CONTENT_MODEL}`,
  "lib/readings/site-reader.ts -> outputs/cache.ts":
    "The reading of each page is kept in the output cache between builds; the cache moves to lib/ with the content snapshot.",
  "lib/readings/site-reader.ts -> outputs/entry-store.ts":
    "The reading of each page is kept in the output cache between builds; the cache moves to lib/ with the content snapshot.",
  "loaders/check-content.ts -> checks/model.ts": CONTENT_MODEL,
  "loaders/content-model.ts -> checks/document-parts.ts": CONTENT_MODEL,
  "loaders/content-model.ts -> checks/model.ts": CONTENT_MODEL,
  "schemas/consultation-window.ts -> lib/values/geo.ts": PARSERS,
  "schemas/consultation-window.ts -> lib/windows/opening-hours.ts": PARSERS,
  "schemas/resource.ts -> lib/values/geo.ts": PARSERS,
  "schemas/resource.ts -> lib/values/normalize-text.ts": PARSERS,
  "schemas/shared/flexible-date.ts -> lib/dates/flexible-date.ts": PARSERS,
  "schemas/shared/flexible-date.ts -> lib/dates/japanese-date.ts": PARSERS,
  "schemas/shared/iso-date.ts -> lib/dates/japanese-date.ts": PARSERS,
  "schemas/shared/local-government-code.ts -> lib/values/local-government-code.ts": PARSERS,
  "schemas/shared/phone.ts -> lib/values/phone.ts": PARSERS,
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(ts|astro|mjs)$/.test(entry.name) ? [full] : [];
  });
}

function stageOf(file: string): number {
  const top = path.relative(src, file).split(path.sep)[0] ?? "";
  const stage = STAGES[top];
  if (stage === undefined) throw new Error(`src/${top} has no stage in this test and in docs/dev/architecture.md`);
  return stage;
}

/** Relative import targets of one file (static imports, re-exports and dynamic imports with a string literal). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm)];
  return found.map((m) => path.resolve(path.dirname(file), m[1] as string)).filter((target) => target.startsWith(src));
}

function backEdges(): string[] {
  const edges: string[] = [];
  for (const file of filesUnder(src)) {
    for (const target of importsOf(file)) {
      if (stageOf(target) > stageOf(file)) edges.push(`${path.relative(src, file)} -> ${path.relative(src, target)}`);
    }
  }
  return edges.sort();
}

/** The domain folders of src/lib/. */
function libDomains(): string[] {
  return readdirSync(lib, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Which lib domains each lib domain imports from (imports inside a domain are left out). */
function libDomainGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const domain of libDomains()) {
    const uses = new Set<string>();
    for (const file of filesUnder(path.join(lib, domain))) {
      for (const target of importsOf(file)) {
        const [top, other] = path.relative(lib, target).split(path.sep);
        if (top !== ".." && other !== undefined && top !== domain) uses.add(top as string);
      }
    }
    graph.set(domain, uses);
  }
  return graph;
}

/** One cycle of a directed graph as the path that closes it (["a", "b", "a"]), or undefined when it has none. */
function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const at = onPath.indexOf(node);
    if (at >= 0) return [...onPath.slice(at), node];
    if (done.has(node)) return undefined;
    onPath.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    onPath.pop();
    done.add(node);
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/** The folders named in the "lib domains" table of docs/dev/architecture.md. */
function documentedDomains(): string[] {
  const text = readFileSync(architectureDoc, "utf8");
  const section = text.split(/^### lib domains$/m)[1]?.split(/^#/m)[0] ?? "";
  return [...section.matchAll(/^\| `src\/lib\/([a-z-]+)\/`/gm)].map((m) => m[1] as string).sort();
}

describe("architecture: one-way dependencies between stages", () => {
  it("finds imports at all (the parser works)", () => {
    expect(importsOf(path.join(src, "cli/check.ts"))).toContain(path.join(src, "loaders/check-content.ts"));
  });

  it("has no import from a later stage except the listed ones", () => {
    expect(backEdges().filter((edge) => !(edge in EXCEPTIONS))).toEqual([]);
  });

  it("lists no exception that is gone", () => {
    const edges = new Set(backEdges());
    expect(Object.keys(EXCEPTIONS).filter((edge) => !edges.has(edge))).toEqual([]);
  });
});

describe("architecture: src/lib/ domains", () => {
  it("has every file in a domain folder (a new file joins the domain whose code it serves)", () => {
    const loose = readdirSync(lib, { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(loose.map((entry) => entry.name)).toEqual([]);
  });

  it("documents exactly the domain folders that exist", () => {
    expect(documentedDomains()).toEqual(libDomains());
  });

  it("sees imports between domains (the graph is read at all)", () => {
    expect(libDomainGraph().get("events")).toContain("dates");
  });

  it("finds a cycle when there is one, and the path that closes it", () => {
    const graph = new Map([
      ["dates", new Set<string>()],
      ["events", new Set(["dates", "search"])],
      ["search", new Set(["text"])],
      ["text", new Set(["events"])],
    ]);
    expect(findCycle(graph)).toEqual(["events", "search", "text", "events"]);
    graph.set("text", new Set(["dates"]));
    expect(findCycle(graph)).toBeUndefined();
  });

  it("has no cycle between domains: each domain builds only on others that do not build on it", () => {
    expect(findCycle(libDomainGraph())).toBeUndefined();
  });
});
