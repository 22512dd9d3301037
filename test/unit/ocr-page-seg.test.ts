/**
 * A reading's own page segmentation in the OCR pool (src/extract/ocr/pool.ts, recognize.ts): the
 * pool lays the page out as the reading asks, for that reading only; the worker's other readings
 * (the first reading of every document) stay as they were, also when readings overlap. Real
 * tesseract on a real receipt image.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { OcrPool, type OcrPage } from '../../src/extract/ocr/pool.js';
import { resolveLanguages } from '../../src/extract/ocr/lang.js';

const RECEIPT = new Uint8Array(readFileSync(new URL('../../fixtures/receipts/faded-dot-matrix-receipt.png', import.meta.url)));

const pools: OcrPool[] = [];
function pool(size: number): OcrPool {
  const p = new OcrPool({ langs: resolveLanguages('eng', 'best'), deskew: 'when-needed', upscaleBelow: 1600, downscaleAbove: 0, size, pageTimeoutMs: 120_000, recycleAfterPages: 100, memoryCeilingMb: 4000 });
  pools.push(p);
  return p;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const same = (a: OcrPage, b: OcrPage) => expect({ text: a.text, confidence: a.confidence, words: a.words }).toEqual({ text: b.text, confidence: b.confidence, words: b.words });

describe('OcrPool: a reading laid out in its own page segmentation', () => {
  it('reads with page segmentation 4 when asked, then reads as before on the same worker', async () => {
    const p = pool(1);
    const plain = await p.recognize(RECEIPT);
    const column = await p.recognize(RECEIPT, { pageSegMode: 4 });
    const after = await p.recognize(RECEIPT);
    expect(p.started).toBe(1); // one worker read all three
    expect(column.text).not.toBe(plain.text); // laid out otherwise
    same(after, plain); // the worker's own segmentation is back
    // 6 is tesseract's own default: asked for explicitly, it reads as the first reading does
    same(await p.recognize(RECEIPT, { pageSegMode: 6 }), plain);
  }, 240_000);

  it('keeps readings that overlap on two workers apart', async () => {
    const ref = pool(1);
    const plain = await ref.recognize(RECEIPT);
    const column = await ref.recognize(RECEIPT, { pageSegMode: 4 });
    const p = pool(2);
    const [a, b] = await Promise.all([p.recognize(RECEIPT, { pageSegMode: 4 }), p.recognize(RECEIPT)]);
    expect(p.started).toBe(2);
    same(a, column);
    same(b, plain);
  }, 240_000);
});
