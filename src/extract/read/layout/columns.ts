/**
 * Step 4 of the layout: the column each line starts at, in characters, as poppler counts them (not
 * x / character width: invoice2data's templates match poppler's leading spaces). Inside a block, a
 * line right of another line starts one column after it, else under the character it starts at;
 * blocks, in x order, start 3 columns after every block wholly to their left, or at the
 * proportional column inside a block they overlap horizontally.
 */
import type { Block } from './blocks.js';

/** Shifts the columns of a block's lines (from 0) to where they start inside the block; sets its width. */
export function lineColumns(blk: Block): void {
  const byX = [...blk.lines].sort((p, q) => p.xMin - q.xMin || p.base - q.base);
  blk.nColumns = 0;
  byX.forEach((l0, i) => {
    let col1 = 0;
    for (let j = 0; j < i; j++) {
      const l1 = byX[j];
      const n1 = l1.chars.length;
      let col2: number;
      if (l0.xMin - l1.xMax >= 0) col2 = l1.col[n1] + 1;
      else {
        let k = 0;
        while (k < n1 && l0.xMin >= 0.5 * (l1.edges[k] + l1.edges[k + 1])) k++;
        col2 = l1.col[k];
      }
      col1 = Math.max(col1, col2);
    }
    l0.col = l0.col.map((c) => c + col1);
    blk.nColumns = Math.max(blk.nColumns, l0.col[l0.chars.length]);
  });
}

/** Places the blocks on the page's columns, shifting their lines with them. */
export function blockColumns(blocks: Block[]): void {
  const byX = [...blocks].sort((p, q) => p.xMin - q.xMin || p.yMin - q.yMin);
  byX.forEach((b0, i) => {
    let col1 = 0;
    for (let j = 0; j < i; j++) {
      const b1 = byX[j];
      let col2: number;
      if (b0.xMin > b1.xMax) col2 = b1.col + b1.nColumns + 3;
      else if (b1.xMax === b1.xMin) col2 = b1.col;
      else col2 = b1.col + Math.trunc(((b0.xMin - b1.xMin) / (b1.xMax - b1.xMin)) * b1.nColumns);
      col1 = Math.max(col1, col2);
    }
    b0.col = col1;
    for (const l of b0.lines) l.col = l.col.map((c) => c + col1);
  });
}
