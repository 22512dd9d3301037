import { describe, expect, it } from 'vitest';
import { layoutText, type LayoutItem, type PlacedWord } from '../../src/extract/read/layout/index.js';
import { layoutOcrLines, type PlacedOcrWord } from '../../src/extract/ocr/layout.js';
import { boxOf, pageWord, wordConfidenceOf } from '../../src/extract/words.js';

// PDF user space: y grows upwards; the viewport of an A4 page flips it.
const A4 = [1, 0, 0, -1, 0, 842];
const item = (str: string, x: number, y: number, size = 10): LayoutItem => ({ str, width: str.length * size * 0.5, transform: [size, 0, 0, size, x, y] });

describe('layoutText', () => {
  it('puts items of one baseline on one line, in x order, whatever the stream order', () => {
    const text = layoutText([item('INV-1', 200, 700), item('Total', 50, 600), item('Invoice No:', 50, 700), item('9.99', 200, 600.8)], A4);
    expect(text.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^Invoice No:\s+INV-1$/), expect.stringMatching(/^Total\s+9\.99$/)]);
  });

  it('aligns columns across lines; a block wholly right of another starts 3 columns after it (poppler)', () => {
    const lines = layoutText([item('Qty', 50, 700), item('Amount', 300, 700), item('2', 50, 680), item('39.98', 300, 680)], A4).split('\n').filter(Boolean);
    expect(lines[0].indexOf('Amount')).toBe(lines[1].indexOf('39.98'));
    expect(lines[0]).toBe('Qty   Amount'); // poppler counts characters, not x / char width
  });

  it('indents a line under the character of the line above it starts at (invoice2data line rules need it)', () => {
    // 10 pt text, 5 pt per character: "Charges" starts under the 4th character of the line above.
    const text = layoutText([item('AWS Service Charges', 50, 700), item('Charges', 65, 688), item('Credits', 65, 676)], A4);
    expect(text.split('\n')).toEqual(['AWS Service Charges', '   Charges', '   Credits']);
  });

  it('places a block that overlaps a wider block at its proportional column', () => {
    const text = layoutText([item('0123456789012345678901234567890123456789', 50, 700), item('x', 150, 640)], A4).split('\n').filter(Boolean);
    expect(text[1]).toBe(' '.repeat(20) + 'x'); // (150-50)/(250-50) of 40 columns
  });

  it('joins touching runs and keeps a single space for a word gap', () => {
    expect(layoutText([item('Hel', 50, 700), item('lo', 65, 700), item('world', 78, 700)], A4)).toBe('Hello world');
  });

  it('skips whitespace-only items and returns "" for an empty page', () => {
    expect(layoutText([item('   ', 50, 700)], A4)).toBe('');
    expect(layoutText([], A4)).toBe('');
  });

  it('keeps a vertical gap as blank lines, one newline per font size of baseline gap, at most five (poppler)', () => {
    expect(layoutText([item('top', 50, 800), item('bottom', 50, 100)], A4)).toBe('top\n\n\n\n\nbottom');
    expect(layoutText([item('top', 50, 800), item('next', 50, 775)], A4)).toBe('top\n\nnext');
  });

  it('uses the font ascent from pdf.js styles without changing the text', () => {
    const items = [{ ...item('Total', 50, 700), fontName: 'f1' }, { ...item('9.99', 100, 700), fontName: 'f1' }];
    expect(layoutText(items, A4, { f1: { ascent: 0.7, descent: -0.2 } })).toBe(layoutText(items, A4));
  });
});

describe('layoutOcrLines (OCR pages)', () => {
  // Two lines of a page tilted by ~1.5°: tesseract keeps their words apart; the layout must too.
  const word = (text: string, x0: number, y1: number) => ({ text, bbox: { x0, y0: y1 - 50, x1: x0 + text.length * 18, y1 } });
  const line = (words: ReturnType<typeof word>[]) => ({
    bbox: { x0: words[0].bbox.x0, y0: Math.min(...words.map((w) => w.bbox.y0)), x1: words[words.length - 1].bbox.x1, y1: Math.max(...words.map((w) => w.bbox.y1)) },
    baseline: { x0: words[0].bbox.x0, y0: words[0].bbox.y1, x1: words[words.length - 1].bbox.x1, y1: words[words.length - 1].bbox.y1 },
    words,
  });
  it('keeps each tesseract line together on a rotated scan and joins label and value rows', () => {
    const slope = 0.026;
    const at = (x: number, y: number) => Math.round(y + x * slope);
    const blocks = [
      { paragraphs: [{ lines: [line([word('Kessler', 400, at(400, 250)), word('Feinmechanik', 560, at(560, 250)), word('GmbH', 800, at(800, 250))]), line([word('Am', 400, at(400, 290)), word('Mühlbach', 460, at(460, 290)), word('14', 720, at(720, 290))])] }] },
      { paragraphs: [{ lines: [line([word('RECHNUNG', 1800, at(1800, 250))]), line([word('Nr.', 1700, at(1700, 400)), word('RE-1', 1800, at(1800, 400)), word('x', 2100, at(2100, 400))])] }] },
    ];
    const out = layoutOcrLines(blocks).split('\n');
    expect(out[0]).toMatch(/^Kessler Feinmechanik GmbH\s{2,}RECHNUNG$/);
    expect(out[1]).toMatch(/^Am Mühlbach\s+14$/);
  });
});


