/**
 * Evidence that separates right from wrong at high confidence (issue 13): an amount with a rival
 * the page relates to it by a rounding or discount line, a date readable only against its
 * currency's day/month order (calibration inputs), a number under a label that is really part of
 * an address running beneath it, a house number after an address label, and one printed amount
 * taken as both total and subtotal.
 */
import { describe, expect, it } from 'vitest';
import { adjustedRival } from '../../src/extract/fields/amounts.js';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import { againstLocale } from '../../src/extract/fields/dates.js';
import { calibrationFlags, decide } from '../../src/extract/fields/decide.js';
import { calibrationInputs, WORD_SURE, wordDoubt } from '../../src/extract/fields/learn/logistic.js';
import { defaultModel } from '../../src/extract/fields/model.js';
import type { PageText } from '../../src/extract/types.js';

const page = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const doc = (text: string) => documentCandidates(page(text));
const amount = (d: ReturnType<typeof doc>, v: number) => d.amounts.find((a) => Math.abs(a.value - v) < 0.001)!;

describe('an amount with a rival across an adjustment (contested)', () => {
  it('a total before and after a cash rounding, or before and after a discount, is contested', () => {
    const rounded = doc(`Item A                 12.51
Total Incl GST         26.82
Rounding Adjustment    -0.02
Amount To Pay          26.80
Cash                   50.00
Change                 23.20`);
    expect(adjustedRival(amount(rounded, 26.8), rounded.amounts)).toBe(true);
    expect(adjustedRival(amount(rounded, 26.82), rounded.amounts)).toBe(true);
    const coupon = doc(`Sub-Total              60.60
Coupon Discount        27.60
Grand Total            33.00
Payment                50.00`);
    expect(adjustedRival(amount(coupon, 33), coupon.amounts)).toBe(true);
    expect(adjustedRival(amount(coupon, 60.6), coupon.amounts)).toBe(true);
  });

  it('a total with no adjustment on the page, or a discount unrelated to it, is not', () => {
    const plain = doc(`Subtotal               20.00
GST 6%                  1.20
Total                  21.20
Cash                   50.00`);
    expect(adjustedRival(amount(plain, 21.2), plain.amounts)).toBe(false);
    const unrelated = doc(`Item A                 10.00
Discount                1.00
Total                   9.00
Cash                   20.00`);
    // 20.00 - 9.00 is 11.00, not the 1.00 discount; 10.00 - 9.00 is (the item before its discount).
    expect(adjustedRival(amount(unrelated, 20), unrelated.amounts)).toBe(false);
  });

  it('reaches the calibration as its own input', () => {
    const d = doc(`Total Incl GST         26.82
Rounding Adjustment    -0.02
Amount To Pay          26.80`);
    const flags = calibrationFlags(d, amount(d, 26.8), false);
    expect(flags.contested).toBe(true);
    expect(calibrationInputs(0.9, flags)[6]).toBe(1);
    expect(calibrationInputs(0.9, { ocr: false })[6]).toBe(0);
  });
});

describe('the OCR engine’s confidence in the words a value was read from', () => {
  // An OCR'd receipt: tesseract was sure of "TOTAL" and the date, unsure of the total's digits.
  const text = 'TOTAL  17.98\nDate: 14/06/2017';
  const words = [
    { row: 0, start: 0, end: 5, x: 0.1, y: 0.1, w: 0.2, h: 0.02, conf: 0.95 },
    { row: 0, start: 7, end: 12, x: 0.6, y: 0.1, w: 0.2, h: 0.02, conf: 0.42 },
    { row: 1, start: 0, end: 5, x: 0.1, y: 0.2, w: 0.2, h: 0.02, conf: 0.93 },
    { row: 1, start: 6, end: 16, x: 0.4, y: 0.2, w: 0.3, h: 0.02, conf: 0.96 },
  ];
  const ocr = documentCandidates([{ page: 1, text, source: 'ocr', ocrConfidence: 0.8, words }]);

  it('reaches the calibration flags: the least sure word of the value, none on a text layer', () => {
    expect(calibrationFlags(ocr, amount(ocr, 17.98), false).wordConfidence).toBe(0.42);
    expect(calibrationFlags(ocr, ocr.dates.find((c) => !c.alt)!, false).wordConfidence).toBe(0.96);
    const text = doc('TOTAL  17.98');
    expect(calibrationFlags(text, amount(text, 17.98), false).wordConfidence).toBeNull();
  });

  it('is a calibration input, as doubt (the ninth; yes/no inputs follow it): 0 for a sure word or none, growing as the word is less sure', () => {
    const x = calibrationInputs(0.9, calibrationFlags(ocr, amount(ocr, 17.98), false));
    expect(x).toHaveLength(11);
    expect(x[8]).toBeCloseTo((WORD_SURE - 0.42) / WORD_SURE, 9);
    expect(calibrationInputs(0.9, { ocr: false })[8]).toBe(0);
    expect(wordDoubt(null)).toBe(0);
    expect(wordDoubt(WORD_SURE)).toBe(0);
    expect(wordDoubt(0.99)).toBe(0);
    expect(wordDoubt(0)).toBe(1);
    expect(wordDoubt(0.5)).toBeGreaterThan(wordDoubt(0.7));
  });

  it('a calibration that weighs doubt lowers the confidence of a value read from a doubtful word', () => {
    const d = decide(ocr, { ...defaultModel(), fields: { ...defaultModel().fields, total: { ...defaultModel().fields.total, calibration: { w: [...defaultModel().fields.total.calibration.w.concat(Array(9).fill(0)).slice(0, 8), -4] } } } });
    const plain = decide(ocr, { ...defaultModel(), fields: { ...defaultModel().fields, total: { ...defaultModel().fields.total, calibration: { w: defaultModel().fields.total.calibration.w.concat(Array(9).fill(0)).slice(0, 8) } } } });
    expect(d.total?.value).toBe(17.98);
    expect(d.total!.confidence).toBeLessThan(plain.total!.confidence - 0.1);
  });
});

