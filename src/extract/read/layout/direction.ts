/**
 * Step 0 of the layout: the direction text runs in on the displayed page. The later steps assume
 * text runs left to right along the viewport's x; a page whose text runs down or up the display
 * (content drawn upright and /Rotate 90 or 270 turning it sideways, or content drawn sideways in
 * user space) would otherwise come out one glyph a line, or as wrong words put together. Each item
 * is given the quarter turn its baseline runs in, from its text matrix through the viewport; the
 * items of each quarter are laid out in a frame turned so that they run left to right.
 */
import type { LayoutItem } from './words.js';

/** 0: left to right on the displayed page; 1: top to bottom; 2: right to left (upside down); 3: bottom to top. */
export type Quarter = 0 | 1 | 2 | 3;

/** The quarter turn the baseline of text with matrix `m` runs in, through viewport `v` (y down). */
export function quarterOf(m: readonly number[], v: readonly number[]): Quarter {
  const dx = v[0] * m[0] + v[2] * m[1];
  const dy = v[1] * m[0] + v[3] * m[1];
  if (Math.abs(dx) >= Math.abs(dy)) return dx < 0 ? 2 : 0;
  return dy > 0 ? 1 : 3;
}

/** The rotations (a, b, c, d: x' = a x + c y, y' = b x + d y) that turn each quarter's direction into +x. */
const TURN: Record<Quarter, readonly [number, number, number, number]> = {
  0: [1, 0, 0, 1],
  1: [0, -1, 1, 0],
  2: [-1, 0, 0, -1],
  3: [0, 1, -1, 0],
};

/** The viewport `v` followed by the rotation that makes quarter `q`'s text run left to right. */
export function turnViewport(v: readonly number[], q: Quarter): number[] {
  const [a, b, c, d] = TURN[q];
  return [a * v[0] + c * v[1], b * v[0] + d * v[1], a * v[2] + c * v[3], b * v[2] + d * v[3], a * v[4] + c * v[5], b * v[4] + d * v[5]];
}

/** A point of quarter `q`'s turned frame back on the viewport (the rotation's inverse, its transpose). */
export function unturn(x: number, y: number, q: Quarter): [number, number] {
  const [a, b, c, d] = TURN[q];
  return [a * x + b * y, c * x + d * y];
}

/**
 * The page's items by the quarter they run in, the quarter with most characters first (ties: the
 * lower quarter, upright first); null when every item runs left to right (the common page, laid
 * out as it comes).
 */
export function itemsByQuarter(items: readonly LayoutItem[], viewport: readonly number[]): { quarter: Quarter; items: LayoutItem[] }[] | null {
  let q0 = 0;
  while (q0 < items.length && quarterOf(items[q0].transform, viewport) === 0) q0++;
  if (q0 === items.length) return null;
  const groups: LayoutItem[][] = [[], [], [], []];
  const chars = [0, 0, 0, 0];
  for (const it of items) {
    const q = quarterOf(it.transform, viewport);
    groups[q].push(it);
    if (typeof it.str === 'string') chars[q] += it.str.replace(/\s+/gu, '').length;
  }
  return ([0, 1, 2, 3] as Quarter[])
    .filter((q) => chars[q] > 0)
    .sort((p, q) => chars[q] - chars[p] || p - q)
    .map((q) => ({ quarter: q, items: groups[q] }));
}
