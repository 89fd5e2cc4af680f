/**
 * The content folder read and validated once: one immutable snapshot that validation, the checks, the printed
 * materials, the OG images, the activity report and Astro's data collections all take, so one CSV row reaches its
 * page, its PDF and its calendar entry by one road. The build reads it once (src/cli/build.ts) and shares it with
 * Astro's content layer in the same process ({@link shareContentSnapshot}).
 */
import type { ContentIssue } from "../lib/content/content-issue.ts";
import type { DataFileSummary } from "../lib/content/data-file-summary.ts";
import type { SiteReadings } from "../lib/readings/dictionary.ts";
import type { Note } from "../schemas/note.ts";
import { type PamphletData, pamphletSchema } from "../schemas/pamphlet.ts";
import type { Resource } from "../schemas/resource.ts";
import type { SiteConfig } from "../schemas/site.ts";
import type { EventSurvey } from "../schemas/survey.ts";
import { type TalkData, talkSchema } from "../schemas/talk.ts";
import { type A11yResultsRead, readA11yResults } from "./a11y-results.ts";
import { readAllEvents, type SourcedEvent } from "./events.ts";
import { type MdxEntry, readMdxCollection } from "./mdx-collection.ts";
import { readNote } from "./note.ts";
import { cp932Issues } from "./opendata-check.ts";
import { readResources } from "./resources.ts";
import { readSiteConfig } from "./site-config.ts";
import { readSiteReadings } from "./site-readings.ts";
import { readSurveys } from "./surveys.ts";
import { readWindows, type WindowEntry } from "./windows.ts";

/** Everything the content folder holds, validated; what could not be read is in `issues`, located. */
export interface ContentSnapshot {
  /** The content folder it was read from (absolute or as configured). */
  readonly dir: string;
  /** The validated site.yaml; undefined when it has errors. */
  readonly site: SiteConfig | undefined;
  /** Pamphlets (pamphlets/*.md, *.mdx) with valid front matter. */
  readonly pamphlets: readonly MdxEntry<PamphletData>[];
  /** The 出前講座 menu (talks/*.md, *.mdx). */
  readonly talks: readonly MdxEntry<TalkData>[];
  /** Events from events/*.mdx and events/*.csv, ids unique. */
  readonly events: readonly SourcedEvent[];
  /** Consultation windows (windows/*.yaml). */
  readonly windows: readonly WindowEntry[];
  /** Medical and care resources from resources/*.csv, merged by office. */
  readonly resources: readonly Resource[];
  /** One summary per resource data file (layout, encoding, rows read, kept, left out, pages). */
  readonly resourceFiles: readonly DataFileSummary[];
  /** One summary per event CSV (layout, encoding, rows read, kept, left out and why, pages). */
  readonly eventFiles: readonly DataFileSummary[];
  /** Questionnaire results per event (surveys/*.csv). */
  readonly surveys: readonly EventSurvey[];
  /** The エンディングノート (defaults with note.yaml applied); undefined when note.yaml has errors. */
  readonly note: Note | undefined;
  /** The site's own readings (readings.yaml). */
  readonly readings: SiteReadings["words"];
  /** The latest accessibility test results file, if staff have run the report. */
  readonly a11y: A11yResultsRead;
  /** Every problem found while reading, located (errors and warnings). */
  readonly issues: readonly ContentIssue[];
}

/**
 * Reads and validates the whole content folder once.
 * @param dir the content folder
 */
export function readContent(dir: string): ContentSnapshot {
  const site = readSiteConfig(dir);
  const pamphlets = readMdxCollection(dir, "pamphlets", pamphletSchema);
  const windows = readWindows(dir, site.config);
  const resources = readResources(dir, site.config);
  const events = readAllEvents(dir);
  const talks = readMdxCollection(dir, "talks", talkSchema);
  const surveys = readSurveys(dir, new Set(events.events.map((e) => e.id)));
  const a11y = readA11yResults(dir);
  const note = readNote(dir);
  const readings = readSiteReadings(dir);
  const issues = [
    ...site.issues,
    ...pamphlets.issues,
    ...windows.issues,
    ...resources.issues,
    ...cp932Issues(resources.resources, windows.entries),
    ...talks.issues,
    ...events.issues,
    ...surveys.issues,
    ...a11y.issues,
    ...note.issues,
    ...readings.issues,
  ];
  return Object.freeze({
    dir,
    site: site.config,
    pamphlets: pamphlets.entries,
    talks: talks.entries,
    events: events.events,
    windows: windows.entries,
    resources: resources.resources,
    resourceFiles: resources.files,
    eventFiles: events.files,
    surveys: surveys.surveys,
    note: note.note,
    readings: readings.words,
    a11y,
    issues,
  });
}

// Astro's content layer runs in the build's process but loads src/ through its own module graph: a module-level
// variable here would be a second copy there. A global symbol is the one place both see.
const SHARED = Symbol.for("zaitaku-press.content-snapshot");
type SharedSlot = { [SHARED]?: ContentSnapshot };

/** Makes a snapshot the one that {@link sharedContentSnapshot} returns for its folder in this process (the build). */
export function shareContentSnapshot(snapshot: ContentSnapshot): void {
  (globalThis as SharedSlot)[SHARED] = snapshot;
}

/**
 * The snapshot the build shared for `dir`, or a fresh read when there is none (the dev server, a test that builds
 * through Astro directly).
 */
export function sharedContentSnapshot(dir: string): ContentSnapshot {
  const shared = (globalThis as SharedSlot)[SHARED];
  return shared && shared.dir === dir ? shared : readContent(dir);
}
