import { describe, expect, it } from 'vitest';
import { layoutText, type LayoutItem } from '../../src/extract/read/layout.js';

// PDF user space: y grows upwards; the viewport of an A4 page flips it.
const A4 = [1, 0, 0, -1, 0, 842];
const item = (str: string, x: number, y: number, size = 10): LayoutItem => ({ str, width: str.length * size * 0.5, transform: [size, 0, 0, size, x, y] });

describe('layoutText', () => {
  it('puts items of one baseline on one line, in x order, whatever the stream order', () => {
    const text = layoutText([item('INV-1', 200, 700), item('Total', 50, 600), item('Invoice No:', 50, 700), item('9.99', 200, 600.8)], A4);
    expect(text.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^Invoice No:\s+INV-1$/), expect.stringMatching(/^Total\s+9\.99$/)]);
  });

  it('aligns columns across lines with spaces proportional to x', () => {
    const lines = layoutText([item('Qty', 50, 700), item('Amount', 300, 700), item('2', 50, 680), item('39.98', 300, 680)], A4).split('\n').filter(Boolean);
    expect(lines[0].indexOf('Amount')).toBe(lines[1].indexOf('39.98'));
    expect(lines[0].indexOf('Amount')).toBe(50); // (300-50) / 5 per char
  });

  it('joins touching runs and keeps a single space for a word gap', () => {
    expect(layoutText([item('Hel', 50, 700), item('lo', 65, 700), item('world', 78, 700)], A4)).toBe('Hello world');
  });

  it('skips whitespace-only items and returns "" for an empty page', () => {
    expect(layoutText([item('   ', 50, 700)], A4)).toBe('');
    expect(layoutText([], A4)).toBe('');
  });

  it('keeps a large vertical gap as (at most three) blank lines', () => {
    expect(layoutText([item('top', 50, 800), item('bottom', 50, 100)], A4)).toBe('top\n\n\n\nbottom');
  });
});
