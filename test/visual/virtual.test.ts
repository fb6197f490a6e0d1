import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { visibleRange } from "../../src/views/virtual";

const ROW = 28;

/** The rows a reader sees: those whose box shows between the sticky header and the bottom edge. */
function seen(scrollTop: number, height: number, header: number, total: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < total; i++) {
    // Row i sits below the header in the scrolled content; the header covers the viewport's top.
    const top = header + i * ROW - scrollTop;
    if (top + ROW > header && top < height) rows.push(i);
  }
  return rows;
}

describe("the rows a list draws", () => {
  it("include every row in view, whatever the scroll position, height and header", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 1200 }),
        fc.integer({ min: 0, max: 200 }),
        (total, scrollTop, height, header) => {
          const [from, to] = visibleRange(scrollTop, height, ROW, total, header);
          for (const row of seen(scrollTop, height, header, total)) {
            expect(row).toBeGreaterThanOrEqual(from);
            expect(row).toBeLessThan(to);
          }
          expect(from).toBeLessThanOrEqual(to);
          expect(to).toBeLessThanOrEqual(total);
        },
      ),
    );
  });

  it("draw a few rows beyond the view, not a sticky header's worth more", () => {
    // 700 px tall with a 108 px header: 22 rows show (the last one cut off).
    const [from, to] = visibleRange(0, 700, ROW, 30_000, 108);
    expect(from).toBe(0);
    expect(to - from).toBeLessThanOrEqual(22 + 1 + 4);
    const [later, end] = visibleRange(ROW * 1000, 700, ROW, 30_000, 108);
    expect(later).toBe(1000 - 4);
    expect(end - later).toBeLessThanOrEqual(4 + 22 + 1 + 4);
  });
});
