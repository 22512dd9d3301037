/**
 * Rebuilds a page's lines from pdf.js text items, laid out like `pdftotext -layout`.
 *
 * invoice2data's templates are written against poppler's physical layout, down to the number of
 * leading spaces (`^    (?P<name>...)`). Poppler does not place text on a grid of x / charWidth:
 * its TextOutputDev (TextPage::coalesce, TextBlock::coalesce, TextPage::dump) works in characters:
 *
 * 1. words: runs of glyphs without a space or a gap over 0.1 font size;
 * 2. blocks: a word grows a block through words on the next/previous baselines (within 1.5 font
 *    sizes) that overlap it horizontally with a near-equal font size, words of its own lines that
 *    overlap it (± 0.3 font size), and up to three outlying words within one font size of its sides;
 * 3. lines inside a block: words on one baseline whose gap is under 1.5 font sizes; one space between
 *    words whose gap is at least 0.03 font size; each character is one column;
 * 4. columns: inside a block, a line right of another line starts one column after it, else under the
 *    character it starts at; blocks, in x order, start 3 columns after every block wholly to their left,
 *    or at the proportional column inside a block they overlap horizontally;
 * 5. output: line fragments sorted by y, those within half a font size of a baseline share a row
 *    (sorted by column), padded with spaces to their column; 1-5 newlines by the baseline gap.
 *
 * This is that algorithm on pdf.js items (glyph advances within an item are taken as equal, since
 * pdf.js gives an item's width only).
 *
 * It runs inside the PDF worker thread (pdf-thread.ts imports it) and in tests on the main thread.
 */

import type { PlacedWord } from '../words.js';

/** The parts of a pdf.js `TextItem` that the layout needs. */
export interface LayoutItem {
  str: string;
  width: number;
  /** [a, b, c, d, e, f] text matrix in PDF user space. */
  transform: number[];
  /** pdf.js font id, the key of `styles`. */
  fontName?: string;
}

/** pdf.js `TextContent.styles`: per-font metrics (ascent/descent as fractions of the font size). */
export type LayoutStyles = Record<string, { ascent?: number; descent?: number } | undefined>;

export type { PlacedWord };

/**
 * @param items pdf.js text items of one page
 * @param viewport the page viewport's transform at scale 1 (flips y, applies rotation and crop box)
 * @param styles pdf.js font styles of the page (ascent/descent); defaults when absent
 * @param placed when given, receives every word of the output with its box (for field boxes)
 * @returns the page text, lines separated by `\n`, no trailing spaces
 */
