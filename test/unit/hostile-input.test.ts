/**
 * Hostile input through every loader that exists (site.yaml, pamphlet front matter, Markdown/MDX bodies, the CSV
 * core, window YAML, event and resource CSV):
 * random and adversarial values must end as a located ContentIssue or as text, never as a crash, never as markup
 * that runs. Bounded time: each property runs under the test timeout.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { compile } from "@mdx-js/mdx";
import fc from "fast-check";
import type { Root } from "hast";
import { raw } from "hast-util-raw";
import { find, html } from "property-information";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import type { ContentIssue } from "../../src/lib/content/content-issue.ts";
import { formatIssueReport } from "../../src/lib/content/issue-report.ts";
import { rehypeSafeHtml } from "../../src/lib/markdown/rehype-safe-html.ts";
import { rehypeSiteLinks, rewriteSiteHref } from "../../src/lib/markdown/rehype-site-links.ts";
import { elementVerdict } from "../../src/lib/markdown/safe-html.ts";
import { restoreFormula } from "../../src/lib/opendata/csv-write.ts";
import { checkContent } from "../../src/loaders/check-content.ts";
import { readCsv } from "../../src/loaders/csv/read-csv.ts";
import { readEventCsv } from "../../src/loaders/events-csv.ts";
import { parseMarkdownBody } from "../../src/loaders/markdown-ast.ts";
import { readResources } from "../../src/loaders/resources.ts";
import { readSiteConfig } from "../../src/loaders/site-config.ts";
import { readWindows } from "../../src/loaders/windows.ts";
import { copyFixture } from "../helpers/fixture-site.ts";
import { hostileLines, hostileText } from "../helpers/hostile.ts";
import { executableMarkupIn } from "../helpers/injection-scan.ts";

const TODAY = "2026-11-28";
const BASE = "/zaitaku/";

/** Every issue names its file, says something, and points at a line or a field. */
function expectLocated(issues: readonly ContentIssue[]): void {
  for (const issue of issues) {
    expect(issue.file).not.toBe("");
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.line !== undefined || issue.field !== undefined, JSON.stringify(issue)).toBe(true);
    if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
  }
  // The report itself never fails on hostile values.
  expect(typeof formatIssueReport(issues)).toBe("string");
}

/** A YAML scalar for a hostile value: double-quoted (JSON), single-quoted, or pasted raw (may break the YAML). */
const yamlValue = fc
  .tuple(hostileText, fc.constantFrom("json", "single", "raw"))
  .map(([text, style]) =>
    style === "json" ? JSON.stringify(text) : style === "single" ? `'${text.replace(/'/g, "''")}'` : text,
  );

describe("site.yaml with hostile values", () => {
  const content = path.join(copyFixture("minimal"), "content");
  const file = path.join(content, "site.yaml");
  const original = readFileSync(file, "utf8");
  const lines = original.split("\n").filter((l) => /^\s+\w+: /.test(l));

  it("ends as a valid config or located issues, never a crash", () => {
    fc.assert(
      fc.property(fc.constantFrom(...lines), yamlValue, (line, value) => {
        writeFileSync(file, original.replace(line, line.replace(/: .*$/, `: ${value}`)));
        const { config, issues } = readSiteConfig(content);
        expect(config !== undefined || issues.length > 0).toBe(true);
        expectLocated(issues);
        expectLocated(checkContent(content, TODAY));
      }),
      { numRuns: 150 },
    );
  });

  it("survives a whole file of hostile text", () => {
    fc.assert(
      fc.property(hostileLines, (text) => {
        writeFileSync(file, text);
        expectLocated(readSiteConfig(content).issues);
        expectLocated(checkContent(content, TODAY));
      }),
      { numRuns: 100 },
    );
  });
});

