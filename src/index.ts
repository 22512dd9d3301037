/**
 * The programmatic API (the package's `main`): one document to a result, and the pieces a
 * script needs to run batches on a ledger itself. The CLI (`docparse`) is built on the same.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { DocumentResult, EInvoiceMode } from './types.js';
import { inspectFile } from './extract/single.js';

export type * from './types.js';
export { JobError, ExitCode, UsageError } from './errors.js';
export { openLedger } from './ledger/open.js';
export type { Ledger } from './ledger/port.js';
export { createExtractor, EXTRACTORS, EXTRACTOR_VERSIONS, type ExtractorConfig } from './extract/index.js';
export { fieldsFromXml, XmlError } from './extract/einvoice/index.js';

export interface ExtractFileOptions {
  /** OCR languages (`eng`, `eng+deu` ...); each needs its `@tesseract.js-data/<lang>` package. Default `eng`. */
  lang?: string;
  /** invoice2data templates folder. */
  templates?: string | null;
  /** Force one template by id. */
  template?: string | null;
  /** E-invoice XML: `prefer` (default), `ignore`, `only`. */
  einvoice?: EInvoiceMode;
  /** Keep the text that was read, page by page, in `result.text`. */
  keepText?: boolean;
}

/**
 * Reads one file (PDF, PNG, JPEG, TIFF, e-invoice XML, or a .txt of a document's text) into a
 * result, without a ledger: what `docparse extract` prints. Throws JobError when the file cannot
 * be read (its `errorClass`, `retryable` and `hint` say why and what to do).
 */
export async function extractFile(path: string, options: ExtractFileOptions = {}): Promise<DocumentResult> {
  const { result } = await inspectFile(resolve(path), {
    extractor: 'auto',
    lang: options.lang ?? 'eng',
    template: options.template ?? null,
    templatesDir: options.templates ? resolve(options.templates) : null,
    ocrWorkers: Math.min(2, availableParallelism()),
    pageTimeoutMs: 120_000,
    maxPixels: 100_000_000,
    keepText: options.keepText ?? false,
    einvoice: options.einvoice ?? 'prefer',
  });
  return result;
}
