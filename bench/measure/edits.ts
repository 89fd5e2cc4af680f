/**
 * The edits staff make most often, applied to a generated content folder so the benchmark can time the rebuild that
 * follows: one pamphlet's text, one row of an event list CSV, one consultation window.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EVENT_LEGACY_HEADER } from "../../src/data/columns/event-columns.ts";

/** Which kind of content one edit changes. */
export type EditKind = "pamphlet" | "eventRow" | "window";

/** The edits, in the order the benchmark makes them (each on top of the previous ones). */
export const EDIT_KINDS: readonly EditKind[] = ["pamphlet", "eventRow", "window"];

/** Column of the event name in the event list CSV the generator writes (legacy 推奨データセット header). */
const EVENT_NAME_COLUMN = EVENT_LEGACY_HEADER.indexOf("イベント名");

/**
 * Changes one file of the content folder the way staff would.
 * @param files the content folder's files, relative (as the generator lists them)
 * @returns the file changed, or null when the folder has no file of this kind
 */
export function applyEdit(contentDir: string, files: readonly string[], kind: EditKind): string | null {
  const pattern = { pamphlet: /^pamphlets\/[^/]+\.mdx$/, eventRow: /^events\/[^/]+\.csv$/, window: /^windows\/[^/]+\.yaml$/ }[
    kind
  ];
  const file = files.find((f) => pattern.test(f));
  if (!file) return null;
  const full = path.join(contentDir, file);
  const text = readFileSync(full, "utf8");
  let changed: string;
  if (kind === "pamphlet")
    changed = `${text.trimEnd()}\n\n内容を見直しました。ご不明な点は地域包括支援センターにお尋ねください。\n`;
  else if (kind === "window") changed = text.replace(/^name: (.*)$/m, "name: $1（受付）");
  else {
    const lines = text.split("\n");
    // The last row without quoted fields, so splitting on commas finds the columns.
    const row = lines.findLastIndex((l, i) => i > 0 && l.trim() !== "" && !l.includes('"'));
    if (row < 0) return null;
    const fields = (lines[row] ?? "").split(",");
    fields[EVENT_NAME_COLUMN] = `${fields[EVENT_NAME_COLUMN] ?? ""}（会場変更）`;
    lines[row] = fields.join(",");
    changed = lines.join("\n");
  }
  if (changed === text) return null;
  writeFileSync(full, changed);
  return file;
}
