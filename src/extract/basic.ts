/**
 * The `text` extractor: a PDF's text layer only (laid out like `pdftotext -layout`), no OCR
 * and no field extraction. The cheapest real mode; parsing runs in the reader's worker
 * threads, like `auto`, so the event loop stays free.
 */
import { JobError, permanent } from '../errors.js';
import type { Extractor } from './types.js';
import { EXTRACTOR_VERSIONS, textReaderOptions } from './config.js';
import { createReader } from './read/index.js';
import { emptyResult } from './result.js';

export async function createTextExtractor(maxPages?: number): Promise<Extractor> {
  const reader = await createReader(textReaderOptions(maxPages));
  return {
    name: 'text',
    version: EXTRACTOR_VERSIONS.text,
    async extract(input, opts) {
      if (input.kind === 'xml') throw permanent('unsupported', 'the text extractor reads text layers, and this is an e-invoice XML file', 'Use --extractor auto (the default) to read e-invoices.');
      let read;
      try {
        // No field is extracted here: the layer's word boxes are not even made.
        read = await reader.read(input, { signal: opts?.signal, words: false });
      } catch (err) {
        if (err instanceof JobError && err.errorClass === 'no_text') {
          throw permanent('no_text', 'the PDF has no text layer (a scan?)', 'Use --extractor auto (the default) to OCR scanned pages.');
        }
        throw err;
      }
      const result = emptyResult(
        read.documentKind,
        read.pages.map((p) => ({ page: p.page, source: p.source, ocrConfidence: p.ocrConfidence, chars: p.text.length })),
      );
      result.warnings.push(...(read.warnings ?? []));
      if (opts?.keepText) result.text = read.pages.map((p) => p.text);
      return result;
    },
    renderPage: (input, page, opts) => reader.renderPage(input, page, opts),
    close: () => reader.close(),
  };
}
