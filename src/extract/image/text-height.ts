/**
 * How tall a page's small text is, measured on a grey image before OCR: pure functions, no I/O.
 *
 * Why: tesseract reads a text line well while its glyphs keep enough pixels (its own guidance:
 * accuracy falls below an x-height of ~20 px at 300 dpi and is hopeless below ~10 px). A page can
 * be read at fewer pixels only as far as its smallest common text stays readable, which the
 * image's pixel count alone does not tell (a dense page of 8-pt print and a page of 12-pt print
 * are the same size). The glyphs are the page's dark connected components of letter-like shape.
 */
import type { GrayImage } from './gray.js';

/** Otsu's threshold of a grey image: the grey level that best splits ink from paper. */
export function otsuThreshold(img: GrayImage): number {
  const hist = new Float64Array(256);
  for (let i = 0; i < img.data.length; i++) hist[img.data[i]]++;
  const n = img.data.length;
  let sumAll = 0;
  for (let g = 0; g < 256; g++) sumAll += g * hist[g];
  let wB = 0;
  let sumB = 0;
  let best = 0;
  let at = 127;
  for (let t = 0; t < 256; t++) {
    wB += hist[t];
    if (wB === 0) continue;
    const wF = n - wB;
    if (wF === 0) break;
    sumB += t * hist[t];
    const mB = sumB / wB;
    const mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      at = t;
    }
  }
  return at;
}

/**
 * Heights (px) of the dark 8-connected components that are shaped like glyphs: at least 3 px tall,
 * not wider than four times their height (a run of touching letters still counts, a rule does
 * not), and under a twentieth of the page tall (logos, boxes).
 * Run-length labelling with union-find: one pass over the pixels, memory per run, not per pixel.
 */
export function glyphHeights(img: GrayImage, threshold = otsuThreshold(img)): number[] {
  const { width, height, data } = img;
  const parent: number[] = [];
  const top: number[] = [];
  const bottom: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  };
  // Runs of the previous row: [start, end (inclusive), label] triples.
  let prev: number[] = [];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const cur: number[] = [];
    let p = 0; // first run of prev that may touch
    for (let x = 0; x < width; ) {
      if (data[row + x] > threshold) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && data[row + x] <= threshold) x++;
      const end = x - 1;
      let label = -1;
      while (p < prev.length && prev[p + 1] < start - 1) p += 3;
      for (let q = p; q < prev.length && prev[q] <= end + 1; q += 3) {
        const r = find(prev[q + 2]);
        if (label < 0) label = r;
        else if (r !== label) {
          parent[r] = label;
          top[label] = Math.min(top[label], top[r]);
          left[label] = Math.min(left[label], left[r]);
          right[label] = Math.max(right[label], right[r]);
          bottom[label] = Math.max(bottom[label], bottom[r]);
        }
      }
      if (label < 0) {
        label = parent.length;
        parent.push(label);
        top.push(y);
        bottom.push(y);
        left.push(start);
        right.push(end);
      } else {
        bottom[label] = y;
        if (start < left[label]) left[label] = start;
        if (end > right[label]) right[label] = end;
      }
      cur.push(start, end, label);
    }
    prev = cur;
  }
  const out: number[] = [];
  const tallest = height / 20;
  for (let i = 0; i < parent.length; i++) {
    if (parent[i] !== i) continue;
    const h = bottom[i] - top[i] + 1;
    const w = right[i] - left[i] + 1;
    if (h >= 3 && h <= tallest && w <= 4 * h) out.push(h);
  }
  return out;
}

/**
 * The height (px) of the page's small text: the `share` quantile of its glyph heights after the
 * punctuation (glyphs under half the median height) is set aside; null when the page has too
 * few glyphs to tell (a photo, a blank page).
 */
export function smallTextHeight(img: GrayImage, share = 0.1, minGlyphs = 50): number | null {
  const hs = glyphHeights(img).sort((a, b) => a - b);
  if (hs.length < minGlyphs) return null;
  const median = hs[Math.floor(hs.length / 2)];
  const glyphs = hs.filter((h) => 2 * h >= median);
  if (glyphs.length < minGlyphs) return null;
  return glyphs[Math.floor(glyphs.length * share)];
}
