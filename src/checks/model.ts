/**
 * The content model the checks read: everything `npm run check` knows about a content folder, already parsed and
 * located, so every check is a pure function `(model) => ContentIssue[]` (src/checks/registry.ts).
 * src/loaders/content-model.ts builds it from the folder.
 *
 * Extension point for new content types (events, windows, resources …):
 * 1. add an optional, read-only field here with the validated entries, each carrying its `file` and `line`
 *    (CSV: row number as `line`, column name as `field`), e.g. `events?: readonly LocatedEvent[]`;
 * 2. fill it in `loadContentModel` (src/loaders/content-model.ts) from your loader;
 * 3. push every staff-written text value into `texts` (with its role), so the character checks cover it
 *    (CSV tables: `csvTexts(table)` in src/loaders/content-model.ts);
 * 4. add your site paths to `routes` (e.g. `/events/<id>/`), so links to them are checked;
 * 5. write your checks in src/checks/<type>.ts and list them in src/checks/registry.ts.
 */
import type { Root } from "mdast";
import type { ContentIssue } from "../lib/content/content-issue.ts";
import type { ConsultationWindow } from "../schemas/consultation-window.ts";
import type { EventData } from "../schemas/event.ts";
import type { SiteConfig } from "../schemas/site.ts";

/** A Markdown/MDX document of any collection (pamphlets, events …), parsed with positions. */
export interface ContentDocument {
  /** Collection folder, e.g. "pamphlets". */
  collection: string;
  /** File name without extension (the URL slug). */
  slug: string;
  /** Path relative to the content folder, e.g. "pamphlets/zaitaku-iryo.mdx". */
  file: string;
  /** md = plain Markdown, mdx = MDX. */
  format: "md" | "mdx";
  /** The body as written (front matter removed). */
  body: string;
  /** Line of the body's first line in the file: add `bodyFirstLine - 1` to tree positions. */
  bodyFirstLine: number;
  /** The body's syntax tree; undefined when it could not be parsed (the loader reported why). */
  tree?: Root | undefined;
  /** The validated front matter; undefined when invalid (the loader reported why). */
  data?: Readonly<Record<string, unknown>> | undefined;
  /** Line of each top-level front matter key (`updated` → 4). */
  fieldLines: Readonly<Record<string, number>>;
}

/** What a piece of text is, so each check applies only where it makes sense. */
export type TextRole =
  /** Running text residents read (Markdown paragraphs, headings, alt text, titles, descriptions). */
  | "prose"
  /** A field that holds a phone or FAX number. */
  | "phone"
  /** A field that holds a date. */
  | "date"
  /** Any other structured value (names, addresses, tags). */
  | "value"
  /** Code spans and code blocks: shown as written, only invisible characters are checked. */
  | "code";

/** One piece of staff-written text with its location. */
export interface TextSpan {
  /** Path relative to the content folder. */
  file: string;
  /** 1-based line (CSV: row number) of the text's first character. */
  line: number;
  /** 1-based column of the text's first character, when known. */
  column?: number | undefined;
  /** Field path or CSV column name, when the text is a field value. */
  field?: string | undefined;
  text: string;
  role: TextRole;
}

/** The site paths a build will produce, so links to missing pages are caught before building. */
export interface SiteRoutes {
  /** Every known page path, with trailing slash ("/", "/pamphlets/", "/pamphlets/zaitaku-iryo/"). */
  pages: ReadonlySet<string>;
  /** Dynamic route families: a link under `prefix` must name one of `slugs` ("/pamphlets/" → pamphlet slugs). */
  families: readonly { prefix: string; slugs: readonly string[]; label: string }[];
  /** Prefixes of dynamic routes whose pages this model cannot list (checked after the build instead). */
  unchecked: readonly string[];
}

/** A validated event (MDX file or CSV row), located for checks. */
export interface LocatedEvent {
  /** URL id (/events/<id>/). */
  id: string;
  /** Path relative to the content folder. */
  file: string;
  /** MDX: line of the front matter's first line (2); CSV: the row (header = row 1). */
  line: number;
  data: EventData;
  /** CSV 開催状況 as written (予定, 開催, 受付中 …); undefined for MDX or an empty cell. */
  csvStatus?: string | undefined;
  /** How the fields are named where staff edit them: front matter keys (MDX) or CSV headers as written. */
  fields: { application: string; status: string };
  /** Line of a field (MDX front matter key); CSV rows use `line`. */
  fieldLine(field: string): number;
}

/** A validated consultation window (windows/<slug>.yaml), located for checks. */
export interface LocatedWindow {
  slug: string;
  file: string;
  data: ConsultationWindow;
  /** Line of a field path in the YAML file. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Everything the checks read. */
export interface ContentModel {
  /** "Today" (SITE_TODAY or the JST date), YYYY-MM-DD. */
  today: string;
  /** The validated site.yaml, when valid. */
  site?: SiteConfig | undefined;
  /** Every Markdown/MDX document of every collection, including invalid ones (with `data` undefined). */
  documents: readonly ContentDocument[];
  /** Every staff-written text with its location and role (YAML values, front matter, Markdown text). */
  texts: readonly TextSpan[];
  /** The pages the site will have. */
  routes: SiteRoutes;
  /** Every valid event (MDX and CSV). */
  events?: readonly LocatedEvent[] | undefined;
  /** Every valid consultation window. */
  windows?: readonly LocatedWindow[] | undefined;
}

/** A check: a pure function from the model to located issues. */
export interface ContentCheck {
  /** Stable id, used in `--json` output ("image-alt"). */
  id: string;
  /** What it checks, in Japanese (shown by `npm run check -- --list`). */
  title: string;
  run(model: ContentModel): ContentIssue[];
}

/**
 * File line and column of the character at `index` in a text span (multi-line texts continue on later lines; a CSV
 * cell's text stays on its row).
 */
export function spanPosition(span: TextSpan, index: number): { line: number; column: number | undefined } {
  const before = span.text.slice(0, index).split("\n");
  const line = span.line + before.length - 1;
  const inLine = [...(before.at(-1) ?? "")].length;
  const column = span.column === undefined ? undefined : span.column + inLine;
  // A CSV cell's line breaks (quoted, or MHLW's （改行）) stay inside its row: the row number is where staff look.
  if (/\.csv$/i.test(span.file)) return { line: span.line, column: before.length > 1 ? undefined : column };
  if (before.length > 1) return { line, column: inLine + 1 };
  return { line, column };
}

/** File line of a tree position in a document. */
export function documentLine(doc: ContentDocument, position: { start: { line: number } } | undefined): number | undefined {
  return position ? position.start.line + doc.bodyFirstLine - 1 : undefined;
}
