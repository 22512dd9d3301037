/**
 * PaddleOCR's lines (scripts/paddle-lever.mjs --read: per detected box its four corners in image
 * pixels, and per character the CTC step it was read at and its probability) as a page of the
 * reader: each box one unit of tesseract's layout (src/extract/ocr/layout.ts), its words placed
 * where their characters were read, so the generic extractor gets the same shape (columns padded
 * with spaces, words with boxes and confidences) from either recogniser.
 *
 * The recogniser often reads no space where one is printed ("22/12/201714:03"); with
 * `spaceGap` (0: none) a space is put back between two characters read much further apart than the
 * line's usual spacing (`spaceGap`, default SPACE_GAP, times the median step between neighbouring characters).
 */
import { layoutOcrLines } from '../../dist/extract/ocr/layout.js';
import { pageWord } from '../../dist/extract/words.js';

export const SPACE_GAP = 1.6;
/** Boxes read with a lower mean character probability are dropped (as @gutenye/ocr-node does). */
export const MIN_LINE_PROB = 0.5;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** The median CTC step between neighbouring characters of a box (its character pitch). */
function pitch(chars) {
  const gaps = [];
  for (let i = 1; i < chars.length; i++) if (chars[i][0] !== ' ' && chars[i - 1][0] !== ' ') gaps.push(chars[i][1] - chars[i - 1][1]);
  return median(gaps);
}

/** A box's characters as words: [{ text, from, to (CTC steps of the first and last character), prob }]. */
function wordsOf(chars, spaceGap) {
  const usual = pitch(chars);
  const words = [];
  let cur = null;
  for (let i = 0; i < chars.length; i++) {
    const [ch, t, p] = chars[i];
    const far = spaceGap > 0 && cur && usual > 0 && t - chars[i - 1][1] >= Math.max(spaceGap * usual, usual + 2);
    if (ch.trim() === '' || far) {
      if (cur) words.push(cur);
      cur = null;
      if (ch.trim() === '') continue;
    }
    if (!cur) cur = { text: '', from: t, to: t, probs: [] };
    cur.text += ch;
    cur.to = t;
    cur.probs.push(p);
  }
  if (cur) words.push(cur);
  return words.map((w) => ({ ...w, text: w.text.normalize('NFKC'), prob: w.probs.reduce((a, b) => a + b, 0) / w.probs.length }));
}

/** One box as tesseract's line shape (bbox, baseline, words with boxes and 0-100 confidences). */
function asLine({ box, steps, chars }, spaceGap) {
  const xs = box.map((p) => p[0]);
  const ys = box.map((p) => p[1]);
  const bbox = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  const step = (bbox.x1 - bbox.x0) / Math.max(1, steps);
  // a character is read at the first step it covers; it reaches about one pitch further
  const reach = Math.max(1, pitch(chars));
  const words = wordsOf(chars, spaceGap).map((w) => ({ text: w.text, bbox: { x0: bbox.x0 + w.from * step, y0: bbox.y0, x1: Math.min(bbox.x1, bbox.x0 + (w.to + reach) * step), y1: bbox.y1 }, confidence: w.prob * 100 }));
  const [, , br, bl] = box;
  return { bbox, baseline: { x0: bl[0], y0: bl[1], x1: br[0], y1: br[1] }, words };
}

const lineProb = (l) => (l.chars.length ? l.chars.reduce((s, c) => s + c[2], 0) / l.chars.length : 0);

/** The page (PageText) of paddle's `lines` on an image of `width` x `height` pixels. */
export function paddlePage(lines, width, height, { spaceGap = SPACE_GAP, page = 1 } = {}) {
  const kept = lines.filter((l) => l.chars.some((c) => c[0].trim()) && lineProb(l) >= MIN_LINE_PROB);
  const placed = [];
  const text = layoutOcrLines([{ paragraphs: [{ lines: kept.map((l) => asLine(l, spaceGap)) }] }], placed);
  const n = kept.reduce((s, l) => s + l.chars.length, 0);
  const confidence = n ? kept.reduce((s, l) => s + l.chars.reduce((a, c) => a + c[2], 0), 0) / n : 0;
  return { page, text, source: 'ocr', ocrConfidence: Math.round(confidence * 1000) / 1000, words: placed.map((w) => pageWord(w, width, height)) };
}
