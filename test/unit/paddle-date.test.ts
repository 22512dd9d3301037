/**
 * A receipt's date misread by tesseract in one digit and read whole by PaddleOCR (src/extract/second-look.ts
 * withSecondLook, src/extract/fields/look.ts ownReadingDateWins and dateAsksPaddle): synthetic OCR pages in
 * the shape of the development receipts' misses ("06/04/17" read "04/04/17", its word read with low certainty).
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { dateAsksPaddle, dateForRules, DATE_PADDLE_BELOW, DATE_READING_ALONE_FROM, ownReadingDateWins, readingForDateAlone, wordsConfidenceIn } from '../../src/extract/fields/look.js';
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
const till = (date: string, total = 'TOTAL            18.40', label = 'Cashier: 01  ') => ['KEDAI RUNCIT MAJU', 'TAX INVOICE', `${label} ${date} 11:43am`, ...items, total, 'CASH             20.00', 'CHANGE            1.60'].join('\n');
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
  it('takes it over a first date at 0.9 and over whose words tesseract read below WORD_SURE (a year "2015" read at 0.82)', () => {
    expect(ownReadingDateWins({ value: '2015-03-29', confidence: 0.92, words: 0.82 }, { value: '2018-03-29', confidence: 0.99 })).toBe(true);
  });
  it('control: a first date at 0.9 and over read surely, or with no word certainty, stands', () => {
    expect(ownReadingDateWins({ value: '2018-03-29', confidence: 0.98, words: 0.93 }, { value: '2018-02-29', confidence: 0.98 })).toBe(false);
    expect(ownReadingDateWins({ value: '2015-03-29', confidence: 0.92, words: null }, { value: '2018-03-29', confidence: 0.99 })).toBe(false);
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

describe('wordsConfidenceIn', () => {
  it('gives the least sure word inside a box, null without word certainties', () => {
    const page = ocrPage('Date:  29 Mar 2015 12:19', '2015', 0.82);
    const words = page.words!;
    const box = { page: 1, x: words[1].x, y: words[1].y, w: words[3].x + words[3].w - words[1].x, h: words[1].h };
    expect(wordsConfidenceIn([page], box)).toBe(0.82);
    expect(wordsConfidenceIn([page], { ...box, x: words[4].x, w: words[4].w })).toBe(0.93);
    expect(wordsConfidenceIn([{ ...page, words: undefined }], box)).toBeNull();
  });
});

describe('withSecondLook: a date the trigger lets through, read again for the date alone', () => {
  // A "Cashier" line's date whose digits tesseract read at 0.7: the model gives it at 0.8-0.95, the trigger is in no doubt.
  const misread = () => ocrPage(till('04/04/2014'), '04/04/2014', 0.7);

  it('asks PaddleOCR for a date at 0.8 and over but below DATE_PADDLE_BELOW, takes its confident date and no other field', async () => {
    const first = misread();
    const f = extract([first]);
    expect(f.invoiceDate?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(f.invoiceDate?.confidence).toBeLessThan(DATE_PADDLE_BELOW);
    expect(readingForDateAlone(f.invoiceDate)).toBe(true);
    // PaddleOCR reads the year whole and the total otherwise (a misread of its own)
    const { r, asked } = await looked(first, ocrPage(till('04/04/2016', 'TOTAL            19.40')));
    expect(asked).toEqual(['paddle']);
    expect(r.invoiceDate?.value).toBe('2016-04-04');
    expect(r.invoiceDate?.confidence).toBeLessThanOrEqual(0.89);
    expect(r.total?.value).toBe(f.total?.value);
    expect(r.total?.confidence).toBe(f.total?.confidence);
    expect(r.needsReview).toBe(true);
  });

  it('control: PaddleOCR reading the same date leaves the first reading\'s result as it was', async () => {
    const first = misread();
    const f = extract([first]);
    const { r, asked } = await looked(first, ocrPage(till('04/04/2014', 'TOTAL            19.40')));
    expect(asked).toEqual(['paddle']);
    expect(r.invoiceDate).toEqual(f.invoiceDate);
    expect(r.total).toEqual(f.total);
    expect(r.needsReview).toBe(f.needsReview);
  });

  it('control: a date below DATE_READING_ALONE_FROM is read again as before, all fields from both readings', () => {
    expect(readingForDateAlone({ confidence: DATE_READING_ALONE_FROM - 0.01 })).toBe(false);
    expect(readingForDateAlone(null)).toBe(false);
  });

  it('takes PaddleOCR\'s date over a first date at 0.9 and over whose digits tesseract read below WORD_SURE', async () => {
    const first = ocrPage(till('04/04/2014', undefined, 'Date:'), '04/04/2014', 0.8);
    const f = extract([first]);
    expect(f.invoiceDate?.confidence).toBeGreaterThanOrEqual(0.9);
    const { r } = await looked(first, ocrPage(till('04/04/2016', undefined, 'Date:')));
    expect(r.invoiceDate?.value).toBe('2016-04-04');
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

describe('dateForRules', () => {
  const raw = { frozen: 0.934, model: 0.5 };
  it('gives the frozen calibration\'s confidence, rounded, whatever the model file\'s', () => {
    expect(dateForRules({ value: '2017-04-06', confidence: 0.5 }, raw)?.confidence).toBe(0.93);
  });
  it('holds a capped result\'s confidence (below the model\'s own) as the cap', () => {
    expect(dateForRules({ value: '2017-04-06', confidence: 0.3 }, raw)?.confidence).toBe(0.3);
    expect(dateForRules({ value: '2017-04-06', confidence: 0.3 }, { frozen: 0.2, model: 0.5 })?.confidence).toBe(0.2);
  });
  it('control: no raw confidences (a template\'s date), or no date, pass through', () => {
    expect(dateForRules({ value: '2017-04-06', confidence: 0.77 }, null)?.confidence).toBe(0.77);
    expect(dateForRules(null, raw)).toBeNull();
  });
});
