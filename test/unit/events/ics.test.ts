import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { eventToIcs, type FeedContext } from "../../../src/lib/events/event-feeds.ts";
import { buildCalendar, escapeText, foldLine, type IcsEvent } from "../../../src/lib/events/ics.ts";
import { eventSchema } from "../../../src/schemas/event.ts";

const octets = (s: string) => Buffer.byteLength(s, "utf8");

describe("foldLine", () => {
  it("leaves short lines alone", () => {
    expect(foldLine("SUMMARY:講演会")).toBe("SUMMARY:講演会");
  });

  it("folds at 75 octets, never splitting a UTF-8 character, and unfolds to the original", () => {
    const line = `DESCRIPTION:${"在宅医療と介護の連携について、ACP（人生会議）を含めてお話しします。".repeat(6)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(3);
    for (const [i, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(" ")).toBe(true);
      // a lone surrogate or replacement character would mean a split character
      expect(part).not.toMatch(/\uFFFD/);
    }
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("folds long ASCII lines into 75-octet pieces", () => {
    const physical = foldLine(`URL:https://example.jp/${"a".repeat(200)}`).split("\r\n");
    expect(physical.map(octets).slice(0, -1)).toEqual(physical.slice(0, -1).map(() => 75));
  });
});

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
});

const base: IcsEvent = {
  uid: "koen@zaitaku.example.jp",
  summary: "講演会, 第1回; 在宅医療",
  description: "1行目\n2行目 \\ バックスラッシュ",
  location: "市民会館、東京都架空市中央1-2-3",
  geo: { lat: 35.6812, lon: 139.7671 },
  url: "https://zaitaku.example.jp/events/koen/",
  categories: ["講演会"],
  startDate: "2026-12-05",
  endDate: "2026-12-05",
  startTime: "14:00",
  endTime: "16:00",
  cancelled: false,
};

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return { root, events: root.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

describe("buildCalendar", () => {
  const text = buildCalendar({
    prodId: "-//zaitaku-press//events//JA",
    name: "架空市 講座・イベント",
    stamp: "2026-11-28",
    events: [
      base,
      {
        ...base,
        uid: "allday@zaitaku.example.jp",
        startTime: undefined,
        endTime: undefined,
        startDate: "2026-12-12",
        endDate: "2026-12-13",
      },
      {
        ...base,
        uid: "daily@zaitaku.example.jp",
        startDate: "2026-12-12",
        endDate: "2026-12-14",
        startTime: "09:00",
        endTime: "17:00",
      },
      { ...base, uid: "cancelled@zaitaku.example.jp", cancelled: true },
    ],
  });

  it("uses CRLF only, ends with CRLF, and keeps every line within 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it("parses back with ical.js: texts, Asia/Tokyo times, UIDs, GEO, status", () => {
    const { root, events } = parse(text);
    expect(root.getFirstPropertyValue("version")).toBe("2.0");
    expect(root.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Asia/Tokyo");
    expect(events.map((e) => e.uid)).toEqual([
      "koen@zaitaku.example.jp",
      "allday@zaitaku.example.jp",
      "daily@zaitaku.example.jp",
      "cancelled@zaitaku.example.jp",
    ]);
    const [first] = events;
    expect(first?.summary).toBe(base.summary);
    expect(first?.description).toBe(base.description);
    expect(first?.location).toBe(base.location);
    expect(first?.startDate.toJSDate().toISOString()).toBe("2026-12-05T05:00:00.000Z");
    expect(first?.endDate.toJSDate().toISOString()).toBe("2026-12-05T07:00:00.000Z");
    expect(first?.component.getFirstPropertyValue("geo")).toEqual([35.6812, 139.7671]);
    expect(first?.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-27T15:00:00Z");
    expect(events[3]?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("writes all-day events with an exclusive end date", () => {
    const allDay = parse(text).events[1];
    expect(allDay?.startDate.isDate).toBe(true);
    expect(allDay?.startDate.toString()).toBe("2026-12-12");
    expect(allDay?.endDate.toString()).toBe("2026-12-14");
  });

  it("repeats daily hours over a multi-day event", () => {
    const daily = parse(text).events[2];
    expect(daily?.isRecurring()).toBe(true);
    const it = daily?.iterator();
    const starts = [it?.next(), it?.next(), it?.next(), it?.next()].map((t) => t?.toJSDate().toISOString());
    expect(starts).toEqual(["2026-12-12T00:00:00.000Z", "2026-12-13T00:00:00.000Z", "2026-12-14T00:00:00.000Z", undefined]);
  });
});

describe("eventToIcs", () => {
  const context: FeedContext = {
    eventUrl: (id) => `https://zaitaku.example.jp/events/${id}/`,
    host: "zaitaku.example.jp",
    publisher: { name: "架空市", url: "https://zaitaku.example.jp/" },
    dateStyle: "western",
  };

  it("gives a stable UID from the id and host, marks cancellation, and describes venue and fee", () => {
    const data = eventSchema.parse({
      title: "在宅医療講演会",
      kind: "講演会",
      startDate: "2026-12-05",
      startTime: "14:00",
      place: { name: "市民会館", address: "東京都架空市中央1-2-3" },
      fee: 0,
      cancelled: true,
    });
    const ics = eventToIcs({ id: "koen", data }, context);
    expect(ics.uid).toBe("koen@zaitaku.example.jp");
    expect(ics.summary).toBe("【中止】在宅医療講演会");
    expect(ics.location).toBe("市民会館、東京都架空市中央1-2-3");
    expect(ics.description).toContain("参加費: 無料");
    expect(ics.description).toContain("https://zaitaku.example.jp/events/koen/");
    expect(ics.cancelled).toBe(true);
  });
});
