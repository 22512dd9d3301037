/**
 * The `text` extractor: a PDF's text layer through pdf-parse, no OCR and no field extraction.
 * It proves the engine on text PDFs and is the cheapest real mode; `auto` (the default) adds
 * layout, OCR and invoice fields.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { permanent } from '../errors.js';
import type { Extractor } from './types.js';
import { EXTRACTOR_VERSIONS } from './index.js';
import { emptyResult } from './result.js';

export function createTextExtractor(): Extractor {
  return {
    name: 'text',
    version: EXTRACTOR_VERSIONS.text,
    async extract(input, opts) {
      if (input.kind !== 'pdf') throw permanent('unsupported', `the text extractor reads PDFs only; ${input.kind} images need OCR`, 'Use --extractor auto (the default) to OCR images.');
      const { PDFParse } = await import('pdf-parse');
      const data = await readFile(input.path);
      if (input.fingerprint && createHash('sha256').update(data).digest('hex') !== input.fingerprint) {
        throw permanent('unreadable', 'the file changed after it was scanned, so this job\'s content is gone', 'Run submit again: the new content becomes a new job.');
      }
      const parser = new PDFParse({ data: new Uint8Array(data) });
      try {
        const text = await parser.getText();
        opts?.signal?.throwIfAborted();
        const pages = text.pages.map((p) => ({ page: p.num, source: 'text' as const, ocrConfidence: null, chars: p.text.length }));
        if (pages.length === 0) throw permanent('empty', 'the PDF has no pages');
        const result = emptyResult('text_pdf', pages);
        if (opts?.keepText) result.text = text.pages.map((p) => p.text);
        return result;
      } catch (err) {
        throw mapPdfError(err);
      } finally {
        await parser.destroy().catch(() => undefined);
      }
    },
    async close() {},
  };
}

/** pdf.js errors by name: password → encrypted, invalid/format → corrupt. */
export function mapPdfError(err: unknown): unknown {
  const name = (err as Error)?.name ?? '';
  const msg = (err as Error)?.message ?? String(err);
  if (name === 'PasswordException' || /password/i.test(msg)) return permanent('encrypted', 'the PDF is password-protected');
  if (name === 'InvalidPDFException' || name === 'FormatError' || /invalid pdf|bad xref|startxref|unexpected end/i.test(msg)) {
    return permanent('corrupt', `the PDF is damaged and cannot be parsed (${msg})`);
  }
  return err;
}
