/**
 * The second recogniser (src/extract/ocr/paddle.ts, PaddleOCR through the optional
 * `@gutenye/ocr-node`): a real fixture image read offline, its boxes laid out as tesseract's lines
 * (spaces the recogniser dropped put back), and its place among the looks (src/extract/second-look.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boxAsLine, paddleAvailable, paddleLayout, paddleRead, type PaddleBox } from '../../src/extract/ocr/paddle.js';
import { LOOKS, lookList, lookReadOptions, withSecondLook, type Look } from '../../src/extract/second-look.js';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

/** A box of `text` read at one character every 3 CTC steps, `gapAt` characters later by `gap` more steps. */
function box(text: string, x0: number, y0: number, gapAt = -1, gap = 0): PaddleBox {
  let t = 1;
  const chars = [...text].map((c, i): [string, number, number] => {
    if (i === gapAt) t += gap;
    const at = t;
    t += 3;
    return [c, at, 0.95];
  });
  const w = t * 8;
  return { box: [[x0, y0], [x0 + w, y0], [x0 + w, y0 + 30], [x0, y0 + 30]], steps: t, chars };
}

describe('paddle boxes as lines', () => {
  it('puts back a space the recogniser dropped between a date and a time, and keeps one it read', () => {
    const glued = boxAsLine(box('22/12/201714:03', 0, 0, 10, 4));
    expect(glued.words.map((w) => w.text)).toEqual(['22/12/2017', '14:03']);
    expect(glued.words[0].bbox.x1).toBeLessThanOrEqual(glued.words[1].bbox.x0);
    expect(boxAsLine(box('TOTAL 28.00', 0, 0)).words.map((w) => w.text)).toEqual(['TOTAL', '28.00']);
    // evenly spaced characters stay one word
    expect(boxAsLine(box('INV0ICE', 0, 0)).words.map((w) => w.text)).toEqual(['INV0ICE']);
  });

  it('lays boxes out in rows, with word boxes as fractions of the page', () => {
    const page = paddleLayout([box('TOTAL', 10, 100), box('28.00', 400, 102), box('CASH 50.00', 10, 160)], 600, 300);
    expect(page.text.split('\n').filter(Boolean)).toHaveLength(2);
    expect(page.text).toMatch(/^TOTAL {2,}28\.00$/mu);
    expect(page.words.length).toBe(4);
    for (const w of page.words) expect(w.x >= 0 && w.x + w.w <= 1 && w.y >= 0 && w.y + w.h <= 1).toBe(true);
    expect(page.confidence).toBeCloseTo(0.95, 3);
  });
});

describe.runIf(paddleAvailable())('PaddleOCR reading a real image offline', () => {
  it('reads the faded dot-matrix receipt fixture: its total and its labels', async () => {
    const r = await paddleRead(new Uint8Array(readFileSync('fixtures/receipts/faded-dot-matrix-receipt.png')));
    expect(r.text).toMatch(/^TOTAL +28\.00$/mu);
    expect(r.text).toMatch(/^CASH +50\.00$/mu);
    expect(r.confidence).toBeGreaterThan(0.8);
    const fields = extractFields([{ page: 1, text: r.text, source: 'ocr', ocrConfidence: r.confidence, words: r.words }], { templates: [], templateId: null });
    expect(fields.total?.value).toBe(28);
  }, 60_000);
});

describe('the looks with PaddleOCR', () => {
  it('reads with PaddleOCR first, then tesseract\'s three looks, each saying which reading it is', () => {
    const looks = lookList(true);
    expect(looks.map((l) => l.says)).toEqual([
      'a second OCR reading (PaddleOCR)',
      'a third OCR reading (ink thickened)',
      'a fourth OCR reading (contrast stretched per tile, ink thickened)',
      'a fifth OCR reading (one column of text, ink thickened)',
    ]);
    expect(lookReadOptions(looks[0])).toEqual({ ocrEngine: 'paddle' });
    // tesseract's looks keep their reader options (and eval cache keys); without PaddleOCR their names are as before
    expect(looks.slice(1).map(lookReadOptions)).toEqual(lookList(false).map(lookReadOptions));
    expect(lookList(false)[0].says).toBe('a second OCR reading (ink thickened)');
    expect(LOOKS).toEqual(lookList(paddleAvailable()));
  });

  it('takes a date only PaddleOCR read, capped and flagged, and asks tesseract for no more', async () => {
    const till = ['CORNER CAFE', 'Latte            3.50', 'TOTAL            3.50', 'CASH             5.00'].join('\n');
    const first: PageText[] = [{ page: 1, text: till, source: 'ocr', ocrConfidence: 0.7 }];
    const asked: Look[] = [];
    const readAgain = (look: Look) => {
      asked.push(look);
      return Promise.resolve({ pages: [{ ...first[0], text: `${till}\nDate: 14/03/2025 10:42` }] });
    };
    const extract = (pages: PageText[]) => extractFields(pages, { templates: [], templateId: null });
    const r = await withSecondLook('jpeg', first, extract(first), readAgain, extract, lookList(true));
    expect(asked.map((l) => l.engine)).toEqual(['paddle']);
    expect(r.invoiceDate?.value).toBe('2025-03-14');
    expect(r.invoiceDate?.confidence).toBeLessThanOrEqual(0.89);
    expect(r.reviewReasons.join('\n')).toMatch(/invoiceDate(, \w+)* read from a second OCR reading \(PaddleOCR\)/u);
  });
});
