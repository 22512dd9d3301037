/**
 * Lays out tesseract's recognised lines like the PDF text layer (`pdftotext -layout`): one text
 * line per row, columns padded with spaces, so templates and the generic extractor see the same
 * shape for scanned and text pages.
 *
 * Tesseract already knows which words belong to one line, even on a slightly rotated scan; re-grouping
 * single words by their y (as for PDF text items) mixes two neighbouring lines once the page is
 * tilted ("AmKesslerMihlbach 14Feinmechanik GmbH"). So each tesseract line stays one unit; units are
 * only placed: positions are deskewed by the page's median baseline slope, and units that sit on the
 * same row (a label in one block, its value in another) are joined, but never two that overlap
 * horizontally (those are different rows).
 */

import type { PlacedWord } from '../words.js';

/** The parts of tesseract.js's `Page.blocks` output that the layout needs. */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface OcrLineIn {
  bbox: OcrBox;
  baseline?: OcrBox | null;
  /** `confidence`: tesseract's certainty of the word, 0-100. */
  words: { text: string; bbox: OcrBox; confidence?: number }[];
}
export interface OcrBlockIn {
  paragraphs: { lines: OcrLineIn[] }[];
}

interface Unit {
  /** Deskewed baseline y and left/right x. */
  y: number;
  x0: number;
  x1: number;
  height: number;
  words: { str: string; x0: number; x1: number; box: OcrBox; confidence?: number }[];
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Page skew as dy/dx from the baselines of wide lines (0 when tesseract gives none). */
export function pageSlope(lines: readonly OcrLineIn[]): number {
  const slopes: number[] = [];
  for (const l of lines) {
    const b = l.baseline;
    if (!b) continue;
    const dx = b.x1 - b.x0;
    if (dx < 300 || l.words.length < 3) continue;
    const s = (b.y1 - b.y0) / dx;
    if (Math.abs(s) < 0.1) slopes.push(s);
  }
  return slopes.length >= 3 ? median(slopes) : 0;
}

/** A word of the laid-out text with its box in image pixels. */
export type PlacedOcrWord = PlacedWord;

/**
 * @param placed when given, receives every word of the output with its box as tesseract gave it
 * @returns the page text, rows separated by `\n`, no trailing spaces
 */
export function layoutOcrLines(blocks: readonly OcrBlockIn[], placed?: PlacedOcrWord[]): string {
  const lines: OcrLineIn[] = [];
  for (const b of blocks) for (const p of b.paragraphs) for (const l of p.lines) if (l.words.some((w) => w.text.trim())) lines.push(l);
  if (lines.length === 0) return '';
  const theta = Math.atan(pageSlope(lines));
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  // Rotating by -theta makes baselines horizontal and columns vertical again.
  const rx = (x: number, y: number) => x * cos + y * sin;
  const ry = (x: number, y: number) => -x * sin + y * cos;

  const units: Unit[] = lines.map((l) => {
    const height = Math.max(1, l.bbox.y1 - l.bbox.y0);
    const words = l.words
      .map((w) => ({ str: w.text.trim(), x0: rx(w.bbox.x0, w.bbox.y1), x1: rx(w.bbox.x1, w.bbox.y1), box: w.bbox, confidence: w.confidence }))
      .filter((w) => w.str);
    // The bottom of the line box at its left end stands for the baseline (descenders aside).
    return { y: ry(l.bbox.x0, l.bbox.y1), x0: Math.min(...words.map((w) => w.x0)), x1: Math.max(...words.map((w) => w.x1)), height, words };
  });

  // Character cell: median advance per character over all words (pdftotext-style grid).
  const advances = units.flatMap((u) => u.words.filter((w) => w.x1 > w.x0).map((w) => (w.x1 - w.x0) / [...w.str].length));
  const cell = Math.max(1, median(advances));
  const lineHeight = median(units.map((u) => u.height));
  const minX = Math.min(...units.map((u) => u.x0));

  // Rows: units whose baselines are within half a line height and that do not overlap in x.
  units.sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const rows: { y: number; units: Unit[] }[] = [];
  for (const u of units) {
    let target: { y: number; units: Unit[] } | null = null;
    for (let i = rows.length - 1; i >= 0 && i >= rows.length - 4; i--) {
      const r = rows[i];
      if (Math.abs(r.y - u.y) > Math.min(lineHeight, u.height) * 0.5) continue;
      if (r.units.some((o) => u.x0 < o.x1 + cell && o.x0 < u.x1 + cell)) continue;
      target = r;
      break;
    }
    if (target) target.units.push(u);
    else rows.push({ y: u.y, units: [u] });
  }

  const out: string[] = [];
  let prevY: number | null = null;
  for (const row of rows) {
    if (prevY !== null) {
      // Large vertical gaps stay visible as blank lines (capped), like the PDF layout.
      const gaps = Math.round((row.y - prevY) / (lineHeight * 1.6)) - 1;
      for (let i = 0; i < Math.min(gaps, 3); i++) out.push('');
    }
    prevY = row.y;
    row.units.sort((a, b) => a.x0 - b.x0);
    let text = '';
    for (const u of row.units) {
      let lastEnd = -Infinity;
      for (const w of u.words) {
        const col = Math.round((w.x0 - minX) / cell);
        if (text.length === 0) text = ' '.repeat(Math.max(0, col));
        else if (w.x0 - lastEnd < lineHeight * 0.75 && lastEnd > -Infinity) text += ' ';
        // A column gap: pad to the word's column, and always keep at least two spaces so that
        // cells stay apart (the generic extractor splits cells on runs of 2+ spaces).
        else text += ' '.repeat(Math.max(2, col - text.length));
        // The word's OCR certainty goes with it: a value read from a doubtful word is doubtful.
        const conf = typeof w.confidence === 'number' && Number.isFinite(w.confidence) ? Math.max(0, Math.min(1, w.confidence / 100)) : undefined;
        placed?.push({ row: out.length, start: text.length, end: text.length + w.str.length, x0: w.box.x0, y0: w.box.y0, x1: w.box.x1, y1: w.box.y1, ...(conf === undefined ? {} : { conf }) });
        text += w.str;
        lastEnd = w.x1;
      }
    }
    out.push(text.replace(/\s+$/u, ''));
  }
  while (out.length && out[0] === '') out.shift();
  return out.join('\n');
}
