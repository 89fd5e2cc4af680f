import { describe, expect, it } from "vitest";
import { type PageBlock, type Placement, paginate } from "../../../src/lib/paginate.ts";

/** A small deterministic PRNG (mulberry32), so random layouts are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const block = (height: number, extra: Partial<PageBlock> = {}): PageBlock => ({ height, marginTop: 0, ...extra });
const ids = (pages: Placement[][]) => pages.map((page) => page.map((p) => (p.repeated ? `(${p.block})` : p.block)));

describe("paginate", () => {
  it("fills pages in order and breaks when the next block does not fit", () => {
    // 40 + 40 fit in 100; the third 40 does not.
    expect(ids(paginate([block(40), block(40), block(40)], 100))).toEqual([[0, 1], [2]]);
  });

  it("drops the space above a block at the top of a page", () => {
    const pages = paginate([block(60), block(30, { marginTop: 20 })], 100);
    expect(pages[1]?.[0]).toMatchObject({ block: 1, y: 0 });
    const together = paginate([block(50), block(30, { marginTop: 20 })], 100);
    expect(together[0]?.[1]).toMatchObject({ block: 1, y: 70 });
  });

  it("never leaves a heading at the foot of a page: it moves on with the block after it", () => {
    // The heading (10) fits under the 80, the paragraph (30) does not: both go to page 2.
    const pages = paginate([block(80), block(10, { keepWithNext: true }), block(30)], 100);
    expect(ids(pages)).toEqual([[0], [1, 2]]);
  });

  it("moves a whole chain of kept blocks (heading, sub-heading, table header)", () => {
    const pages = paginate([block(70), block(8, { keepWithNext: true }), block(8, { keepWithNext: true }), block(30)], 100);
    expect(ids(pages)).toEqual([[0], [1, 2, 3]]);
  });

  it("keeps a page that is nothing but a kept chain rather than looping", () => {
    const pages = paginate([block(60, { keepWithNext: true }), block(60)], 100);
    expect(ids(pages)).toEqual([[0], [1]]);
  });

  it("repeats a table's header row on the page where its rows continue", () => {
    const header = block(10, { keepWithNext: true });
    const rows = Array.from({ length: 5 }, () => block(30, { repeatAtPageTop: 0 }));
    const pages = paginate([header, ...rows], 100);
    expect(ids(pages)).toEqual([
      [0, 1, 2, 3],
      ["(0)", 4, 5],
    ]);
    expect(pages[1]?.[0]?.repeated).toBe(true);
  });

  it("does not repeat the header when the header itself moved to the new page", () => {
    const pages = paginate([block(90), block(10, { keepWithNext: true }), block(30, { repeatAtPageTop: 1 })], 100);
    expect(ids(pages)).toEqual([[0], [1, 2]]);
  });

  it("shrinks a shrinkable block (an image) to finish a page instead of leaving a gap", () => {
    const pages = paginate([block(50), block(80, { minHeight: 40 }), block(20)], 100);
    expect(pages[0]?.[1]).toMatchObject({ block: 1, y: 50, height: 50 });
    expect(ids(pages)).toEqual([[0, 1], [2]]);
    // Too little room even for the smallest size: the block moves on at full height.
    const moved = paginate([block(70), block(80, { minHeight: 40 })], 100);
    expect(moved[1]?.[0]).toMatchObject({ block: 1, height: 80 });
  });

  it("keeps its promises on many random documents", () => {
    const next = random(20261128);
    for (let run = 0; run < 300; run++) {
      const pageHeight = 200 + Math.floor(next() * 600);
      const blocks: PageBlock[] = [];
      let header: number | undefined;
      const count = 1 + Math.floor(next() * 60);
      for (let i = 0; i < count; i++) {
        const kind = next();
        if (kind < 0.15) {
          blocks.push(block(10 + next() * 30, { marginTop: 20, keepWithNext: true }));
          header = undefined;
        } else if (kind < 0.25) {
          header = blocks.length;
          blocks.push(block(20, { marginTop: 10, keepWithNext: true }));
        } else if (kind < 0.5 && header !== undefined) {
          blocks.push(block(15 + next() * 40, { repeatAtPageTop: header }));
        } else {
          blocks.push(block(5 + next() * (pageHeight / 3), { marginTop: next() * 12 }));
          header = undefined;
        }
      }
      const pages = paginate(blocks, pageHeight);
      // Every block is placed once, in order.
      const order = pages
        .flat()
        .filter((p) => !p.repeated)
        .map((p) => p.block);
      expect(order).toEqual(blocks.map((_, i) => i));
      for (const page of pages) {
        expect(page.length).toBeGreaterThan(0);
        for (const p of page) expect(p.y + p.height).toBeLessThanOrEqual(pageHeight + 1e-9);
        // Blocks do not overlap and keep their order on the page.
        for (let i = 1; i < page.length; i++) {
          const [before, after] = [page[i - 1] as Placement, page[i] as Placement];
          expect(after.y).toBeGreaterThanOrEqual(before.y + before.height - 1e-9);
        }
      }
      // No page but the last ends with a kept block unless the whole page is one kept chain.
      pages.slice(0, -1).forEach((page) => {
        const last = page[page.length - 1] as Placement;
        if (blocks[last.block]?.keepWithNext && !last.repeated) {
          expect(page.every((p) => blocks[p.block]?.keepWithNext || p.repeated)).toBe(true);
        }
      });
      // A page that continues a table starts with its header row.
      pages.slice(1).forEach((page) => {
        const first = page.find((p) => !p.repeated) as Placement;
        const headerIndex = blocks[first.block]?.repeatAtPageTop;
        if (headerIndex !== undefined) expect(page[0]?.block).toBe(headerIndex);
      });
    }
  });
});
