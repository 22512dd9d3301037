import { describe, expect, it } from 'vitest';
import { MIN_IMAGE_AREA, READER_DEFAULTS, createReader, wantsImageOcr } from '../../src/extract/read/index.js';
import { thresholdParameters } from '../../src/extract/ocr/threshold.js';

const box = { x0: 0, y0: 0, x1: 100, y1: 100 };

describe('how tesseract binarises a page for its layout', () => {
  it('0 keeps its global Otsu threshold; a k above 0 is Sauvola with that k and window', () => {
    expect(thresholdParameters({ sauvolaK: 0, sauvolaWindowIn: 0.33 })).toEqual({}); // tesseract's default, untouched
    expect(thresholdParameters({ sauvolaK: 0.1, sauvolaWindowIn: 0.5 })).toEqual({ thresholding_method: '2', thresholding_kfactor: '0.1', thresholding_window_size: '0.5' });
    expect(READER_DEFAULTS.ocrSauvolaWindow).toBe(0.33); // tesseract's own window
  });
});

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
    await expect(createReader({ ocrSauvolaK: 1.5 })).rejects.toThrow(/ocrSauvolaK must be 0 \(Otsu\) or between 0 and 1/);
    await expect(createReader({ ocrSauvolaK: -0.1 })).rejects.toThrow(/ocrSauvolaK/);
    await expect(createReader({ ocrSauvolaWindow: 0 })).rejects.toThrow(/ocrSauvolaWindow must be a positive number of inches/);
  });
});
