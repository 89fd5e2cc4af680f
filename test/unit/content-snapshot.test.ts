/**
 * One road from the content folder to every output: the folder is read once into a snapshot, and the steps after
 * Astro (PDF jobs, OG images, the awareness pieces) and the activity report take their data from it, not the folder.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent, shareContentSnapshot, sharedContentSnapshot } from "../../src/loaders/content-snapshot.ts";
import { reportInputOf } from "../../src/loaders/report-input.ts";
import { awarenessPieces } from "../../src/outputs/awareness-pdfs.ts";
import { ogTargets } from "../../src/outputs/og-images.ts";
import { pdfJobs } from "../../src/outputs/pdf.ts";

const TODAY = "2026-11-28";

/**
 * A copy of the print fixture (pamphlets, events, talks, windows) with a readings.yaml, read once, and then removed
 * from the disk.
 */
function snapshotOfRemovedFolder() {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "zaitaku-snapshot-")), "content");
  cpSync(path.resolve("test/fixtures/sites/print"), dir, { recursive: true });
  writeFileSync(path.join(dir, "readings.yaml"), "words:\n  - { word: 鷺沼, reading: さぎぬま }\n");
  const content = readContent(dir);
  rmSync(path.dirname(dir), { recursive: true, force: true });
  return content;
}

describe("the content snapshot", () => {
  const content = snapshotOfRemovedFolder();
  const site = content.site;

  it("holds every content type of the folder, validated, with no error", () => {
    expect(content.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(site).toBeDefined();
    expect(content.pamphlets.length).toBeGreaterThan(0);
    expect(content.events.length).toBeGreaterThan(0);
    expect(content.talks.length).toBeGreaterThan(0);
    expect(content.windows.length).toBeGreaterThan(0);
    expect(Object.isFrozen(content)).toBe(true);
  });

  it("is all the outputs need: PDF jobs, OG images and awareness pieces are made with the folder gone", () => {
    if (!site) throw new Error("no site");
    const ctx = { content, site, contentDir: content.dir };
    const jobs = pdfJobs(ctx, TODAY);
    expect(jobs.map((j) => j.sitePath).filter((p) => p.startsWith("/pamphlets/"))).toEqual(
      content.pamphlets.flatMap((p) => [`/pamphlets/${p.slug}.pdf`, `/pamphlets/${p.slug}-leaflet.pdf`]),
    );
    expect(jobs.some((j) => j.template === "windows-sheet")).toBe(true);
    // The pamphlets' ふりがな take readings.yaml's words from the snapshot (they key the PDF cache with the input).
    const pamphletInputs = jobs.filter((j) => j.template === "pamphlet").map((j) => j.input as { siteReadings?: unknown });
    expect(pamphletInputs.length).toBeGreaterThan(0);
    for (const input of pamphletInputs) expect(input.siteReadings).toEqual([{ word: "鷺沼", reading: "さぎぬま" }]);
    const og = ogTargets(ctx, TODAY).map((t) => t.sitePath);
    // Events coming or ended within 30 days have their own image; the June café, long past, shares the home page's.
    for (const e of content.events.filter((e) => e.data.endDate >= "2026-10-29")) expect(og).toContain(`/events/${e.id}/`);
    expect(og).not.toContain("/events/cafe-2026-06/");
    for (const w of content.windows) expect(og).toContain(`/windows/${w.slug}/`);
    expect(awarenessPieces(ctx, TODAY).map((p) => p.sitePath)).toContain("/note.pdf");
  });

  it("feeds the activity report", () => {
    const { input, issues } = reportInputOf(content, TODAY);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(input?.events).toHaveLength(content.events.length);
    expect(input?.pamphlets).toHaveLength(content.pamphlets.length);
  });

  it("is shared with Astro's content layer in the same process, for its own folder only", () => {
    shareContentSnapshot(content);
    expect(sharedContentSnapshot(content.dir)).toBe(content);
    const other = path.resolve("test/fixtures/sites/minimal");
    expect(sharedContentSnapshot(other).dir).toBe(other);
  });
});
