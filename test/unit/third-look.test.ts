/**
 * The third and fourth readings of a receipt still in doubt (the fourth: page segmentation 4 and
 * the ink thickened, after the third). The third: the contrast stretched per tile
 * (src/extract/image/gray.ts stretchContrast, src/extract/ocr/prepare.ts) and when withSecondLook
 * (src/extract/second-look.ts) asks for it, on images and readings built here; the fields are the
 * real extractor's.
 */
import { describe, expect, it } from 'vitest';
import { decodePgm, stretchContrast, thickenInk } from '../../src/extract/image/gray.js';
import { prepareImage } from '../../src/extract/ocr/prepare.js';
import { SECOND_LOOK_MAX_CONFIDENCE, lookList, lookReadOptions, withSecondLook, type Look } from '../../src/extract/second-look.js';

// tesseract's looks alone (as where the optional PaddleOCR is not installed): paddle-look.test.ts has PaddleOCR's
const LOOKS = lookList(false);
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';
import { grayImage as image, pngPage } from '../helpers/gray.js';

describe('stretchContrast', () => {
  // left half: faded print (ink 160 on paper 235); right half: black print on white
  const page = image(160, 160, (x, y) => {
    const ink = x % 5 === 0 && y % 3 !== 0;
    return x < 80 ? (ink ? 160 : 235) : ink ? 0 : 255;
  });

  it('darkens faded print to the contrast of its own neighbourhood, keeping its paper white', () => {
    const s = stretchContrast(page);
    expect([s.width, s.height]).toEqual([160, 160]);
    // a faded ink pixel and its paper, in the middle of a tile of the left half
    expect(s.data[10 * 160 + 10]).toBeLessThan(40);
    expect(s.data[10 * 160 + 12]).toBeGreaterThan(215);
    // the black print on the right stays black on white
    expect(s.data[10 * 160 + 150]).toBe(0);
    expect(s.data[10 * 160 + 152]).toBe(255);
  });

  it('leaves plain paper white (no noise stretched into ink)', () => {
    for (const paper of [255, 240, 200]) {
      const s = stretchContrast(image(64, 64, () => paper));
      expect(s.data.every((v) => v === 255)).toBe(true);
    }
  });
});

describe('prepareImage with stretchContrast', () => {
  // faded print: grey strokes on light grey paper
  const png = (w: number, h: number): Uint8Array =>
    pngPage(w, h, '#ebebeb', '#c8c8c8', Array.from({ length: Math.ceil((w - 20) / 6) }, (_, i): [number, number, number, number] => [10 + 6 * i, 20, 2, 30]));

  it('stretches the enlarged grey page, then thickens its ink', async () => {
    const plain = decodePgm((await prepareImage(png(300, 200), { upscaleBelow: 1600, upscale: 2 })).image);
    const r = await prepareImage(png(300, 200), { upscaleBelow: 1600, upscale: 2, stretchContrast: true, thickenInk: 1 });
    expect(r.scale).toBe(2);
    expect(decodePgm(r.image).data).toEqual(thickenInk(stretchContrast(plain), 1).data);
    const alone = await prepareImage(png(300, 200), { upscaleBelow: 1600, upscale: 2, stretchContrast: true });
    expect(decodePgm(alone.image).data).toEqual(stretchContrast(plain).data);
  });
});

// A till receipt whose first reading has its total but not its date.
const TILL = ['CORNER CAFE', 'Latte            3.50', 'Croissant        2.20', 'TOTAL            5.70', 'CASH            10.00', 'CHANGE           4.30'].join('\n');
const reading = (text: string): PageText[] => [{ page: 1, text, source: 'ocr', ocrConfidence: 0.71 }];
const extract = (pages: PageText[]) => extractFields(pages, { templates: [], templateId: null });

/** Reads `texts` in turn, one per look asked for (null: that reading fails), recording the looks. */
function readings(texts: Array<string | null>): { readAgain: (look: Look) => Promise<{ pages: PageText[] } | null>; looks: Look[] } {
  const looks: Look[] = [];
  const readAgain = (look: Look) => {
    const t = texts[looks.length];
    looks.push(look);
    return Promise.resolve(t == null ? null : { pages: reading(t) });
  };
  return { readAgain, looks };
}

