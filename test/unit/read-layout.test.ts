import { describe, expect, it } from 'vitest';
import { layoutText, type LayoutItem } from '../../src/extract/read/layout.js';
import { layoutOcrLines } from '../../src/extract/ocr/layout.js';

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

