/**
 * The second reading of doubtful receipts: thickened ink (src/extract/image/gray.ts thickenInk,
 * src/extract/ocr/prepare.ts) and when it is asked for and how its fields come back
 * (src/extract/second-look.ts), on images and results built here.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePgm, encodePgm, thickenInk, type GrayImage } from '../../src/extract/image/gray.js';
import { prepareImage } from '../../src/extract/ocr/prepare.js';
import { dateForRules } from '../../src/extract/fields/look.js';
import { bothReadings, mergeSecondLook, onFirstReading, SECOND_LOOK_BELOW, SECOND_LOOK_KEEP_FROM, SECOND_LOOK_MAX_CONFIDENCE, wantsSecondLook } from '../../src/extract/second-look.js';
import { extractFields, type FieldsResult } from '../../src/extract/fields/index.js';
import { extractGeneric } from '../../src/extract/fields/generic.js';
import { defaultModel, type Model } from '../../src/extract/fields/model.js';
import type { PageText } from '../../src/extract/types.js';

import { grayImage as image, pngPage } from '../helpers/gray.js';

describe('thickenInk', () => {
  it('joins a stroke printed as dots (dot-matrix, faded thermal print)', () => {
    // a horizontal stroke of 1-px dots two pixels apart
    const dots = image(20, 5, (x, y) => (y === 2 && x % 2 === 0 ? 0 : 255));
    const t = thickenInk(dots, 1);
    for (let x = 0; x < 20; x++) expect(t.data[2 * 20 + x]).toBe(0); // the gaps are ink now
    expect(t.data[1 * 20 + 5]).toBe(0); // one pixel above too
    expect(t.data[0 * 20 + 5]).toBe(255); // not two
  });

  it('never lightens a pixel, keeps the size, and is the darkest of the neighbourhood', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 2 }), fc.integer(), (w, h, r, seed) => {
        const img = image(w, h, (x, y) => ((x * 73 + y * 151 + seed) * 2654435761) >>> 24);
        const t = thickenInk(img, r);
        expect([t.width, t.height]).toEqual([w, h]);
        for (let y = 0; y < h; y++)
          for (let x = 0; x < w; x++) {
            let m = 255;
            for (let yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++) for (let xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) m = Math.min(m, img.data[yy * w + xx]);
            expect(t.data[y * w + x]).toBe(m);
            expect(t.data[y * w + x]).toBeLessThanOrEqual(img.data[y * w + x]);
          }
      }),
      { numRuns: 50 },
    );
  });

  it('radius 0 is a copy', () => {
    const img = image(4, 3, (x, y) => x * 60 + y);
    const t = thickenInk(img, 0);
    expect(t.data).toEqual(img.data);
    expect(t.data).not.toBe(img.data);
  });
});

describe('prepareImage with thickenInk', () => {
  const png = (w: number, h: number): Uint8Array => pngPage(w, h, '#fff', '#000', [[10, 10, 2, 2]]); // one small dot

  it('thickens a small image after enlarging it, and a large one at its own size', async () => {
    const plain = decodePgm((await prepareImage(png(300, 200), { upscaleBelow: 1600, upscale: 2 })).image);
    const small = await prepareImage(png(300, 200), { upscaleBelow: 1600, upscale: 2, thickenInk: 1 });
    expect(small.scale).toBe(2);
    const g = decodePgm(small.image);
    expect([g.width, g.height]).toEqual([600, 400]);
    const dark = (im: GrayImage) => im.data.filter((v) => v < 128).length;
    expect(dark(g)).toBeGreaterThan(dark(plain)); // the dot (4x4 at 2x) grows to 6x6
    const large = await prepareImage(png(1700, 100), { upscaleBelow: 1600, upscale: 2, thickenInk: 1 });
    expect(large.scale).toBe(1);
    const l = decodePgm(large.image); // a grey copy, no longer the PNG's bytes
    expect([l.width, l.height]).toEqual([1700, 100]);
    expect(l.data[9 * 1700 + 9]).toBeLessThan(128);
  });

  it('thickens a grey PDF page as it is', async () => {
    const pgm = encodePgm(image(50, 40, (x, y) => (x === 20 && y === 20 ? 0 : 255)));
    const r = await prepareImage(pgm, { upscaleBelow: 1600, upscale: 2, thickenInk: 1 });
    const g = decodePgm(r.image);
    expect(r.scale).toBe(1);
    expect(g.data[19 * 50 + 21]).toBe(0);
  });
});

const ocrPage = (text: string, page = 1): PageText => ({ page, text, source: 'ocr', ocrConfidence: 0.7 });
const field = <T>(value: T, confidence: number, page = 1) => ({ value, confidence, source: 'generic:test', page, box: { page, x: 0.1, y: 0.2, w: 0.3, h: 0.04 } });

describe('wantsSecondLook', () => {
  const sure = { invoiceDate: field('2018-03-27', 0.9), total: field(12.5, 0.9) };
  it('asks for a second reading of a one-page image whose date or total is missing or in doubt', () => {
    expect(wantsSecondLook('jpeg', [ocrPage('x')], sure)).toBe(false);
    expect(wantsSecondLook('jpeg', [ocrPage('x')], { ...sure, invoiceDate: null })).toBe(true);
    expect(wantsSecondLook('png', [ocrPage('x')], { ...sure, total: null })).toBe(true);
    expect(wantsSecondLook('tiff', [ocrPage('x')], { ...sure, total: field(12.5, SECOND_LOOK_BELOW - 0.01) })).toBe(true);
    expect(wantsSecondLook('jpeg', [ocrPage('x')], { ...sure, total: field(12.5, SECOND_LOOK_BELOW) })).toBe(false);
  });
  it("decides on the trigger's own confidence (look), not on the model file's calibrated one", () => {
    // a calibration that made the total doubtful does not ask for a reading the trigger does not want
    expect(wantsSecondLook('jpeg', [ocrPage('x')], { ...sure, total: field(12.5, 0.3), look: { invoiceDate: 0.9, total: 0.8 } })).toBe(false);
    // nor does one that made it sure hide the trigger's doubt
    expect(wantsSecondLook('jpeg', [ocrPage('x')], { ...sure, look: { invoiceDate: 0.9, total: SECOND_LOOK_BELOW - 0.01 } })).toBe(true);
    expect(wantsSecondLook('jpeg', [ocrPage('x')], { ...sure, invoiceDate: field('2018-03-27', 0.2), look: { invoiceDate: SECOND_LOOK_BELOW, total: 0.9 } })).toBe(false);
    // a missing value always asks
    expect(wantsSecondLook('jpeg', [ocrPage('x')], { ...sure, total: null, look: { invoiceDate: 0.9, total: null } })).toBe(true);
  });
  it('the trigger confidence of a receipt does not move with the model file\'s calibration', () => {
    const page: PageText = { ...ocrPage('SUPERMART\n12/03/2018 10:41\nBREAD      2.50\nMILK       3.20\nTOTAL      5.70\nCASH      10.00\nCHANGE     4.30'), ocrConfidence: 80 };
    const committed = defaultModel();
    const other: Model = { ...committed, fields: { ...committed.fields, total: { ...committed.fields.total, calibration: { w: [-3, 0.2] } }, invoiceDate: { ...committed.fields.invoiceDate, calibration: { w: [-3, 0.2] } } } };
    const a = extractGeneric([page]);
    const b = extractGeneric([page], { model: other });
    expect(b.total?.value).toBe(a.total?.value);
    expect(b.total!.confidence).not.toBeCloseTo(a.total!.confidence, 3);
    expect(b.invoiceDate!.confidence).not.toBeCloseTo(a.invoiceDate!.confidence, 3);
    expect(a.look.total).not.toBeNull();
    expect({ ...b.look, dateRules: b.look.dateRules?.frozen }).toEqual({ ...a.look, dateRules: a.look.dateRules?.frozen });
    // so does the date the look rules see (fields/look.ts dateForRules): the model file's calibration only tells whether the result's was capped
    expect(dateForRules(b.invoiceDate, b.look.dateRules)?.confidence).not.toBeCloseTo(b.invoiceDate!.confidence, 2);
    expect(dateForRules(b.invoiceDate, b.look.dateRules)?.confidence).toBe(dateForRules(a.invoiceDate, a.look.dateRules)?.confidence);
    // and it is handed on with the fields (not in the user's result: ../../src/extract/auto.ts)
    expect(extractFields([page], { templates: [] }).look).toEqual(a.look);
  });
  it('never for PDFs, text pages or documents of several pages', () => {
    const none = { invoiceDate: null, total: null };
    expect(wantsSecondLook('pdf', [ocrPage('x')], none)).toBe(false);
    expect(wantsSecondLook(null, [ocrPage('x')], none)).toBe(false);
    expect(wantsSecondLook('png', [{ ...ocrPage('x'), source: 'text' }], none)).toBe(false);
    expect(wantsSecondLook('tiff', [ocrPage('x'), ocrPage('y', 2)], none)).toBe(false);
  });
});

describe('bothReadings and onFirstReading', () => {
  it('puts the second reading after the first, and its fields back on the first page', () => {
    const pages = bothReadings([ocrPage('first')], [ocrPage('second')]);
    expect(pages.map((p) => [p.page, p.text])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ]);
    const fields = {
      invoiceDate: field('2018-03-27', 0.8, 2),
      total: field(12.5, 0.9, 1),
      lineItems: [{ description: 'a', quantity: 1, unitPrice: 1, amount: 1, confidence: 0.5, source: 's', page: 2 }],
      warnings: ['page 2'],
    } as unknown as FieldsResult;
    const back = onFirstReading(fields, 1);
    expect(back.invoiceDate?.page).toBe(1);
    expect(back.invoiceDate?.box?.page).toBe(1);
    expect(back.total?.page).toBe(1);
    expect(back.lineItems[0].page).toBe(1);
  });
});

describe('mergeSecondLook', () => {
  const result = (over: Record<string, unknown>) =>
    ({
      invoiceDate: null,
      total: null,
      currency: field('MYR', 0.9),
      vendor: { name: field('SHOP', 0.6), address: null, taxId: null },
      lineItems: [],
      warnings: [],
      needsReview: true,
      reviewReasons: ['invoice date missing'],
      ...over,
    }) as unknown as FieldsResult;

  it('keeps the first result whole when the second reading changed no value', () => {
    const first = result({ invoiceDate: field('2018-03-27', 0.4), total: field(130, 0.95) });
    // the same values seen twice come back more confident: that confidence is not taken
    const both = result({ invoiceDate: field('2018-03-27', 0.92), total: field(130, 0.99), needsReview: false, reviewReasons: [] });
    expect(mergeSecondLook(first, both)).toBe(first);
  });

  it('takes a value the first reading missed, below the confident line, and flags the document', () => {
    const first = result({ total: field(130, 0.97) });
    const both = result({ invoiceDate: field('2018-03-27', 0.97), total: field(130, 0.75), needsReview: false, reviewReasons: [] });
    const m = mergeSecondLook(first, both);
    expect(m.invoiceDate?.value).toBe('2018-03-27');
    expect(m.invoiceDate?.confidence).toBe(SECOND_LOOK_MAX_CONFIDENCE);
    expect(m.total).toBe(first.total); // unchanged value: the first reading's field, confidence 0.97
    expect(m.needsReview).toBe(true);
    expect(m.reviewReasons.join(' ')).toMatch(/invoiceDate read from a second OCR reading/u);
  });

  it('never loses a value the first reading gave, and compares party names too', () => {
    const first = result({ invoiceDate: field('2018-03-27', 0.4), total: field(12, 0.3) });
    const both = result({ invoiceDate: null, total: field(13, 0.6), vendor: { name: field('SHOP2', 0.7), address: null, taxId: null } });
    const m = mergeSecondLook(first, both);
    expect(m.invoiceDate).toBe(first.invoiceDate);
    expect(m.total?.value).toBe(13);
    expect(m.total?.confidence).toBe(0.6);
    expect(m.vendor.name?.value).toBe('SHOP2');
    expect(m.reviewReasons.at(-1)).toMatch(/^total, vendor\.name read/u);
  });

  it('keeps a value the first reading gave with confidence in a field the looks are not for', () => {
    // the thickened readings read "25.11.2025" as "25.11.2026": the due date, confident in the
    // first reading, is not what the looks were asked for (the date and total are)
    const first = result({ invoiceDate: field('2025-11-11', 0.4), dueDate: field('2025-11-25', 0.95), tax: field(7.5, 0.6) });
    const both = result({ invoiceDate: field('2025-11-11', 0.8), dueDate: field('2026-11-25', 0.95), tax: field(8.5, 0.7) });
    const m = mergeSecondLook(first, both);
    expect(m.dueDate).toBe(first.dueDate);
    expect(m.dueDate?.confidence).toBeGreaterThanOrEqual(SECOND_LOOK_KEEP_FROM);
    // control: a doubtful one (tax, 0.6) still takes the readings' value, capped and said
    expect(m.tax?.value).toBe(8.5);
    expect(m.reviewReasons.at(-1)).toMatch(/^tax read from a second OCR reading/u);
  });

  it("carries the trigger's confidence with each value: the first reading's where its value was kept", () => {
    const first = result({ invoiceDate: field('2018-03-27', 0.4), total: field(12, 0.3), look: { invoiceDate: 0.45, total: 0.2 } });
    const both = result({ invoiceDate: field('2018-03-27', 0.8), total: field(13, 0.95), look: { invoiceDate: 0.8, total: 0.97 } });
    const m = mergeSecondLook(first, both);
    expect(m.look).toEqual({ invoiceDate: 0.45, total: SECOND_LOOK_MAX_CONFIDENCE });
    // so a third reading is still asked for the date the first reading doubted
    expect(wantsSecondLook('jpeg', [ocrPage('x')], m)).toBe(true);
  });

  it("says of a kept value what the first reading said of it, not the readings together", () => {
    // the first reading derived the total (0.88); the readings together found the same value under
    // its label at 0.79 and called it uncertain at that confidence, which is not the field shown
    const first = result({ total: field(28, 0.88), reviewReasons: ['total 28 derived from cash tendered less change (the printed amounts gave 50; agrees with: sums)', 'required field invoice date is missing'] });
    const both = result({ total: field(28, 0.79), tax: field(5.6, 0.7), reviewReasons: ['total 28 is uncertain (confidence 0.79 < 0.93)', 'required field invoice date is missing'] });
    const m = mergeSecondLook(first, both);
    expect(m.total).toBe(first.total);
    expect(m.reviewReasons).toContain('total 28 derived from cash tendered less change (the printed amounts gave 50; agrees with: sums)');
    expect(m.reviewReasons.join('\n')).not.toMatch(/confidence 0\.79/u);
    expect(m.reviewReasons).toContain('required field invoice date is missing');
    expect(m.reviewReasons.at(-1)).toMatch(/^tax read from a second OCR reading/u);
    // control: a changed value keeps what the readings together said of it
    const changed = mergeSecondLook(result({ total: field(50, 0.6), reviewReasons: ['total 50 is uncertain (confidence 0.6 < 0.93)'] }), result({ total: field(28, 0.79), reviewReasons: ['total 28 is uncertain (confidence 0.79 < 0.93)'] }));
    expect(changed.reviewReasons).toContain('total 28 is uncertain (confidence 0.79 < 0.93)');
    expect(changed.reviewReasons.join('\n')).not.toMatch(/total 50/u);
  });

  it("keeps the first reading's document type and line items", () => {
    const item = { description: 'TEA', quantity: 1, unitPrice: 8.5, amount: 8.5, confidence: 0.5, source: 's', page: 1 };
    const first = result({ documentType: 'receipt', lineItems: [item] });
    const both = result({ documentType: 'invoice', total: field(28, 0.7), lineItems: [item, { ...item, page: 1 }] });
    const m = mergeSecondLook(first, both);
    expect(m.documentType).toBe('receipt');
    expect(m.lineItems).toEqual([item]);
    expect(m.total?.value).toBe(28);
  });
});