describe('a date against its currency’s day/month order', () => {
  const dateOf = (d: ReturnType<typeof doc>) => d.dates.find((c) => !c.alt)!;
  it('6/14/2017 on a ringgit receipt can only be month first: against the locale', () => {
    const d = doc(`Date: 6/14/2017
Total  RM 12.00`);
    expect(d.currency?.code).toBe('MYR');
    expect(againstLocale(dateOf(d), 'MYR')).toBe(true);
    expect(calibrationFlags(d, dateOf(d), false).againstLocale).toBe(true);
  });

  it('14/06/2017 there, 6/14/2017 in dollars, an ambiguous date and an unknown currency are not', () => {
    expect(againstLocale(dateOf(doc('Date: 14/06/2017\nTotal RM 12.00')), 'MYR')).toBe(false);
    expect(againstLocale(dateOf(doc('Date: 6/14/2017\nTotal $12.00')), 'USD')).toBe(false);
    expect(againstLocale(dateOf(doc('Date: 6/10/2017\nTotal RM 12.00')), 'MYR')).toBe(false);
    expect(againstLocale(dateOf(doc('Date: 6/14/2017\nTotal 12.00')), null)).toBe(false);
  });
});

describe('invoice-number candidates and addresses', () => {
  const LAYOUT = `                                                                   Invoice No : BLR-4471
Warehouse Address: NO. 42/1 & 43, Industrial Road, Springfield, State - 560067`;

  it('a token of a long line that runs beneath the label, far from its column, is not the value under it', () => {
    const d = doc(LAYOUT);
    expect(d.numbers.some((n) => n.value === '42/1' && n.features['via:below'])).toBe(false);
    expect(d.numbers.some((n) => n.value === 'BLR-4471' && n.features['via:right'])).toBe(true);
  });

  it('a number after an address label is some other number', () => {
    const d = doc(LAYOUT);
    const house = d.numbers.find((n) => n.value === '42/1')!;
    expect(house.features['label:other']).toBe(1);
    expect(decide(d, defaultModel()).invoiceNumber?.value).toBe('BLR-4471');
  });

  it('the value under a label in its column is still taken', () => {
    const d = doc(`Invoice No          Date
INV-20931           12/03/2024`);
    expect(d.numbers.some((n) => n.value === 'INV-20931' && n.features['via:below'])).toBe(true);
  });
});

describe('a heading over a column of values (col:more)', () => {
  it('the first line amount under "Zeilenbetrag ohne MwSt." is a row of the column, not the subtotal the heading names', () => {
    const d = doc(`Pos.  Beschreibung                        Zeilenbetrag
                                          Ohne MwSt.
1     Small Business Exchange                   3,89
      Grundgebühr pro Einheit
2     Small Business Exchange                   5,39
      Grundgebühr pro Einheit

                                  Total EUR     9,28`);
    expect(amount(d, 3.89).features['above:net']).toBe(1);
    expect(amount(d, 3.89).features['col:more']).toBe(1);
  });

  it('a value alone under its heading, or followed by a new label in its column, is not', () => {
    const single = doc(`Net amount     VAT      Gross
100.00         19.00    119.00`);
    expect(amount(single, 100).features['col:more']).toBeUndefined();
    const labelled = doc(`          Net
        100.00
         Total
        119.00`);
    expect(amount(labelled, 100).features['col:more']).toBeUndefined();
  });
});

describe('one printed amount is not both total and subtotal', () => {
  it('a page with a single Total line gives no subtotal', () => {
    const d = doc(`Invoice No: A-1001
Date: 12/03/2024
Consulting services
Total                 1,250.00`);
    const r = decide(d, defaultModel());
    expect(r.total?.value).toBe(1250);
    expect(r.subtotal).toBeNull();
  });

  it('a subtotal printed on its own line equal to the total (no tax) is kept', () => {
    const d = doc(`Invoice No: A-1002
Date: 12/03/2024
Subtotal              1,250.00
VAT 0%                    0.00
Total                 1,250.00`);
    const r = decide(d, defaultModel());
    expect(r.total?.value).toBe(1250);
    expect(r.subtotal?.value).toBe(1250);
  });
});
