/**
 * One page through tesseract: the recognition recipe, apart from the pool's worker management.
 */
import type Tesseract from 'tesseract.js';
import { pageSlope, type OcrBlockIn, type OcrLineIn } from './layout.js';

/**
 * `when-needed` (default): one pass; a second one on the image turned level by the first pass's
 * baselines only when the page is tilted enough to matter and read with doubt. `always`:
 * tesseract.js's `rotateAuto` (measures the skew by laying the page out at PSM 3, then reads it
 * again: the layout is done twice on every page). `off`: never turn the image.
 */
export type DeskewMode = 'when-needed' | 'always' | 'off';

/**
 * A tilted line drifts by slope x width pixels across the page; once that passes this share of a
 * line's height, tesseract's lines start to catch their neighbours' ascenders and descenders.
 */
export const SKEW_DRIFT_LINES = 0.35;

/**
 * Mean word confidence (tesseract's 0-100) at or above which a tilted page's first reading is
 * kept: the tilt did it no harm, and a second pass would cost a whole page for nothing.
 */
export const CONFIDENT_PAGE = 90;

/**
 * Tesseract's page segmentation modes a reading may ask for (`--psm`): 4 one column of text of
 * various sizes, 6 one uniform block (tesseract's own default, which every first reading uses),
 * 11 sparse text, 12 sparse text with orientation. The others lay a page out as one line or word.
 */
export type PageSegMode = 4 | 6 | 11 | 12;

export interface RecognizeOutcome {
  page: Tesseract.Page;
  /** The page was read a second time, turned level. */
  deskewed: boolean;
}

/**
 * The options of one tesseract.js recognition: tesseract.js's own, and `tessedit_pageseg_mode`
 * when the reading asks for a page segmentation. tesseract.js sets any option that is not its own
 * as a tesseract variable for that recognition only (its worker's `recognize` saves the
 * parameters, sets them, and restores them after), inside the worker's one job: no other
 * recognition can see it, and the worker reads on as before. Without `psm` the options are what
 * they always were, so a first reading is read exactly as before.
 */
function recognizeOptions(rotate: { rotateAuto?: boolean; rotateRadians?: number }, psm: PageSegMode | undefined): Partial<Tesseract.RecognizeOptions> {
  return psm === undefined ? rotate : ({ ...rotate, tessedit_pageseg_mode: String(psm) } as Partial<Tesseract.RecognizeOptions>);
}

/**
 * One recognition by an engine: tesseract.js's worker, or the native program (./native.ts). The
 * page comes back in tesseract.js's shape (blocks of paragraphs of lines of words, page confidence).
 */
export type ReadOnce = (image: Buffer, rotate: { rotateAuto?: boolean; rotateRadians?: number }, psm: PageSegMode | undefined) => Promise<Tesseract.Page>;

/** tesseract.js's worker as a ReadOnce: text and blocks, with the reading's own options. */
export function workerReads(worker: Tesseract.Worker): ReadOnce {
  const out = { text: true, blocks: true };
  return async (image, rotate, psm) => (await worker.recognize(image, recognizeOptions(rotate, psm), out)).data;
}

/**
 * @param confident the page confidence that keeps a tilted page's first reading (tests lower it)
 * @param psm a page segmentation for this reading only (absent: tesseract's default, 6)
 */
export async function recognizePage(worker: Tesseract.Worker | ReadOnce, image: Buffer, deskew: DeskewMode, confident = CONFIDENT_PAGE, psm?: PageSegMode): Promise<RecognizeOutcome> {
  const read = typeof worker === 'function' ? worker : workerReads(worker);
  const first = await read(image, { rotateAuto: deskew === 'always' }, psm);
  if (deskew !== 'when-needed' || Number(first.confidence ?? 0) >= confident) return { page: first, deskewed: false };
  const angle = harmfulSkew(linesOf(first));
  if (angle === 0) return { page: first, deskewed: false };
  const second = await read(image, { rotateRadians: angle }, psm);
  return second.confidence >= first.confidence ? { page: second, deskewed: true } : { page: first, deskewed: false };
}

export function linesOf(page: Tesseract.Page): OcrLineIn[] {
  const lines: OcrLineIn[] = [];
  for (const b of (page.blocks ?? []) as unknown as OcrBlockIn[]) for (const p of b.paragraphs) for (const l of p.lines) lines.push(l);
  return lines;
}

/** The rotation (radians, tesseract.js `rotateRadians`) that levels the lines, or 0 when the tilt is harmless. */
export function harmfulSkew(lines: readonly OcrLineIn[]): number {
  const slope = pageSlope(lines);
  if (slope === 0) return 0;
  const heights = lines.map((l) => l.bbox.y1 - l.bbox.y0).filter((h) => h > 0).sort((a, b) => a - b);
  const lineHeight = heights[Math.floor(heights.length / 2)] ?? 0;
  const span = Math.max(0, ...lines.map((l) => l.bbox.x1 - l.bbox.x0));
  if (lineHeight <= 0 || Math.abs(slope) * span < SKEW_DRIFT_LINES * lineHeight) return 0;
  // Baselines falling to the right (dy/dx > 0, y downwards) need the image turned the other way.
  return -Math.atan(slope);
}
