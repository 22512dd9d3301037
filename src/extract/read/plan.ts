/**
 * What a PDF's text layer still needs once read: which pages to OCR (too little readable text, or
 * characters its fonts decode to control codes), which pages' images to OCR, and the pages as
 * field extraction reads them. One decision for both places that make it: the reader (index.ts),
 * and the PDF thread, which extracts a document's fields itself when the answer is "nothing more"
 * (thread-fields.ts), so such a document's text never goes back to the main thread to be read there.
 */
import type { PageText, PageWord } from '../types.js';
import { MIN_IMAGE_AREA, MIN_TEXT_CHARS, type ReaderOptions } from './options.js';
import { markUndecodable, readableChars, undecodableCount } from './undecodable.js';

/** A page of a text layer, as the PDF thread reads it (pdf-thread.ts `TextPage`). */
export interface LayerText {
  text: string;
  /** Where the page paints raster images (any box will do here: only their number counts). */
  images: readonly unknown[];
  /** Share of the page area the images cover, 0..1 (overlaps counted once per image). */
  imageArea: number;
  /** The words of `text` with their boxes as fractions of the page (none when the request said not, or the fields were extracted in the thread). */
  words?: PageWord[];
}

export interface LayerPlan {
  /** Non-space characters of each page that are not undecodable. */
  readable: number[];
  /** Characters of each page that decode to control codes (undecodable.ts). */
  undecodable: number[];
  /** The pages (1-based) to render and OCR: none when `ocr` is off. */
  toOcr: number[];
}

/** Which pages of a layer need OCR (`ocr`: the reader may OCR at all). */
export function planLayer(pages: readonly Pick<LayerText, 'text'>[], ocr: boolean): LayerPlan {
  const readable = pages.map((p) => readableChars(p.text));
  const undecodable = pages.map((p) => undecodableCount(p.text));
  const toOcr = ocr ? pages.flatMap((_, i) => (readable[i] < MIN_TEXT_CHARS || undecodable[i] > 0 ? [i + 1] : [])) : [];
  return { readable, undecodable, toOcr };
}

/** The layer's pages as the reader returns them before any OCR (undecodable characters marked when there is no OCR to read them). */
export function layerPageTexts(pages: readonly LayerText[], ocr: boolean): PageText[] {
  return pages.map((p, i) => ({ page: i + 1, text: ocr ? p.text : markUndecodable(p.text), source: 'text', ocrConfidence: null, words: p.words }));
}

/** Whether a page with a text layer should have its images OCR'd too (ReaderOptions.imageOcr). */
export function wantsImageOcr(p: Pick<LayerText, 'images' | 'imageArea'>, opts: Pick<ReaderOptions, 'imageOcr' | 'imageOcrMinArea'>): boolean {
  if (opts.imageOcr === 'off' || p.images.length === 0) return false;
  if (opts.imageOcr === 'always') return p.imageArea >= MIN_IMAGE_AREA;
  return p.imageArea >= opts.imageOcrMinArea;
}

/** The pages (1-based) whose images to OCR, of those that kept their text layer (`read`: the pages as read so far, OCR'd ones `source: 'ocr'`). */
export function imagePagesOf(pages: readonly LayerText[], plan: LayerPlan, read: readonly Pick<PageText, 'source'>[], opts: Pick<ReaderOptions, 'ocr' | 'imageOcr' | 'imageOcrMinArea'>): number[] {
  if (!opts.ocr) return [];
  return pages.flatMap((p, i) => (plan.readable[i] >= MIN_TEXT_CHARS && read[i].source === 'text' && wantsImageOcr(p, opts) ? [i + 1] : []));
}

/** Whether the layer is the document's whole text: no page to OCR, no image to OCR. */
export function layerIsFinal(pages: readonly LayerText[], opts: Pick<ReaderOptions, 'ocr' | 'imageOcr' | 'imageOcrMinArea'>): boolean {
  const plan = planLayer(pages, opts.ocr);
  return plan.toOcr.length === 0 && imagePagesOf(pages, plan, pages.map(() => ({ source: 'text' })), opts).length === 0;
}
