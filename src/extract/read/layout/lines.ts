/**
 * Step 3 of the layout (poppler's TextBlock::coalesce, TextLine::coalesce): inside a block, words
 * on one baseline whose gap is under 1.5 font sizes make a line, and a line's characters are its
 * words' with one space between words whose gap is at least 0.03 font size (wider for
 * letter-spaced text). Each character is one column: the column step places the lines.
 */
import { firstWord, idxOf, makePool, take } from './pool.js';
import { maxCharSpacing, maxIntraLineDelta, maxWideCharSpacingMul, maxWordSpacing, minCharSpacing } from './poppler.js';
import { grow, type Box, type Word } from './words.js';

export interface Line extends Box {
  words: Word[];
  base: number;
  chars: string[];
  /** x of each character's left edge, and of the last one's right edge. */
  edges: number[];
  /** The column of each character's left edge, and of the last one's right edge. */
  col: number[];
}

/** The lines of a block's words, in the order poppler takes them. */
export function linesOf(words: Word[]): Line[] {
  const lines: Line[] = [];
  const bpool = makePool(words);
  for (;;) {
    const start = firstWord(bpool);
    if (!start) break;
    const [k0, w0] = start;
    take(bpool, k0, w0);
    const line: Line = { words: [w0], xMin: 0, xMax: 0, yMin: 0, yMax: 0, base: w0.base, chars: [], edges: [], col: [] };
    grow(line, w0, true);
    const fs = w0.size;
    const lo = w0.base - maxIntraLineDelta * fs;
    const hi = w0.base + maxIntraLineDelta * fs;
    let last = w0;
    for (;;) {
      let best: [number, Word] | null = null;
      let overlap = false;
      for (let k = idxOf(lo); !overlap && k <= idxOf(hi); k++) {
        for (const w of bpool.get(k) ?? []) {
          if (w.base < lo || w.base > hi) continue;
          const delta = w.xMin - last.xMax;
          if (delta < minCharSpacing * fs) overlap = true;
          else if (delta < maxWordSpacing * fs && (!best || w.xMin < best[1].xMin)) best = [k, w];
          break;
        }
      }
      if (overlap || !best) break;
      take(bpool, best[0], best[1]);
      line.words.push(best[1]);
      grow(line, best[1], false);
      last = best[1];
    }
    // inter-word space threshold: wider when every word is a single character (letter-spaced text)
    const ws = line.words;
    let minSpace = 0;
    if (ws.length > 1 && ws[0].chars.length === 1 && ws[1].chars.length === 1) {
      minSpace = ws[1].xMin - ws[0].xMax;
      for (let i = 1; i + 1 < ws.length && minSpace > 0; i++) {
        if (ws[i + 1].chars.length > 1) minSpace = 0;
        minSpace = Math.min(minSpace, ws[i + 1].xMin - ws[i].xMax);
      }
    }
    const space = minSpace <= 0 ? maxCharSpacing * ws[0].size : maxWideCharSpacingMul * minSpace;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      w.spaceAfter = i + 1 < ws.length && ws[i + 1].xMin - w.xMax >= space;
      for (let j = 0; j < w.chars.length; j++) {
        line.chars.push(w.chars[j]);
        line.edges.push(w.edges[j]);
      }
      if (w.spaceAfter) {
        line.edges.push(w.edges[w.chars.length]);
        line.chars.push(' ');
      }
    }
    line.edges.push(ws[ws.length - 1].edges[ws[ws.length - 1].chars.length]);
    line.col = line.edges.map((_, i) => i);
    lines.push(line);
  }
  return lines;
}