describe('positioned words (field boxes)', () => {
  it('layoutText: every word of the output keeps its row, characters and box', () => {
    const placed: PlacedWord[] = [];
    const text = layoutText([item('Invoice No:', 50, 700), item('INV-1', 200, 700), item('Total', 50, 600), item('9.99', 200, 600)], A4, {}, placed);
    const rows = text.split('\n');
    for (const w of placed) expect(rows[w.row].slice(w.start, w.end)).not.toMatch(/\s/);
    const words = placed.map((w) => rows[w.row].slice(w.start, w.end));
    expect(words).toEqual(['Invoice', 'No:', 'INV-1', 'Total', '9.99']);
    const amount = placed[4];
    // Drawn at x 200, baseline 600 (user space, y up): 242 from the top of the 842-point page.
    expect(amount.x0).toBeCloseTo(200, 0);
    expect(amount.x1).toBeCloseTo(220, 0);
    expect(amount.y0).toBeLessThan(242);
    expect(amount.y1).toBeGreaterThan(242);
  });

  it('layoutOcrLines: words keep tesseract\'s boxes and land on their characters', () => {
    const w = (text: string, x0: number, y1: number) => ({ text, bbox: { x0, y0: y1 - 40, x1: x0 + text.length * 20, y1 } });
    const ln = (ws: ReturnType<typeof w>[]) => ({ bbox: { x0: ws[0].bbox.x0, y0: ws[0].bbox.y0, x1: ws[ws.length - 1].bbox.x1, y1: ws[0].bbox.y1 }, baseline: null, words: ws });
    const placed: PlacedOcrWord[] = [];
    const text = layoutOcrLines([{ paragraphs: [{ lines: [ln([w('TOTAL', 100, 500)]), ln([w('17.98', 700, 500)]), ln([w('CASH', 100, 560), w('20.00', 700, 560)])] }] }], placed);
    const rows = text.split('\n');
    expect(placed.map((p) => rows[p.row].slice(p.start, p.end))).toEqual(['TOTAL', '17.98', 'CASH', '20.00']);
    expect(placed[1]).toMatchObject({ x0: 700, y0: 460, x1: 800, y1: 500 });
  });

  it('pageWord and boxOf: boxes as fractions of the page, the union of the words a value spans', () => {
    const words = [pageWord({ row: 2, start: 0, end: 5, x0: 100, y0: 460, x1: 200, y1: 500 }, 1000, 2000), pageWord({ row: 2, start: 6, end: 11, x0: 700, y0: 460, x1: 800, y1: 500 }, 1000, 2000)];
    expect(words[0]).toEqual({ row: 2, start: 0, end: 5, x: 0.1, y: 0.23, w: 0.1, h: 0.02 });
    const page = { page: 3, text: '\n\nTOTAL 17.98', source: 'ocr' as const, ocrConfidence: 0.9, words };
    expect(boxOf(page, 2, 6, 11)).toEqual({ page: 3, x: 0.7, y: 0.23, w: 0.1, h: 0.02 });
    expect(boxOf(page, 2, 0, 11)).toEqual({ page: 3, x: 0.1, y: 0.23, w: 0.7, h: 0.02 });
    expect(boxOf(page, 1, 0, 11)).toBeNull();
    expect(boxOf({ ...page, words: undefined }, 2, 6, 11)).toBeNull();
  });

  it('OCR words keep tesseract\'s word confidence (0..1); a value is as sure as its least sure word', () => {
    const w = (text: string, x0: number, confidence?: number) => ({ text, bbox: { x0, y0: 460, x1: x0 + text.length * 20, y1: 500 }, ...(confidence === undefined ? {} : { confidence }) });
    const placed: PlacedOcrWord[] = [];
    const text = layoutOcrLines([{ paragraphs: [{ lines: [{ bbox: { x0: 100, y0: 460, x1: 900, y1: 500 }, baseline: null, words: [w('TOTAL', 100, 96.4), w('17.9B', 700, 41), w('RM', 820)] }] }] }], placed);
    expect(text).toMatch(/^TOTAL\s+17\.9B RM$/);
    expect(placed[0].conf).toBeCloseTo(0.964, 9);
    expect(placed[1].conf).toBeCloseTo(0.41, 9);
    expect(placed[2].conf).toBeUndefined();
    const words = placed.map((p) => pageWord(p, 1000, 1000));
    expect(words.map((x) => x.conf)).toEqual([0.964, 0.41, undefined]);
    expect('conf' in words[2]).toBe(false); // no confidence given: none invented
    const page = { page: 1, text, source: 'ocr' as const, ocrConfidence: 0.7, words };
    const total = text.indexOf('17.9B');
    expect(wordConfidenceOf(page, 0, total, total + 5)).toBe(0.41);
    expect(wordConfidenceOf(page, 0, 0, 5)).toBe(0.964);
    expect(wordConfidenceOf(page, 0, 0, text.length)).toBe(0.41); // the least sure word of the span
    expect(wordConfidenceOf(page, 0, text.indexOf('RM'), text.length)).toBeNull(); // a word without one
    expect(wordConfidenceOf(page, 1, 0, 5)).toBeNull();
    // Text-layer words (pdf.js) carry no confidence.
    expect(wordConfidenceOf({ ...page, source: 'text', words: [pageWord({ row: 0, start: 0, end: 5, x0: 1, y0: 1, x1: 2, y1: 2 }, 10, 10)] }, 0, 0, 5)).toBeNull();
  });
});
