/**
 * Positioned words: readers record where each word of a page's laid-out text stands (PageWord), and
 * extractors turn the characters a value was read from back into a box on the page (FieldBox), for
 * people checking a result (the review report draws it on the page image).
 */
import type { FieldBox } from '../types.js';
import type { PageText, PageWord } from './types.js';

/** A word of a laid-out page as a layout places it: its row and [start, end) characters there, its box in the layout's units (points, pixels). */
export interface PlacedWord {
  row: number;
  start: number;
  end: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** OCR'd words: the engine's certainty of the word's text, 0..1 (text layers have none). */
  conf?: number;
}

const r4 = (n: number) => Math.round(n * 1e4) / 1e4;
const clamp = (n: number) => Math.min(1, Math.max(0, n));

/** A word's box in page units (x0 < x1, y0 < y1, origin top-left) as fractions of a `width` x `height` page. */
export function pageWord(w: PlacedWord, width: number, height: number): PageWord {
  const x0 = clamp(Math.min(w.x0, w.x1) / width);
  const y0 = clamp(Math.min(w.y0, w.y1) / height);
  const x1 = clamp(Math.max(w.x0, w.x1) / width);
  const y1 = clamp(Math.max(w.y0, w.y1) / height);
  const word: PageWord = { row: w.row, start: w.start, end: w.end, x: r4(x0), y: r4(y0), w: r4(x1 - x0), h: r4(y1 - y0) };
  if (w.conf !== undefined) word.conf = Math.round(w.conf * 1000) / 1000;
  return word;
}

/**
 * The box around the characters [start, end) of line `row` of a page: the union of the words that
 * overlap them; null when the page has no positioned words there.
 */
export function boxOf(page: PageText | undefined, row: number, start: number, end: number): FieldBox | null {
  if (!page?.words) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const w of page.words) {
    if (w.row !== row || w.end <= start || w.start >= end) continue;
    x0 = Math.min(x0, w.x);
    y0 = Math.min(y0, w.y);
    x1 = Math.max(x1, w.x + w.w);
    y1 = Math.max(y1, w.y + w.h);
  }
  return x0 === Infinity ? null : { page: page.page, x: r4(x0), y: r4(y0), w: r4(x1 - x0), h: r4(y1 - y0) };
}

/**
 * How sure OCR was of the characters [start, end) of line `row`: the lowest confidence of the OCR'd
 * words that overlap them (a value is as doubtful as its most doubtful word); null when no such word
 * carries one (a text layer, or no positioned words there).
 */
export function wordConfidenceOf(page: PageText | undefined, row: number, start: number, end: number): number | null {
  if (!page?.words) return null;
  let low: number | null = null;
  for (const w of page.words) {
    if (w.row !== row || w.end <= start || w.start >= end || w.conf === undefined) continue;
    low = low === null ? w.conf : Math.min(low, w.conf);
  }
  return low;
}

/** The box around several spans (a value split over lines: an address), on one page. */
export function unionBox(boxes: Array<FieldBox | null>): FieldBox | null {
  const bs = boxes.filter((b): b is FieldBox => !!b);
  if (!bs.length || bs.some((b) => b.page !== bs[0].page)) return bs[0] ?? null;
  const x0 = Math.min(...bs.map((b) => b.x));
  const y0 = Math.min(...bs.map((b) => b.y));
  const x1 = Math.max(...bs.map((b) => b.x + b.w));
  const y1 = Math.max(...bs.map((b) => b.y + b.h));
  return { page: bs[0].page, x: r4(x0), y: r4(y0), w: r4(x1 - x0), h: r4(y1 - y0) };
}
