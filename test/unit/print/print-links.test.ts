import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT_OG_IMAGE_DAYS_AFTER, eventHasFlyer, eventHasOwnOgImage } from "../../../src/lib/site/output-paths.ts";
import { fillPrintLinks } from "../../../src/outputs/print-links.ts";

describe("fillPrintLinks", () => {
  const site = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "print-links-"));
    mkdirSync(path.join(dir, "a"));
    writeFileSync(path.join(dir, "a/index.html"), '<a href="/x/a.pdf">PDF<span data-print-size="/a.pdf"></span></a>');
    writeFileSync(path.join(dir, "index.html"), "<p>no link</p>");
    return dir;
  };

  it("writes each linked PDF's size and page count into the page", () => {
    const dir = site();
    expect(fillPrintLinks(dir, new Map([["/a.pdf", { bytes: 420 * 1024, pages: 4 }]]))).toBe(1);
    expect(readFileSync(path.join(dir, "a/index.html"), "utf8")).toBe(
      '<a href="/x/a.pdf">PDF<span class="print-size">（PDF 420KB・4ページ）</span></a>',
    );
    expect(readFileSync(path.join(dir, "index.html"), "utf8")).toBe("<p>no link</p>");
  });

  it("removes an optional link to a PDF that was not made, and keeps the one that was", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "print-links-"));
    const optional = (p: string) =>
      `<p data-print-optional="${p}"><a href="/x${p}">A3<span data-print-size="${p}"></span></a></p>`;
    writeFileSync(path.join(dir, "index.html"), `<aside>${optional("/a-leaflet.pdf")}${optional("/b-leaflet.pdf")}</aside>`);
    expect(fillPrintLinks(dir, new Map([["/a-leaflet.pdf", { bytes: 2048, pages: 2 }]]))).toBe(1);
    const html = readFileSync(path.join(dir, "index.html"), "utf8");
    expect(html).toContain('<a href="/x/a-leaflet.pdf">A3<span class="print-size">（PDF 2KB・2ページ）</span></a>');
    expect(html).not.toContain("b-leaflet");
  });

  it("stops the build when a page links to a PDF that was not made", () => {
    expect(() => fillPrintLinks(site(), new Map())).toThrow(/a\/index\.html.*\/a\.pdf/);
  });
});

describe("eventHasFlyer", () => {
  it("is true from now until the event's last day, and never for a cancelled event", () => {
    const event = { cancelled: false, endDate: "2026-12-05" };
    expect(eventHasFlyer(event, "2026-11-28")).toBe(true);
    expect(eventHasFlyer(event, "2026-12-05")).toBe(true);
    expect(eventHasFlyer(event, "2026-12-06")).toBe(false);
    expect(eventHasFlyer({ ...event, cancelled: true }, "2026-11-28")).toBe(false);
  });
});

describe("eventHasOwnOgImage", () => {
  it("is true until the event has been over for more than EVENT_OG_IMAGE_DAYS_AFTER days, across months and years", () => {
    expect(EVENT_OG_IMAGE_DAYS_AFTER).toBe(30);
    const event = { endDate: "2026-12-20" };
    expect(eventHasOwnOgImage(event, "2026-01-01")).toBe(true);
    expect(eventHasOwnOgImage(event, "2026-12-20")).toBe(true);
    expect(eventHasOwnOgImage(event, "2027-01-19")).toBe(true); // 30 days after
    expect(eventHasOwnOgImage(event, "2027-01-20")).toBe(false); // 31 days after
    expect(eventHasOwnOgImage({ endDate: "2024-02-29" }, "2024-03-30")).toBe(true);
    expect(eventHasOwnOgImage({ endDate: "2024-02-29" }, "2024-03-31")).toBe(false);
  });
});
