/**
 * Image preparation for OCR (src/extract/image/gray.ts, src/extract/ocr/prepare.ts) and the skew decision
 * (src/extract/ocr/recognize.ts), on images and line boxes built here.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePgm, encodePgm, grayFromRgba } from '../../src/extract/image/gray.js';
import { harmfulSkew } from '../../src/extract/ocr/recognize.js';
import { MIN_SHRINK, MIN_TEXT_PX, prepareImage } from '../../src/extract/ocr/prepare.js';
import { createCanvas } from '@napi-rs/canvas';
import type { OcrLineIn } from '../../src/extract/ocr/layout.js';

import { grayImage as image } from '../helpers/gray.js';

describe('grey images', () => {
  it('luma from RGBA: white stays white, black black, green brighter than blue', () => {
    const rgba = new Uint8Array([255, 255, 255, 255, 0, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255]);
    const g = grayFromRgba(rgba, 4, 1);
    expect(g.data[0]).toBeGreaterThanOrEqual(254);
    expect(g.data[1]).toBe(0);
    expect(g.data[2]).toBeGreaterThan(g.data[3]);
    expect(() => grayFromRgba(rgba, 5, 1)).toThrow(RangeError);
  });

  it('RGB input (3 channels) gives the same grey as RGBA', () => {
    const rgb = new Uint8Array([10, 200, 30, 90, 90, 90]);
    const rgba = new Uint8Array([10, 200, 30, 255, 90, 90, 90, 255]);
    expect(grayFromRgba(rgb, 2, 1, 3).data).toEqual(grayFromRgba(rgba, 2, 1).data);
  });

  it('PGM round-trips any image', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer(), (w, h, seed) => {
        const img = image(w, h, (x, y) => (x * 31 + y * 17 + seed) & 255);
        const back = decodePgm(encodePgm(img));
        expect(back.width).toBe(w);
        expect(back.height).toBe(h);
        expect(back.data).toEqual(img.data);
      }),
    );
  });
});

/** Ten lines of `words` words, 1000 px wide, 30 px high, baselines tilted by `slope` (dy/dx). */
function tiltedLines(slope: number, width = 1000, height = 30): OcrLineIn[] {
  return Array.from({ length: 10 }, (_, i) => {
    const y = 100 + i * 50;
    const x0 = 50;
    const x1 = x0 + width;
    const dy = slope * width;
    return {
      bbox: { x0, y0: y - height + Math.min(0, dy), x1, y1: y + Math.max(0, dy) },
      baseline: { x0, y0: y, x1, y1: y + dy },
      words: Array.from({ length: 5 }, (_w, k) => ({ text: `w${k}`, bbox: { x0: x0 + k * 200, y0: y - height, x1: x0 + k * 200 + 150, y1: y } })),
    };
  });
}

describe('deskew only when the tilt can matter', () => {
  it('a level page and a slight tilt of a narrow receipt: no second pass', () => {
    expect(harmfulSkew(tiltedLines(0))).toBe(0);
    // 0.2 degrees across 1000 px drifts 3.5 px, a tenth of a line
    expect(harmfulSkew(tiltedLines(Math.tan((0.2 * Math.PI) / 180)))).toBe(0);
  });

  it('1.5 degrees across a full-width line: rotate back by the baselines\' angle', () => {
    const slope = Math.tan((1.5 * Math.PI) / 180);
    const angle = harmfulSkew(tiltedLines(slope));
    expect(angle).toBeCloseTo(-Math.atan(slope), 3);
    expect(harmfulSkew(tiltedLines(-slope))).toBeCloseTo(Math.atan(slope), 3);
  });

  it('the same tilt on a narrow column stays below the drift that matters', () => {
    const slope = Math.tan((0.6 * Math.PI) / 180); // 0.6 degrees
    expect(harmfulSkew(tiltedLines(slope, 400))).toBe(0); // 4 px drift on 30 px lines
    expect(harmfulSkew(tiltedLines(slope, 2000))).not.toBe(0); // 21 px drift
  });

  it('without baselines (or too few wide lines) nothing is rotated', () => {
    expect(harmfulSkew(tiltedLines(0.05).map((l) => ({ ...l, baseline: null })))).toBe(0);
    expect(harmfulSkew(tiltedLines(0.05).slice(0, 2))).toBe(0);
    expect(harmfulSkew([])).toBe(0);
  });
});

/** A white PNG of w x h with one black bar at (x, y), bw x bh. */
const png = (w: number, h: number, [x, y, bw, bh] = [10, 10, 20, 5]) => {
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#000';
  ctx.fillRect(x, y, bw, bh);
  return new Uint8Array(c.toBuffer('image/png'));
};

