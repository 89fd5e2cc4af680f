/**
 * Splits a column of measured blocks into pages: headings stay with what follows them, tables and lists break
 * between rows or items (a table's header row is repeated on the next page), nothing overflows a page unless a
 * single block is taller than a page.
 */

/** A block of measured height, as the paginator sees it. */
export interface PageBlock {
  /** Height in points. */
  height: number;
  /** Space above the block in points; dropped at the top of a page. */
  marginTop: number;
  /** The block may not end a page (headings, a table's header row): it moves on with the block after it. */
  keepWithNext?: boolean | undefined;
  /** Index of a block (a table's header row) to repeat at the top of a page where this block continues a table. */
  repeatAtPageTop?: number | undefined;
  /** A block that may shrink (an image) down to this height to finish a page instead of leaving it half empty. */
  minHeight?: number | undefined;
}

/** Where a block goes on its page. */
export interface Placement {
  /** Index into the block list. */
  block: number;
  /** Top of the block, in points from the top of the page's content area. */
  y: number;
  /** True for a repeated table header row (the block was already placed on an earlier page). */
  repeated: boolean;
  /** Height on the page: the block's height, or less for a shrinkable block that was shrunk to fit. */
  height: number;
}

/**
 * Lays blocks out on pages of `pageHeight` points.
 * @returns one list of placements per page, in reading order (at least one page)
 */
export function paginate(blocks: readonly PageBlock[], pageHeight: number): Placement[][] {
  const pages: Placement[][] = [[]];
  let page = pages[0] as Placement[];
  let y = 0;

  const place = (index: number, repeated = false, height = (blocks[index] as PageBlock).height) => {
    const block = blocks[index] as PageBlock;
    const top = page.length === 0 ? 0 : y + block.marginTop;
    page.push({ block: index, y: top, repeated, height });
    y = top + height;
  };

  blocks.forEach((block, index) => {
    // A page holding only a repeated table header takes the next row whatever its height (it cannot go anywhere better).
    const empty = page.length === 0 || (page.length === 1 && page[0]?.repeated === true);
    const fits = empty || y + block.marginTop + block.height <= pageHeight;
    if (fits) {
      place(index);
      return;
    }
    const room = pageHeight - y - block.marginTop;
    if (block.minHeight !== undefined && room >= block.minHeight) {
      place(index, false, room);
      return;
    }
    // Blocks marked keep-with-next at the foot of the page move on with this one (unless that would empty the page).
    let keep = page.length;
    while (keep > 0 && isKept(blocks, page[keep - 1] as Placement)) keep--;
    const carried = keep > 0 ? page.splice(keep) : [];
    page = [];
    pages.push(page);
    y = 0;
    const header = block.repeatAtPageTop;
    const first = carried[0]?.block ?? index;
    if (header !== undefined && header !== first && !carried.some((p) => p.block === header)) place(header, true);
    for (const moved of carried) place(moved.block, moved.repeated, moved.height);
    place(index);
  });
  return pages;
}

function isKept(blocks: readonly PageBlock[], placement: Placement): boolean {
  return !placement.repeated && blocks[placement.block]?.keepWithNext === true;
}
