/**
 * A receipt's date misread by tesseract in one digit and read whole by PaddleOCR (src/extract/second-look.ts
 * withSecondLook, src/extract/fields/look.ts ownReadingDateWins and dateAsksPaddle): synthetic OCR pages in
 * the shape of the development receipts' misses ("06/04/17" read "04/04/17", its word read with low certainty).
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { dateAsksPaddle, DATE_PADDLE_BELOW, ownReadingDateWins } from '../../src/extract/fields/look.js';
import { lookList, withSecondLook, type Look } from '../../src/extract/second-look.js';
import type { PageText } from '../../src/extract/types.js';

/** An OCR page of `text` whose words have tesseract's certainty 0.93, `low` (a word) `lowConf`. */
function ocrPage(text: string, low = '', lowConf = 0.93): PageText {
  const lines = text.split('\n');
  const words = lines.flatMap((l, row) =>
    [...l.matchAll(/\S+/gu)].map((m) => ({ row, start: m.index, end: m.index + m[0].length, x: m.index / 60, y: row / lines.length, w: m[0].length / 60, h: 0.8 / lines.length, conf: m[0] === low ? lowConf : 0.93 })),
  );
  return { page: 1, text, source: 'ocr', ocrConfidence: 0.85, words };
}

const items = ['MILO 1KG          2   15.90', 'ROTI              1    2.50'];
const till = (date: string, total = 'TOTAL            18.40') => ['KEDAI RUNCIT MAJU', 'TAX INVOICE', `Cashier: 01   ${date} 11:43am`, ...items, total, 'CASH             20.00', 'CHANGE            1.60'].join('\n');
const extract = (pages: PageText[]) => extractFields(pages, { templates: [], templateId: null });

/** Runs the looks (PaddleOCR's first) on `first`, every look reading `again`; returns the result and the looks asked for. */
async function looked(first: PageText, again: PageText) {
  const asked: Look[] = [];
  const readAgain = (look: Look) => {
    asked.push(look);
    return Promise.resolve({ pages: [again] });
  };
  const r = await withSecondLook('jpeg', [first], extract([first]), readAgain, extract, lookList(true));
  return { r, asked: asked.map((l) => l.engine ?? 'tesseract') };
}

describe('ownReadingDateWins', () => {
  it('takes a confident date of the second recogniser over a doubtful or missing first one', () => {
    expect(ownReadingDateWins({ value: '2017-04-04', confidence: 0.77 }, { value: '2017-04-06', confidence: 0.97 })).toBe(true);
    expect(ownReadingDateWins(null, { value: '2017-04-06', confidence: 0.95 })).toBe(true);
  });
  it('keeps a confident first date, and never takes a doubtful second one', () => {
    expect(ownReadingDateWins({ value: '2017-04-04', confidence: 0.92 }, { value: '2017-04-06', confidence: 0.99 })).toBe(false);
    expect(ownReadingDateWins({ value: '2017-04-04', confidence: 0.5 }, { value: '2017-04-06', confidence: 0.9 })).toBe(false);
    expect(ownReadingDateWins({ value: '2017-04-06', confidence: 0.5 }, { value: '2017-04-06', confidence: 0.99 })).toBe(false);
    expect(ownReadingDateWins({ value: '2017-04-06', confidence: 0.5 }, null)).toBe(false);
  });
});

describe('dateAsksPaddle', () => {
  it('asks below DATE_PADDLE_BELOW and for no date, not at it', () => {
    expect(dateAsksPaddle(null)).toBe(true);
    expect(dateAsksPaddle({ confidence: DATE_PADDLE_BELOW - 0.01 })).toBe(true);
    expect(dateAsksPaddle({ confidence: DATE_PADDLE_BELOW })).toBe(false);
  });
});

describe('withSecondLook: the date PaddleOCR reads whole', () => {
  it('takes PaddleOCR\'s confident date over a first reading\'s misread one when the total asked for the look', async () => {
    // The total's amount unreadable in the first reading: the looks are asked for by the old trigger too.
    const first = ocrPage(till('04/04/17', 'TOTAL            1B.A0'), '04/04/17', 0.3);
    const paddle = ocrPage(till('06/04/17'));
    expect(extract([paddle]).invoiceDate?.confidence).toBeGreaterThanOrEqual(0.95);
    const { r, asked } = await looked(first, paddle);
    expect(asked[0]).toBe('paddle');
    expect(r.invoiceDate?.value).toBe('2017-04-06');
    expect(r.invoiceDate?.confidence).toBeLessThanOrEqual(0.89);
    expect(r.needsReview).toBe(true);
    expect(r.reviewReasons.join('\n')).toMatch(/invoiceDate(, \w+)* read from a second OCR reading \(PaddleOCR\)/u);
  });

  it('control: a confident first date stands against PaddleOCR\'s other reading', async () => {
    const first = ocrPage(till('04/04/17', 'TOTAL            1B.A0'));
    expect(extract([first]).invoiceDate?.confidence).toBeGreaterThanOrEqual(0.9);
    const { r } = await looked(first, ocrPage(till('06/04/17')));
    expect(r.invoiceDate?.value).toBe('2017-04-04');
  });

  it('asks PaddleOCR for a doubtful date the trigger\'s own confidence let through, and takes its reading', async () => {
    const first = ocrPage(till('04/04/17'), '04/04/17', 0.3);
    const f = extract([first]);
    expect(f.invoiceDate?.confidence).toBeLessThan(DATE_PADDLE_BELOW);
    expect(f.look.invoiceDate).toBeGreaterThanOrEqual(0.5);
    expect(f.look.total).toBeGreaterThanOrEqual(0.5);
    const { r, asked } = await looked(first, ocrPage(till('06/04/17')));
    expect(asked).toEqual(['paddle']);
    expect(r.invoiceDate?.value).toBe('2017-04-06');
  });

  it('control: a confident date and total ask for no look', async () => {
    const first = ocrPage(till('04/04/17'));
    const { r, asked } = await looked(first, ocrPage(till('06/04/17')));
    expect(asked).toEqual([]);
    expect(r.invoiceDate?.value).toBe('2017-04-04');
  });

  it('control: PaddleOCR\'s reading agreeing with a doubtful first date leaves it, and tesseract is not asked', async () => {
    const first = ocrPage(till('06/04/17'), '06/04/17', 0.3);
    const { r, asked } = await looked(first, ocrPage(till('06/04/17')));
    expect(asked).toEqual(['paddle']);
    expect(r.invoiceDate?.value).toBe('2017-04-06');
  });
});
