/**
 * Step 1 of the layout: pdf.js text items become words (runs of glyphs without a space or a gap
 * over 0.1 font size), each with the x of every glyph edge, in the viewport's units. A word may
 * run on across items (pdf.js splits text at font and kerning changes, poppler does not).
 */
import { minWordBreakSpace } from './poppler.js';

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

/** A box the later steps grow word by word (blocks, lines). */
export interface Box {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface Word extends Box {
  chars: string[];
  /** x of each glyph's left edge, and of the last glyph's right edge. */
  edges: number[];
  base: number;
  size: number;
  /** Set by the line step: a space follows this word in its line. */
  spaceAfter: boolean;
}

/**
 * @param items pdf.js text items of one page
 * @param viewport the page viewport's transform at scale 1 (flips y, applies rotation and crop box)
 * @param styles pdf.js font styles of the page (ascent/descent); defaults when absent
 */
export function wordsOf(items: readonly LayoutItem[], viewport: readonly number[], styles: LayoutStyles): Word[] {
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
  return words;
}

/** Sets `box` to `w`'s box (`first`), else widens it to take `w` in. */
export function grow(box: Box, w: Box, first: boolean): void {
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
}

/** `/\s/u.test(ch)` for one character, without the regex for ASCII. */
export function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(ch);
}
const SPACE = /\s/u;
