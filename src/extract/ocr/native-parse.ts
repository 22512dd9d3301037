/**
 * A native `tesseract` reading (its TSV and hOCR output for one page) in the shape tesseract.js
 * gives docparse: blocks of paragraphs of lines of words, each with its box in image pixels, the
 * words with tesseract's confidence (0-100), the lines with their baseline, and the page's mean
 * word confidence. ./layout.ts, the look rules and PaddleOCR's trigger then see the same thing
 * whichever engine read the page.
 *
 * Why both outputs: TSV carries the words' confidences as tesseract computes them (floats, as
 * tesseract.js reports them; hOCR truncates them to integers) and the block/paragraph/line
 * numbering; only hOCR carries the lines' baselines, which ./layout.ts deskews the page by and
 * ./recognize.ts measures a harmful tilt from. Both come from the same result iterator in the same
 * order, so the n-th TSV line is the n-th hOCR `ocr_line`.
 */
import type { OcrBlockIn, OcrBox, OcrLineIn } from './layout.js';

/** What the pool and ./recognize.ts read of a page, from either engine. */
export interface NativePage {
  text: string;
  /** Mean word confidence 0-100 (tesseract's MeanTextConf: the plain mean over the words, truncated). */
  confidence: number;
  blocks: OcrBlockIn[];
}

type Line = OcrLineIn & { words: { text: string; bbox: OcrBox; confidence: number }[] };

/**
 * @param tsv tesseract's `tessedit_create_tsv` output (header line first)
 * @param hocr its `tessedit_create_hocr` output for the same reading (baselines; '' for none)
 */
export function parseNativeReading(tsv: string, hocr: string): NativePage {
  const blocks = new Map<number, Map<number, Line[]>>();
  const lines = new Map<string, Line>();
  const order: Line[] = [];
  const confs: number[] = [];
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c.length < 12 || !/^\d+$/u.test(c[0])) continue; // the header, a blank last line
    const [level, , block, par, line] = c.slice(0, 5).map(Number);
    const [left, top, width, height] = c.slice(6, 10).map(Number);
    const bbox = { x0: left, y0: top, x1: left + width, y1: top + height };
    const key = `${block}.${par}.${line}`;
    if (level === 4) {
      const l: Line = { bbox, baseline: null, words: [] };
      lines.set(key, l);
      order.push(l);
      if (!blocks.has(block)) blocks.set(block, new Map());
      const pars = blocks.get(block)!;
      if (!pars.has(par)) pars.set(par, []);
      pars.get(par)!.push(l);
    } else if (level === 5) {
      const text = c.slice(11).join('\t');
      const confidence = Number(c[10]);
      lines.get(key)?.words.push({ text, bbox, confidence });
      if (confidence >= 0) confs.push(confidence);
    }
  }
  const baselines = hocrBaselines(hocr);
  if (baselines.length === order.length) order.forEach((l, i) => (l.baseline = baselineOf(l.bbox, baselines[i])));
  const out: OcrBlockIn[] = [...blocks.values()].map((pars) => ({ paragraphs: [...pars.values()].map((ls) => ({ lines: ls })) }));
  const text = order.map((l) => l.words.map((w) => w.text).join(' ')).join('\n');
  const confidence = confs.length ? Math.trunc(confs.reduce((a, b) => a + Math.trunc(b), 0) / confs.length) : 0;
  return { text, confidence, blocks: out };
}

/** Each `ocr_line`'s `baseline p1 p0` (null where a line has none), in document order. */
export function hocrBaselines(hocr: string): ({ slope: number; offset: number } | null)[] {
  const out: ({ slope: number; offset: number } | null)[] = [];
  for (const m of hocr.matchAll(/class=['"]ocr_(?:line|caption|textfloat|header)['"][^>]*title=(['"])([^'"]*)\1/gu)) {
    const b = /baseline (-?[\d.e-]+) (-?[\d.e-]+)/u.exec(m[2]);
    out.push(b ? { slope: Number(b[1]), offset: Number(b[2]) } : null);
  }
  return out;
}

/**
 * hOCR's baseline is `y = p1 x + p0` with the line box's bottom-left corner as the origin; as two
 * points across the line box, like tesseract.js's `baseline` (the line's baseline end points).
 */
function baselineOf(bbox: OcrBox, b: { slope: number; offset: number } | null): OcrBox | null {
  if (!b) return null;
  const y0 = bbox.y1 + b.offset;
  return { x0: bbox.x0, y0, x1: bbox.x1, y1: y0 + b.slope * (bbox.x1 - bbox.x0) };
}
