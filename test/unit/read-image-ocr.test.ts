import { describe, expect, it } from 'vitest';
import { MIN_IMAGE_AREA, READER_DEFAULTS, createReader, wantsImageOcr } from '../../src/extract/read/index.js';

const box = { x0: 0, y0: 0, x1: 100, y1: 100 };

describe('OCR of images on pages with a text layer', () => {
  it('auto: only pages whose images cover a meaningful share of the page (not a logo)', () => {
    const auto = { imageOcr: 'auto' as const, imageOcrMinArea: READER_DEFAULTS.imageOcrMinArea };
    expect(wantsImageOcr({ images: [box], imageArea: 0.03 }, auto)).toBe(false); // a logo
    expect(wantsImageOcr({ images: [box, box], imageArea: 0.106 }, auto)).toBe(true); // header images with vendor data
    expect(wantsImageOcr({ images: [], imageArea: 0 }, auto)).toBe(false);
  });
  it('always: any image above the minimum size; off: never', () => {
    expect(wantsImageOcr({ images: [box], imageArea: 0.03 }, { imageOcr: 'always', imageOcrMinArea: 0.08 })).toBe(true);
    expect(wantsImageOcr({ images: [box], imageArea: MIN_IMAGE_AREA / 2 }, { imageOcr: 'always', imageOcrMinArea: 0.08 })).toBe(false);
    expect(wantsImageOcr({ images: [box], imageArea: 0.9 }, { imageOcr: 'off', imageOcrMinArea: 0.08 })).toBe(false);
  });
  it('rejects bad options up front', async () => {
    await expect(createReader({ imageOcr: 'sometimes' as never })).rejects.toThrow(/imageOcr must be auto, always or off/);
    await expect(createReader({ imageOcrMinArea: 2 })).rejects.toThrow(/imageOcrMinArea/);
  });
});
