/**
 * The small-text measure the OCR downscale follows (src/extract/image/text-height.ts), on grey
 * images built here with marks of known sizes.
 */
import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../src/extract/image/gray.js';
import { glyphHeights, otsuThreshold, smallTextHeight } from '../../src/extract/image/text-height.js';

/** A white page with black rectangles [x, y, w, h] on it. */
const page = (width: number, height: number, rects: number[][], ink = 0, paper = 255): GrayImage => {
  const data = new Uint8Array(width * height).fill(paper);
  for (const [x, y, w, h] of rects) for (let j = y; j < y + h; j++) data.fill(ink, j * width + x, j * width + x + w);
  return { width, height, data };
};

/** n letter-like marks `h` px tall in rows from y0. */
const letters = (n: number, h: number, y0 = 10, width = 1000): number[][] => {
  const w = Math.max(1, Math.round(h * 0.6));
  const perRow = Math.floor((width - 20) / (w + 3));
  return Array.from({ length: n }, (_, i) => [10 + (i % perRow) * (w + 3), y0 + Math.floor(i / perRow) * (h * 2), w, h]);
};

describe('glyph heights', () => {
  it('measures each mark once, joined pixels as one (8-connected), whatever its shape', () => {
    // an L, a diagonal pair touching at a corner, a plain block
    const img = page(60, 240, [[2, 2, 2, 10], [2, 10, 6, 2], [20, 5, 3, 3], [23, 8, 3, 3], [40, 4, 5, 7]]);
    expect(glyphHeights(img).sort((a, b) => a - b)).toEqual([6, 7, 10]);
  });

  it('leaves out specks, rules, and marks over a twentieth of the page tall', () => {
    const img = page(400, 400, [[10, 10, 2, 2], [10, 30, 300, 4], [10, 60, 30, 30], [100, 100, 8, 12]]);
    expect(glyphHeights(img)).toEqual([12]);
  });

  it("splits ink from paper at Otsu's threshold, on grey ink and paper too", () => {
    const img = page(100, 100, letters(20, 10, 10, 100), 90, 200);
    const t = otsuThreshold(img);
    expect(t).toBeGreaterThanOrEqual(90);
    expect(t).toBeLessThan(200);
    expect(glyphHeights(img).every((h) => h === 10)).toBe(true);
  });
});

describe('small text height', () => {
  it('is the small print of a page that mixes sizes, punctuation set aside', () => {
    // 300 letters of 24 px, 100 of 16 px (small print), 200 dots of 4 px
    const rects = [...letters(300, 24, 10), ...letters(100, 16, 600), ...letters(200, 4, 900)];
    expect(smallTextHeight(page(1000, 1200, rects))).toBe(16);
  });

  it('is the one size of a page printed in one size', () => {
    expect(smallTextHeight(page(1000, 1000, letters(200, 18)))).toBe(18);
  });

  it('is null when a page has too few glyphs to tell', () => {
    expect(smallTextHeight(page(1000, 1000, letters(20, 18)))).toBeNull();
    expect(smallTextHeight(page(100, 100, []))).toBeNull();
  });
});