describe('prepareImage: small images are read at twice their size', () => {

  it('enlarges an image below the limit into a grey PGM of twice the size, dark stays dark', async () => {
    const r = await prepareImage(png(300, 500), { upscaleBelow: 1600, upscale: 2 });
    expect(r.scale).toBe(2);
    const g = decodePgm(r.image);
    expect([g.width, g.height]).toEqual([600, 1000]);
    expect(g.data[25 * 600 + 40]).toBeLessThan(60); // inside the black bar
    expect(g.data[500 * 600 + 300]).toBeGreaterThan(200); // paper
  });

  it('hands on the bytes unchanged for a large image, with the limit at 0, and for what it cannot size', async () => {
    const big = png(1700, 100);
    expect((await prepareImage(big, { upscaleBelow: 1600, upscale: 2 })).image).toBe(big);
    const small = png(100, 100);
    expect((await prepareImage(small, { upscaleBelow: 0, upscale: 2 })).image).toBe(small);
    // a small PDF page rendered grey by the PDF thread is already at the render resolution
    const pgm = encodePgm({ width: 600, height: 900, data: new Uint8Array(600 * 900).fill(255) });
    const same = await prepareImage(pgm, { upscaleBelow: 1600, upscale: 2 });
    expect(same.image).toBe(pgm); // toBe: a deep comparison of the bytes takes seconds
    expect(same.scale).toBe(1);
    const junk = new Uint8Array([1, 2, 3, 4]);
    expect(await prepareImage(junk, { upscaleBelow: 1600, upscale: 2 })).toEqual({ image: junk, scale: 1 });
  });

  it('turns an EXIF-rotated JPEG itself, then sizes it like any image (tesseract.js applies only some tags: branch orient)', async () => {
    const c = createCanvas(200, 100);
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 200, 100);
    const jpeg = new Uint8Array(c.toBuffer('image/jpeg'));
    // APP1 "Exif" with one IFD entry: Orientation (0x0112) = 6 (turned 90 degrees)
    const app1 = new Uint8Array([0xff, 0xe1, 0, 34, ...new TextEncoder().encode('Exif'), 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
    const rotated = new Uint8Array([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
    const r = await prepareImage(rotated, { upscaleBelow: 1600, upscale: 2 });
    expect(r.image).not.toBe(rotated);
    expect(r.scale).toBe(2);
    expect((await prepareImage(jpeg, { upscaleBelow: 1600, upscale: 2 })).scale).toBe(2); // the same image without EXIF
  });
});

/**
 * A white PNG of w x h printed with rows of glyph-like black marks `glyph` px tall (0.6 as wide,
 * spaced like letters), so the page's small text is exactly that tall.
 */
const printed = (w: number, h: number, glyph: number) => {
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#000';
  const gw = Math.round(glyph * 0.6);
  for (let y = 100; y + glyph < h - 100; y += glyph * 3) for (let x = 100; x + gw < w - 100; x += gw + Math.round(glyph * 0.4)) ctx.fillRect(x, y, gw, glyph);
  return new Uint8Array(c.toBuffer('image/png'));
};

describe('prepareImage: large images are read at fewer pixels, as far as their text allows', () => {
  const opts = { upscaleBelow: 1600, upscale: 2, downscaleAbove: 1.5e6 };

  it('shrinks a page of large text to a grey PGM of about the budget, proportions kept', async () => {
    const r = await prepareImage(printed(2000, 3000, 60), opts);
    expect(r.scale).toBeCloseTo(Math.sqrt(1.5e6 / 6e6), 6);
    const g = decodePgm(r.image);
    expect([g.width, g.height]).toEqual([1000, 1500]);
    expect(g.data[65 * 1000 + 65]).toBeLessThan(60); // inside the first mark (100..136 x 100..160), now at half the size
    expect(g.data[1400 * 1000 + 990]).toBeGreaterThan(200); // paper
  });

  it('shrinks a page of smaller text only until that text keeps MIN_TEXT_PX', async () => {
    // 30-px text at the budget's 0.5 would be 15 px: the page is read at ~MIN_TEXT_PX / 30 instead.
    const r = await prepareImage(printed(2000, 3000, 30), opts);
    expect(r.scale).toBeGreaterThan(0.5);
    expect(r.scale).toBeLessThanOrEqual(MIN_SHRINK);
    expect(r.scale * 30).toBeGreaterThanOrEqual(MIN_TEXT_PX - 1);
    expect(r.scale * 30).toBeLessThanOrEqual(MIN_TEXT_PX + 1.5);
    expect(decodePgm(r.image).width).toBe(Math.round(2000 * r.scale));
  });

  it('reads as it is a page whose text would fall below MIN_TEXT_PX even at MIN_SHRINK, or that has no text to measure', async () => {
    const small = printed(2000, 3000, Math.floor(MIN_TEXT_PX / MIN_SHRINK) - 1);
    expect(await prepareImage(small, opts)).toEqual({ image: small, scale: 1 });
    const blank = png(2000, 3000, [100, 100, 400, 60]);
    expect((await prepareImage(blank, opts)).image).toBe(blank);
  });

  it('leaves images within the budget, with the budget at 0, and an EXIF-rotated photo as they are', async () => {
    const big = printed(2000, 3000, 60);
    expect((await prepareImage(big, { upscaleBelow: 1600, upscale: 2, downscaleAbove: 6e6 })).image).toBe(big);
    expect((await prepareImage(big, { upscaleBelow: 1600, upscale: 2, downscaleAbove: 0 })).image).toBe(big);
    expect((await prepareImage(big, { upscaleBelow: 1600, upscale: 2 })).image).toBe(big);
    // just over the budget: a few percent fewer pixels are not worth a decode
    expect((await prepareImage(big, { upscaleBelow: 1600, upscale: 2, downscaleAbove: 5.5e6 })).image).toBe(big);
    // a small image under a tiny budget is still enlarged, never shrunk
    expect((await prepareImage(png(600, 800), { upscaleBelow: 1600, upscale: 2, downscaleAbove: 1e5 })).scale).toBe(2);
    // a rendered PDF page follows the render resolution
    const pgm = encodePgm({ width: 400, height: 500, data: new Uint8Array(2e5).fill(255) });
    const r = await prepareImage(pgm, { upscaleBelow: 0, upscale: 2, downscaleAbove: 1e5 });
    expect(r.image).toBe(pgm); // toBe: a deep comparison of the bytes takes seconds
    expect(r.scale).toBe(1);
  });
});
