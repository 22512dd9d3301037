/**
 * Words bucketed by baseline (4 units a bucket), each bucket sorted by x: the blocks and lines
 * steps look for their next word only in the buckets near a baseline, as poppler's pools do,
 * instead of scanning every word of the page for every word taken.
 */
import type { Word } from './words.js';

export type Pool = Map<number, Word[]>;

const poolStep = 4;

/** The bucket of a baseline. */
export const idxOf = (base: number): number => Math.floor(base / poolStep);

export function makePool(ws: Word[]): Pool {
  const pool: Pool = new Map();
  for (const w of ws) {
    const k = idxOf(w.base);
    const bucket = pool.get(k) ?? [];
    let at = 0;
    while (at < bucket.length && w.xMin > bucket[at].xMin) at++;
    bucket.splice(at, 0, w);
    pool.set(k, bucket);
  }
  return pool;
}

function minIdx(pool: Pool): number | null {
  let m: number | null = null;
  for (const [k, b] of pool) if (b.length > 0 && (m === null || k < m)) m = k;
  return m;
}

/** Takes word `w` out of bucket `k`. */
export function take(pool: Pool, k: number, w: Word): void {
  const b = pool.get(k)!;
  b.splice(b.indexOf(w), 1);
  if (b.length === 0) pool.delete(k);
}

/** The left-most word of the first four baseline buckets (avoids starting on a superscript). */
export function firstWord(pool: Pool): [number, Word] | null {
  const k0 = minIdx(pool);
  if (k0 === null) return null;
  let best = k0;
  for (let k = k0 + 1; k < k0 + 4; k++) {
    const b = pool.get(k);
    if (b && b.length > 0 && b[0].xMin < pool.get(best)![0].xMin) best = k;
  }
  return [best, pool.get(best)![0]];
}