describe('withSecondLook: a third reading for what the second left in doubt', () => {
  const first = reading(TILL);
  const dated = `${TILL}\nDate: 14/03/2025 10:42`;

  it('reads a third time, contrast stretched and ink thickened, when the second found no date either', async () => {
    const { readAgain, looks } = readings([TILL, dated]);
    const r = await withSecondLook('jpeg', first, extract(first), readAgain, extract, LOOKS);
    expect(looks).toEqual([LOOKS[0], LOOKS[1]]);
    expect(looks[1]).toMatchObject({ thickenInk: 1, stretchContrast: true });
    expect(r.invoiceDate?.value).toBe('2025-03-14');
    expect(r.invoiceDate?.confidence).toBeLessThanOrEqual(SECOND_LOOK_MAX_CONFIDENCE);
    expect(r.invoiceDate?.page).toBe(1);
    expect(r.total?.value).toBe(5.7);
    expect(r.needsReview).toBe(true);
    expect(r.reviewReasons.join('\n')).toMatch(/invoiceDate(, \w+)* read from a third OCR reading \(contrast stretched per tile, ink thickened\)/u);
  });

  it('does not read a third time when the second settled the date', async () => {
    const { readAgain, looks } = readings([dated, dated]);
    const r = await withSecondLook('jpeg', first, extract(first), readAgain, extract, LOOKS);
    expect(looks).toEqual([LOOKS[0]]);
    expect(r.invoiceDate?.value).toBe('2025-03-14');
    expect(r.reviewReasons.join('\n')).toMatch(/invoiceDate read from a second OCR reading \(ink thickened\)/u);
  });

  it('says which reading each value came from: the total from the second, the date from the third', async () => {
    const lines = TILL.split('\n').slice(0, 3);
    const misread = reading([...lines, 'T0TAI            5.7O'].join('\n')); // no total: 2.2 taken, in doubt
    const total = [...lines, 'TOTAL            5.70'].join('\n');
    const { readAgain, looks } = readings([total, `${total}\nDate: 14/03/2025 10:42`]);
    const r = await withSecondLook('png', misread, extract(misread), readAgain, extract, LOOKS);
    expect(looks).toHaveLength(2);
    expect([r.total?.value, r.invoiceDate?.value]).toEqual([5.7, '2025-03-14']);
    const reasons = r.reviewReasons.join('\n');
    expect(reasons).toMatch(/^total read from a second OCR reading \(ink thickened\)/mu);
    expect(reasons).toMatch(/^invoiceDate(, \w+)* read from a third OCR reading/mu);
  });

  it('keeps what the readings before gave when the third reading fails', async () => {
    const alone = extract(first);
    const { readAgain, looks } = readings([TILL, null]);
    const r = await withSecondLook('jpeg', first, alone, readAgain, extract, LOOKS);
    expect(looks).toHaveLength(2);
    expect(r).toBe(alone);
    expect(r.invoiceDate).toBeNull();
  });
});

describe('withSecondLook: a fourth reading, one column of text, for what the third left in doubt', () => {
  const first = reading(TILL);
  const dated = `${TILL}\nDate: 14/03/2025 10:42`;

  it('the readings after the first, in order: thickened; contrast stretched and thickened; page segmentation 4 and thickened', () => {
    expect(LOOKS.map(({ says: _says, ...look }) => look)).toEqual([{ thickenInk: 1 }, { thickenInk: 1, stretchContrast: true }, { thickenInk: 1, pageSegMode: 4 }]);
    expect(lookReadOptions(LOOKS[2])).toEqual({ ocrThickenInk: 1, ocrStretchContrast: undefined, ocrPageSegMode: 4 });
    expect(lookReadOptions(LOOKS[0])).not.toHaveProperty('ocrPageSegMode'); // earlier readings keep their reader options (and eval cache keys)
  });

  it('reads a fourth time, laid out as one column, when the third found no date either, and says so', async () => {
    const { readAgain, looks } = readings([TILL, TILL, dated]);
    const r = await withSecondLook('png', first, extract(first), readAgain, extract, LOOKS);
    expect(looks).toEqual([LOOKS[0], LOOKS[1], LOOKS[2]]);
    expect(r.invoiceDate?.value).toBe('2025-03-14');
    expect(r.invoiceDate?.confidence).toBeLessThanOrEqual(SECOND_LOOK_MAX_CONFIDENCE);
    expect(r.invoiceDate?.page).toBe(1);
    expect(r.needsReview).toBe(true);
    expect(r.reviewReasons.join('\n')).toMatch(/invoiceDate(, \w+)* read from a fourth OCR reading \(one column of text, ink thickened\)/u);
  });

  it('stops after the fourth reading, and reads no fourth time when the third settled the date', async () => {
    const never = readings([TILL, TILL, TILL, dated]);
    const r = await withSecondLook('jpeg', first, extract(first), never.readAgain, extract, LOOKS);
    expect(never.looks).toHaveLength(3);
    expect(r.invoiceDate).toBeNull();
    const settled = readings([TILL, dated, dated]);
    await withSecondLook('jpeg', first, extract(first), settled.readAgain, extract, LOOKS);
    expect(settled.looks).toEqual([LOOKS[0], LOOKS[1]]);
  });
});
