/**
 * Header names of open-data CSV files, mapped by name (never by position: column order differs between the
 * legacy 推奨データセット, the current 自治体標準オープンデータセット and real files; docs/dev/open-data-formats.md §1).
 */

/**
 * Normalises a header cell for matching: NFKC (full-width letters and parentheses become half-width),
 * BOM and surrounding spaces removed, inner spaces removed, trailing required-markers (* ※ ◎ ○) dropped,
 * `建物名等_方書_` style underscores around a parenthesised part folded to `建物名等(方書)`.
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/[*※◎○〇]+$/u, "")
    .replace(/_([^_()]+)_$/, "($1)")
    .toLowerCase();
}

/** Alias table: for each canonical field, the header names (any generation/spelling) that mean it. */
export type HeaderAliases<F extends string> = Record<F, readonly string[]>;

/** How the columns of one file map onto canonical fields. */
export interface HeaderMapping<F extends string> {
  /** Column index of each recognised field. */
  columns: Partial<Record<F, number>>;
  /** The header as written in the file for each recognised field (for messages). */
  written: Partial<Record<F, string>>;
  /** Non-empty headers that match no field (kept for extension columns such as 在宅_…). */
  unknown: { index: number; header: string }[];
  /** Fields whose aliases matched more than one column: [field, header a, header b]. */
  duplicates: [F, string, string][];
}

/**
 * Maps a header row onto canonical fields through an alias table.
 * @param headers the header cells as written
 * @param aliases canonical field → accepted header names
 */
export function mapHeaders<F extends string>(headers: readonly string[], aliases: HeaderAliases<F>): HeaderMapping<F> {
  const lookup = new Map<string, F>();
  for (const [field, names] of Object.entries(aliases) as [F, readonly string[]][]) {
    for (const name of [field, ...names]) lookup.set(normalizeHeader(name), field);
  }
  const mapping: HeaderMapping<F> = { columns: {}, written: {}, unknown: [], duplicates: [] };
  headers.forEach((header, index) => {
    const key = normalizeHeader(header);
    if (key === "" || key === "_id") return; // spreadsheet padding; CKAN DataStore's row id
    const field = lookup.get(key);
    if (field === undefined) {
      mapping.unknown.push({ index, header });
    } else if (mapping.columns[field] !== undefined) {
      mapping.duplicates.push([field, mapping.written[field] ?? "", header]);
    } else {
      mapping.columns[field] = index;
      mapping.written[field] = header.replace(/^\uFEFF/, "").trim();
    }
  });
  return mapping;
}