export function layoutText(items: readonly LayoutItem[], viewport: readonly number[], styles: LayoutStyles = {}, placed?: PlacedWord[]): string {
  // Poppler's constants (TextOutputDev.cc), as fractions of the font size.
  const minWordBreakSpace = 0.1;
  const maxIntraLineDelta = 0.5;
  const maxLineSpacingDelta = 1.5;
  const maxBlockFontSizeDelta1 = 0.05;
  const maxBlockFontSizeDelta2 = 0.6;
  const maxBlockFontSizeDelta3 = 0.2;
  const maxWordSpacing = 1.5;
  const minColSpacing1 = 0.3;
  const minColSpacing2 = 1.0;
  const minCharSpacing = -0.2;
  const maxCharSpacing = 0.03;
  const maxWideCharSpacingMul = 1.3;
  const poolStep = 4;

  interface Word {
    chars: string[];
    edges: number[];
    xMin: number;
    xMax: number;
    yMin: number;
    yMax: number;
    base: number;
    size: number;
    spaceAfter: boolean;
  }
  interface Line {
    words: Word[];
    xMin: number;
    xMax: number;
    yMin: number;
    yMax: number;
    base: number;
    chars: string[];
    edges: number[];
    col: number[];
  }
  interface Block {
    words: Word[];
    xMin: number;
    xMax: number;
    yMin: number;
    yMax: number;
    lines: Line[];
    nColumns: number;
    col: number;
  }

  // --- words ---------------------------------------------------------------------------------
  const [va, vb, vc, vd, ve, vf] = viewport;
  const scaleX = Math.hypot(va, vb) || 1;
  const words: Word[] = [];
  for (const it of items) {
    if (typeof it.str !== 'string' || it.str.trim() === '') continue;
    const [a, b, c, d, e, f] = it.transform;
    const x0 = va * e + vc * f + ve;
    const base = vb * e + vd * f + vf;
    const size = Math.hypot(c * va + d * vc, c * vb + d * vd) || Math.hypot(a, b) || 1;
    const chars = [...it.str];
    const adv = (Math.abs(it.width) * scaleX) / chars.length;
    const st = it.fontName ? styles[it.fontName] : undefined;
    const ascent = typeof st?.ascent === 'number' && st.ascent > 0 ? st.ascent : 0.95;
    const descent = typeof st?.descent === 'number' && st.descent < 0 ? st.descent : -0.35;
    // A word continues from the previous item when it starts within a tenth of the font size.
    const prev = words.length > 0 ? words[words.length - 1] : null;
    let cur: Word | null = null;
    for (let i = 0; i < chars.length; i++) {
      const x = x0 + i * adv;
      if (isSpace(chars[i])) {
        cur = null;
        continue;
      }
      if (cur === null && i === 0 && prev !== null) {
        const delta = x - prev.xMax;
        if (Math.abs(base - prev.base) <= 0.5 && delta <= minWordBreakSpace * size && delta >= -0.2 * size && Math.abs(prev.size - size) < 0.05 * size) cur = prev;
      }
      if (cur === null) {
        cur = { chars: [], edges: [x], xMin: x, xMax: x, yMin: base - ascent * size, yMax: base - descent * size, base, size, spaceAfter: false };
        words.push(cur);
      }
      if (cur.chars.length > 0) cur.edges[cur.chars.length] = x;
      cur.chars.push(chars[i]);
      cur.edges[cur.chars.length] = x + adv;
      cur.xMax = x + adv;
    }
  }
  if (words.length === 0) return '';

  // --- pools: words bucketed by baseline, each bucket sorted by x -----------------------------
  const idxOf = (base: number): number => Math.floor(base / poolStep);
  const makePool = (ws: Word[]): Map<number, Word[]> => {
    const pool = new Map<number, Word[]>();
    for (const w of ws) {
      const k = idxOf(w.base);
      const bucket = pool.get(k) ?? [];
      let at = 0;
      while (at < bucket.length && w.xMin > bucket[at].xMin) at++;
      bucket.splice(at, 0, w);
      pool.set(k, bucket);
    }
    return pool;
  };
  const minIdx = (pool: Map<number, Word[]>): number | null => {
    let m: number | null = null;
    for (const [k, b] of pool) if (b.length > 0 && (m === null || k < m)) m = k;
    return m;
  };
  const take = (pool: Map<number, Word[]>, k: number, w: Word): void => {
    const b = pool.get(k)!;
    b.splice(b.indexOf(w), 1);
    if (b.length === 0) pool.delete(k);
  };
  /** The left-most word of the first four baseline buckets (avoids starting on a superscript). */
  const firstWord = (pool: Map<number, Word[]>): [number, Word] | null => {
    const k0 = minIdx(pool);
    if (k0 === null) return null;
    let best = k0;
    for (let k = k0 + 1; k < k0 + 4; k++) {
      const b = pool.get(k);
      if (b && b.length > 0 && b[0].xMin < pool.get(best)![0].xMin) best = k;
    }
    return [best, pool.get(best)![0]];
  };
  const grow = (box: { xMin: number; xMax: number; yMin: number; yMax: number }, w: Word, first: boolean): void => {
    if (first) {
      box.xMin = w.xMin;
      box.xMax = w.xMax;
      box.yMin = w.yMin;
      box.yMax = w.yMax;
      return;
    }
    box.xMin = Math.min(box.xMin, w.xMin);
    box.xMax = Math.max(box.xMax, w.xMax);
    box.yMin = Math.min(box.yMin, w.yMin);
    box.yMax = Math.max(box.yMax, w.yMax);
  };

  // --- blocks (TextPage::coalesce) -----------------------------------------------------------
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

  // --- lines inside each block (TextBlock::coalesce, TextLine::coalesce) ----------------------
  for (const blk of blocks) {
    const bpool = makePool(blk.words);
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
      blk.lines.push(line);
    }
    // column assignment inside the block, lines in x (then baseline) order
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

  // --- block columns --------------------------------------------------------------------------
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

  // --- output (TextPage::dump, physical layout) -----------------------------------------------
  interface Frag {
    line: Line;
    col: number;
    width: number;
  }
  const frags: Frag[] = blocks.flatMap((b) => b.lines.map((line) => ({ line, col: line.col[0], width: line.chars.length })));
  frags.sort((p, q) => {
    const dy = p.line.yMin - q.line.yMin;
    return Math.abs(dy) < 0.01 ? p.line.edges[0] - q.line.edges[0] : dy;
  });
  for (let i = 0; i < frags.length; ) {
    const delta = maxIntraLineDelta * frags[i].line.words[0].size;
    let j = i + 1;
    while (j < frags.length && Math.abs(frags[j].line.base - frags[i].line.base) < delta) j++;
    const row = frags.slice(i, j).sort((p, q) => {
      if (p.col < q.col + q.width && q.col < p.col + p.width) return p.line.yMin - q.line.yMin;
      return p.col - q.col;
    });
    frags.splice(i, j - i, ...row);
    i = j;
  }
  let out = '';
  let col = 0;
  let row = 0;
  let rowStart = 0;
  frags.forEach((fr, i) => {
    if (fr.col > col) out += ' '.repeat(fr.col - col);
    col = Math.max(col, fr.col);
    if (placed) placeWords(placed, fr.line, row, out.length - rowStart);
    out += fr.line.chars.join('');
    col += fr.width;
    const next = frags[i + 1];
    const size = fr.line.words[0].size;
    if (!next || next.col < col || Math.abs(next.line.base - fr.line.base) > maxIntraLineDelta * size) {
      const d = next ? Math.min(5, Math.max(1, Math.trunc((next.line.base - fr.line.base) / size))) : 1;
      out += '\n'.repeat(d);
      row += d;
      rowStart = out.length;
      col = 0;
    }
  });
  // trimEnd removes exactly what /\s+$/u would (WhiteSpace and LineTerminator), without the
  // regex's backtracking over every run of padding spaces.
  return out
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trimEnd();
}

/** The words (runs without spaces) of a laid-out line starting at character `at` of row `row`. */
function placeWords(out: PlacedWord[], line: { chars: string[]; edges: number[]; yMin: number; yMax: number }, row: number, at: number): void {
  let off = at;
  let first = -1;
  let start = 0;
  line.chars.forEach((ch, k) => {
    const space = isSpace(ch);
    if (!space && first < 0) [first, start] = [k, off];
    off += ch.length;
    const last = k === line.chars.length - 1;
    if (first >= 0 && (space || last)) {
      const endK = space ? k : k + 1;
      out.push({ row, start, end: space ? off - ch.length : off, x0: line.edges[first], y0: line.yMin, x1: line.edges[endK], y1: line.yMax });
      first = -1;
    }
  });
}

/** `/\s/u.test(ch)` for one character, without the regex for ASCII. */
function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(ch);
}
const SPACE = /\s/u;
