/**
 * Step 2 of the layout (poppler's TextPage::coalesce): words grow into blocks. A block starts at
 * the top-left word still free and takes in, until nothing more fits, words on the next/previous
 * baselines (within 1.5 font sizes) that overlap it horizontally with a near-equal font size,
 * words of its own lines that overlap it (± 0.3 font size), and up to three outlying words within
 * one font size of its sides. Blocks are what keep two columns of text from merging into one line.
 */
import type { Line } from './lines.js';
import { firstWord, idxOf, makePool, take } from './pool.js';
import { maxBlockFontSizeDelta1, maxBlockFontSizeDelta2, maxBlockFontSizeDelta3, maxIntraLineDelta, maxLineSpacingDelta, minColSpacing1, minColSpacing2 } from './poppler.js';
import { grow, type Box, type Word } from './words.js';

export interface Block extends Box {
  words: Word[];
  /** Filled by the line step. */
  lines: Line[];
  /** Columns the block's lines take, and the column it starts at (the column step). */
  nColumns: number;
  col: number;
}

export function blocksOf(words: Word[]): Block[] {
  const pool = makePool(words);
  const blocks: Block[] = [];
  for (;;) {
    const start = firstWord(pool);
    if (!start) break;
    const [k0, w0] = start;
    take(pool, k0, w0);
    const blk: Block = { words: [w0], xMin: 0, xMax: 0, yMin: 0, yMax: 0, lines: [], nColumns: 0, col: 0 };
    grow(blk, w0, true);
    const add = (k: number, w: Word) => {
      take(pool, k, w);
      blk.words.push(w);
      grow(blk, w, false);
    };
    const fs = w0.size;
    let minBase = w0.base;
    let maxBase = w0.base;
    const colSpace1 = minColSpacing1 * fs;
    const colSpace2 = minColSpacing2 * fs;
    const lineSpace = maxLineSpacingDelta * fs;
    const intraLineSpace = maxIntraLineDelta * fs;
    let found: boolean;
    do {
      found = false;
      // the line above the block's top edge
      let newMinBase = minBase;
      for (let k = idxOf(minBase); k >= idxOf(minBase - lineSpace); k--) {
        for (const w of [...(pool.get(k) ?? [])]) {
          if (w.base < minBase && w.base >= minBase - lineSpace && w.xMin < blk.xMax && w.xMax > blk.xMin && Math.abs(w.size - fs) < maxBlockFontSizeDelta1 * fs) {
            add(k, w);
            found = true;
            newMinBase = w.base;
          }
        }
      }
      minBase = newMinBase;
      // the line below the block's bottom edge
      let newMaxBase = maxBase;
      for (let k = idxOf(maxBase); k <= idxOf(maxBase + lineSpace); k++) {
        for (const w of [...(pool.get(k) ?? [])]) {
          if (w.base > maxBase && w.base <= maxBase + lineSpace && w.xMin < blk.xMax && w.xMax > blk.xMin && Math.abs(w.size - fs) < maxBlockFontSizeDelta1 * fs) {
            add(k, w);
            found = true;
            newMaxBase = w.base;
          }
        }
      }
      maxBase = newMaxBase;
      // words on the block's lines that overlap it horizontally
      for (let k = idxOf(minBase - intraLineSpace); k <= idxOf(maxBase + intraLineSpace); k++) {
        for (const w of [...(pool.get(k) ?? [])]) {
          if (w.base >= minBase - intraLineSpace && w.base <= maxBase + intraLineSpace && w.xMin < blk.xMax + colSpace1 && w.xMax > blk.xMin - colSpace1 && Math.abs(w.size - fs) < maxBlockFontSizeDelta2 * fs) {
            add(k, w);
            found = true;
          }
        }
      }
      if (found) continue;
      // up to three outlying words just left, then just right, of the block
      for (const side of ['left', 'right'] as const) {
        const near = (w: Word): boolean =>
          w.base >= minBase - intraLineSpace &&
          w.base <= maxBase + intraLineSpace &&
          (side === 'left' ? w.xMax <= blk.xMin && w.xMax > blk.xMin - colSpace2 : w.xMin >= blk.xMax && w.xMin < blk.xMax + colSpace2) &&
          Math.abs(w.size - fs) < maxBlockFontSizeDelta3 * fs;
        let n = 0;
        for (let k = idxOf(minBase - intraLineSpace); k <= idxOf(maxBase + intraLineSpace); k++) if ((pool.get(k) ?? []).some(near)) n++;
        if (n === 0 || n > 3) continue;
        for (let k = idxOf(minBase - intraLineSpace); k <= idxOf(maxBase + intraLineSpace); k++) {
          const w = (pool.get(k) ?? []).find(near);
          if (!w) continue;
          add(k, w);
          if (w.base < minBase) minBase = w.base;
          else if (w.base > maxBase) maxBase = w.base;
          found = true;
        }
      }
    } while (found);
    blocks.push(blk);
  }
  return blocks;
}
