/**
 * The extractors by name, their versions and their configuration: what a job's settings name,
 * kept apart from the factory (index.ts) so the extractors can read their own version without
 * importing the module that imports them.
 */
import type { EInvoiceMode } from '../types.js';
import type { OcrEngine, OcrModel } from './ocr/models.js';
import type { ReaderOptions } from './read/options.js';

export const EXTRACTORS = ['auto', 'text', 'noop'] as const;
export type ExtractorName = (typeof EXTRACTORS)[number];

/**
 * Versions are part of every job's idempotency key: bump one when its results change, so
 * stored results made by older code are not taken for current ones.
 * auto 2: pdftotext-like layout, OCR of images on text pages, UN/ECE unit codes.
 * text 2: read through the reader's worker threads (pages are laid out text now).
 * auto 3: vendor and customer addresses, tax ids by party.
 * auto 4: e-invoices (embedded and standalone XML), amount due, tax breakdown, warnings.
 * auto 5, text 3: characters a font decodes to control codes are not text (put back from OCR,
 *   or the page OCR'd; marked U+FFFD by `text`), with a warning.
 * auto 6: scored candidates with fitted weights and calibrated confidences, documentType, review by confidence.
 * auto 7: OCR deskews only tilted pages read with doubt; small images are OCR'd at twice their size.
 */
export const EXTRACTOR_VERSIONS: Record<ExtractorName, string> = { auto: '7', text: '3', noop: '1' };

export interface ExtractorConfig {
  extractor: ExtractorName;
  lang: string;
  /** OCR model (`--ocr-model`); the reader's default when absent. */
  ocrModel?: OcrModel;
  /** What runs the OCR (`--ocr-engine`); the reader's default (wasm) when absent. */
  ocrEngine?: OcrEngine;
  template: string | null;
  templatesDir: string | null;
  ocrWorkers: number;
  pageTimeoutMs: number;
  maxPixels: number;
  /** Pages of one document at most (`--max-pages`); the reader's default when absent. */
  maxPages?: number;
  keepText: boolean;
  /** What to do with e-invoice data (auto extractor): prefer it, ignore it, or read nothing else. */
  einvoice: EInvoiceMode;
  /** `--reading-cache`: the folder readings are kept in and looked up from (cached-reader.ts); none when absent. */
  readingCache?: string | null;
}

/** The reader options of the `auto` extractor (checked when it is declared, used when it is made). */
export function autoReaderOptions(cfg: ExtractorConfig): Partial<ReaderOptions> {
  return { lang: cfg.lang, ...(cfg.ocrModel ? { ocrModel: cfg.ocrModel } : {}), ...(cfg.ocrEngine ? { ocrEngine: cfg.ocrEngine } : {}), ocrWorkers: cfg.ocrWorkers, pageTimeoutMs: cfg.pageTimeoutMs, maxPixels: cfg.maxPixels, ...(cfg.maxPages ? { maxPages: cfg.maxPages } : {}) };
}

/** The reader options of the `text` extractor: text layers only, no OCR. */
export function textReaderOptions(maxPages?: number): Partial<ReaderOptions> {
  return { ocr: false, imageOcr: 'off', ...(maxPages ? { maxPages } : {}) };
}
