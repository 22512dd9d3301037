/**
 * The generic extractor's view of laid-out text: lines, cells (runs of text separated by two or
 * more spaces, i.e. columns), the lines that follow a line, the cell standing in a column, and how
 * a generic rule's finding becomes a Field. Shared by every generic module (one copy of each).
 */
import type { Field } from '../../types.js';
import type { PageText } from '../types.js';

export interface Line {
  page: number;
  text: string;
  /** Index in the flat list of all lines. */
  n: number;
  /** Index among its page's lines (the `row` of the page's positioned words). */
  row: number;
}

export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A field found by the generic rule `rule`, confidence clamped to 0..1 and rounded. */
export const genericField = <T>(value: T, confidence: number, rule: string, page: number | null): Field<T> => ({
  value,
  confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
  source: `generic:${rule}`,
  page,
});

/** Every line of every page, numbered in reading order. */
export function linesOf(pages: PageText[]): Line[] {
  const lines: Line[] = [];
  for (const p of pages) p.text.split(/\r?\n|\f/).forEach((t, row) => lines.push({ page: p.page, text: t, n: lines.length, row }));
  return lines;
}

/**
 * Cells of a layout line: runs of text separated by two or more spaces (`maxGap` 1), or by more
 * than `maxGap` spaces (OCR spaces a receipt's words by two or three: seller-name.ts asks for 3).
 */
export function cells(text: string, maxGap = 1): Cell[] {
  const out: Cell[] = [];
  const re = maxGap === 1 ? /\S+(?: \S+)*/g : new RegExp(`\\S+(?: {1,${maxGap}}\\S+)*`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Up to `max` non-blank lines after `l` on its page (a run of blank lines ends the search). */
export function nextLines(lines: Line[], l: Line, max = 2): Line[] {
  const out: Line[] = [];
  for (let i = l.n + 1; i < lines.length && out.length < max; i++) {
    if (lines[i].page !== l.page) break;
    if (lines[i].text.trim()) out.push(lines[i]);
    else if (i - l.n > 2) break;
  }
  return out;
}

/**
 * The cell of `text` standing in the column [start, end): the one overlapping it most (with `tol`
 * characters of slack either side), nearer centres winning ties; null when none overlaps.
 */
export function cellInColumn(text: string, span: [number, number], tol = 4): Cell | null {
  return cellInColumnOf(cells(text), span, tol);
}

/** cellInColumn over a line's cells as `cells` split them (a caller that splits each line once). */
export function cellInColumnOf(cs: readonly Cell[], span: [number, number], tol = 4): Cell | null {
  let best: Cell | null = null;
  let bestScore = -Infinity;
  for (const c of cs) {
    const overlap = Math.min(c.end, span[1] + tol) - Math.max(c.start, span[0] - tol);
    if (overlap <= 0) continue;
    const score = overlap - Math.abs((c.start + c.end) / 2 - (span[0] + span[1]) / 2) * 0.1;
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}