describe("pamphlet front matter and bodies with hostile values", () => {
  const content = path.join(copyFixture("minimal"), "content");
  const keys = fc.constantFrom("title", "description", "updated", "order", "audience", "tags", "updatd", "<script>", "{x}");

  it("every issue is located, whatever the front matter and the body", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(keys, yamlValue), { maxLength: 6 }),
        hostileLines,
        fc.constantFrom("md", "mdx"),
        (fields, body, format) => {
          const frontmatter = fields.map(([k, v]) => `${k}: ${v}`).join("\n");
          const name = `pamphlets/hostile.${format}`;
          writeFileSync(path.join(content, name), `---\n${frontmatter}\n---\n${body}\n`);
          const issues = checkContent(content, TODAY);
          expectLocated(issues);
          // Every field value was hostile or missing: the file cannot pass silently without a title.
          const own = issues.filter((i) => i.file === name);
          if (!fields.some(([k]) => k === "title")) expect(own.some((i) => i.severity === "error")).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** Walks a tree (hast with MDX nodes). */
function walk(node: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (!node || typeof node !== "object") return;
  const n = node as Record<string, unknown>;
  visit(n);
  for (const child of (n["children"] as unknown[] | undefined) ?? []) walk(child, visit);
}

describe("Markdown and MDX bodies with hostile markup", () => {
  it(".md: the rendered HTML never contains executable markup or style attributes", async () => {
    const processor = await createMarkdownProcessor({
      rehypePlugins: [
        [rehypeSafeHtml, { base: BASE }],
        [rehypeSiteLinks, { base: BASE }],
      ],
      syntaxHighlight: false,
      smartypants: false,
    });
    await fc.assert(
      fc.asyncProperty(hostileLines, async (body) => {
        const { code } = await processor.render(body);
        expect(executableMarkupIn(`<body>${code}</body>`, BASE), code).toEqual([]);
        expect(code).not.toMatch(/<[a-z][^>]*\sstyle=/i);
      }),
      { numRuns: 300 },
    );
  });

  it(".mdx: what the check accepts compiles, what fails to compile the check reports, nothing unsafe survives", async () => {
    let sanitized: Root | undefined;
    const spy = () => (tree: Root) => {
      sanitized = structuredClone(tree);
    };
    // Astro's MDX pipeline: GFM, raw HTML parsed with MDX nodes passed through, then the site's rehype plugins.
    const passThrough = ["mdxFlowExpression", "mdxJsxFlowElement", "mdxJsxTextElement", "mdxTextExpression", "mdxjsEsm"];
    const rawPlugin = () => (tree: Root) => raw(tree, { passThrough }) as Root;
    await fc.assert(
      fc.asyncProperty(hostileLines, async (body) => {
        const checked = parseMarkdownBody(body, "mdx", "pamphlets/x.mdx", 6);
        sanitized = undefined;
        let compiled = true;
        try {
          await compile(body, {
            remarkPlugins: [remarkGfm],
            rehypePlugins: [rawPlugin, [rehypeSafeHtml, { base: BASE }], [rehypeSiteLinks, { base: BASE }], spy],
          });
        } catch {
          compiled = false;
        }
        expect(compiled, `check: ${JSON.stringify(checked.issues)}\nbody: ${JSON.stringify(body)}`).toBe(
          checked.issues.length === 0,
        );
        expectLocated(checked.issues);
        if (!sanitized) return;
        walk(sanitized, (node) => {
          expect(["mdxFlowExpression", "mdxTextExpression", "mdxjsEsm", "raw", "comment"]).not.toContain(node["type"]);
          // JSX elements became hast elements before sanitizing: no MDX JSX node reaches the compiler.
          expect(["mdxJsxFlowElement", "mdxJsxTextElement"]).not.toContain(node["type"]);
          if (node["type"] === "element") {
            const name = node["tagName"] as string;
            expect(elementVerdict(name, "checkbox"), name).toBe("keep");
            const attributes = Object.entries((node["properties"] as Record<string, unknown>) ?? {}).map(([k, v]) => [
              find(html, k).attribute,
              v,
            ]);
            for (const [attribute, value] of attributes) {
              expect(String(attribute)).not.toMatch(/^on|^style$/);
              if (attribute === "href" || attribute === "src") expect(rewriteSiteHref(String(value), BASE)).not.toBeNull();
              expect(typeof value === "object" && value !== null && !Array.isArray(value), "expression value").toBe(false);
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("CSV files with hostile cells", () => {
  const dir = copyFixture("minimal");
  const csvFile = path.join(dir, "content", "hostile.csv");
  const aliases = { name: ["名称"], phone: ["電話番号"], note: ["備考"] };
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const encode = (text: string, encoding: string): Buffer =>
    encoding === "utf-16le"
      ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])
      : encoding === "utf-8-bom"
        ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])
        : Buffer.from(text, "utf8");
  const wellFormed = (text: string) => text.isWellFormed();

  it("round-trips every cell as text, or refuses the file with a located issue", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hostileText, hostileText, hostileText), { maxLength: 15 }),
        fc.constantFrom("utf-8", "utf-8-bom", "utf-16le"),
        (rows, encoding) => {
          const text = [["名称", "電話番号", "備考"], ...rows].map((r) => r.map(quote).join(",")).join("\r\n");
          writeFileSync(csvFile, encode(text, encoding));
          const { table, issues } = readCsv(csvFile, "hostile.csv", { aliases });
          expectLocated(issues.map((i) => ({ ...i, field: i.field ?? "(ファイル全体)" })));
          if (!table) {
            // Only a file that is not valid in its encoding may be refused (a lone surrogate in UTF-16).
            expect(wellFormed(text)).toBe(false);
            return;
          }
          // UTF-8 cannot carry a lone surrogate: the encoder wrote U+FFFD, which is what must come back.
          // A leading ' before a formula-like value is the open-data export's guard, which the reader removes
          // (csv-write.ts): '=1 reads as =1, the text an exported file started from.
          const asWritten = (cell: string) => restoreFormula(Buffer.from(cell, "utf8").toString("utf8").trim());
          const expected = rows.map((r) => r.map(asWritten)).filter((r) => r.some((c) => c !== ""));
          expect(table.rows.map((r) => [r.values.name ?? "", r.values.phone ?? "", r.values.note ?? ""])).toEqual(expected);
        },
      ),
      // A cell that once failed: the export guard before a formula-like value.
      { numRuns: 150, examples: [[[["'---", "", ""]], "utf-8"]] },
    );
  });

  it("never crashes on arbitrary bytes or broken CSV syntax", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b)),
          fc
            .array(hostileText, { maxLength: 30 })
            .map((cells) => Buffer.from(cells.join(fc.sample(fc.constantFrom(",", "\n", '"', "\t"), 1)[0]))),
        ),
        (bytes) => {
          writeFileSync(csvFile, bytes);
          const { table, issues } = readCsv(csvFile, "hostile.csv", { aliases, requiredColumns: ["name"] });
          expect(table !== undefined || issues.length > 0).toBe(true);
          for (const issue of issues) {
            expect(issue.file).toBe("hostile.csv");
            expect(issue.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads a 10 MB cell and 100,000 rows, in bounded time", () => {
    const big = "あ<script>".repeat(1_000_000);
    writeFileSync(csvFile, `名称,備考\r\n${quote("大きなセル")},${quote(big)}\r\n`);
    const one = readCsv(csvFile, "hostile.csv", { aliases });
    expect(one.table?.rows[0]?.values.note).toBe(big);

    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `${quote(`施設${i}`)},${quote(`03-0000-${String(i % 10000).padStart(4, "0")}`)},${quote('"<b>"\n改行')}`,
    );
    writeFileSync(csvFile, `名称,電話番号,備考\r\n${rows.join("\r\n")}\r\n`);
    const many = readCsv(csvFile, "hostile.csv", { aliases });
    expect(many.table?.rows).toHaveLength(100_000);
    expect(many.table?.rows.at(-1)).toMatchObject({ row: 100_001, values: { name: "施設99999", note: '"<b>"\n改行' } });
  }, 120_000);
});

describe("the content-type loaders with hostile values", () => {
  it("windows/*.yaml: a hostile value in any field ends as a valid window or located issues", () => {
    const dir = path.join(copyFixture("windows"), "content");
    const file = path.join(dir, "windows/honcho.yaml");
    const original = readFileSync(file, "utf8");
    const lines = original.split("\n").filter((l) => /^\s*[\w-]+: \S/.test(l));
    const site = readSiteConfig(dir).config;
    fc.assert(
      fc.property(fc.constantFrom(...lines), yamlValue, (line, value) => {
        writeFileSync(file, original.replace(line, line.replace(/: .*$/, `: ${value}`)));
        const { entries, issues } = readWindows(dir, site);
        expect(
          entries.some((e) => e.file === "windows/honcho.yaml") || issues.some((i) => i.file === "windows/honcho.yaml"),
        ).toBe(true);
        expectLocated(issues);
        expectLocated(checkContent(dir, TODAY));
      }),
      { numRuns: 100 },
    );
  });

  it("events/*.csv: hostile cells end as events whose text is the cell, or located issues", () => {
    const dir = path.join(copyFixture("events"), "content");
    const file = path.join(dir, "events/hostile.csv");
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (title, description, place) => {
        const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
        const header = "ID,イベント名,開始日,説明,場所名称";
        writeFileSync(file, `${header}\r\nX-1,${quote(title)},2026-12-01,${quote(description)},${quote(place)}\r\n`);
        const { events, issues } = readEventCsv(file, "events/hostile.csv");
        expectLocated(issues);
        if (events.length === 1) {
          // the export guard ' before a formula-like value is removed, as in every CSV cell (csv-write.ts)
          expect(events[0]?.data.title).toBe(
            restoreFormula(Buffer.from(title, "utf8").toString("utf8").trim()).replace(/^[【[(（]?中止[】\])）]?\s*/, ""),
          );
        } else {
          expect(issues.some((i) => i.severity === "error")).toBe(true);
        }
      }),
      { numRuns: 150, examples: [["'=1", "", ""]] },
    );
  });

  it("resources/*.csv: hostile cells never crash the resource loader", () => {
    const dir = path.join(copyFixture("windows"), "content");
    const file = path.join(dir, "resources/hostile.csv");
    const site = readSiteConfig(dir).config;
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileText, hostileText, hostileText), { maxLength: 8 }), (rows) => {
        const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
        const body = rows.map(([name, address, note], i) =>
          [`H${i}`, quote(name), "病院", quote(address), "03-0000-1234", quote(note)].join(","),
        );
        writeFileSync(file, `NO,名称,医療機関の種類,住所,電話番号,備考\r\n${body.join("\r\n")}\r\n`);
        const { issues } = readResources(dir, site);
        expectLocated(issues.map((i) => ({ ...i, field: i.field ?? "(ファイル全体)" })));
      }),
      { numRuns: 100 },
    );
  });
});
