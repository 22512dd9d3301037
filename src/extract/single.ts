/**
 * One document, synchronously, without the ledger: `docparse extract` and `docparse templates test`.
 * Plain-text inputs (`.txt`, pages split by form feeds) are accepted too, so template authors
 * can work from `pdftotext -layout` output.
 */
import { statSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { permanent, toJobError } from '../errors.js';
import type { DocumentResult } from '../types.js';
import { readHead, sniff, whyNotOurs } from '../sniff.js';
import type { ExtractorConfig } from './config.js';
import type { PageText } from './types.js';
import { pruneNativeTessdata } from './tessdata-cache.js';
import { explainMatch, type MatchExplanation } from './fields/index.js';
import { checkTemplateId, loadUserTemplates, openReader, pageFields, readDocument, templateThreads } from './auto.js';
import { emptyResult } from './result.js';

export interface InspectResult {
  result: DocumentResult;
  pages: PageText[];
  match: MatchExplanation;
  templateFailures: Array<{ file: string; reason: string }>;
}

export function textToPages(text: string): PageText[] {
  const parts = text.split('\f');
  if (parts.length > 1 && parts[parts.length - 1].trim() === '') parts.pop();
  return parts.map((t, i) => ({ page: i + 1, text: t, source: 'text' as const, ocrConfidence: null }));
}

/** Reads and extracts one file; throws JobError for bad input, like a job would fail. */
export async function inspectFile(path: string, cfg: ExtractorConfig, signal?: AbortSignal): Promise<InspectResult> {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    // The reason, as a failed job would give it (exit 2), not an unexpected error.
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw permanent('unreadable', `no such file: ${path}`, 'Check the path.');
    throw toJobError(err);
  }
  if (!st.isFile()) throw permanent('unsupported', `${path} is not a file`);
  if (st.size === 0) throw permanent('empty', 'the file is empty (0 bytes)');
  const { templates, templateFailures } = loadUserTemplates(cfg.templatesDir);
  checkTemplateId(cfg.template, templates);
  const start = readHead(path);
  const kind = sniff(start);
  const threads = templateThreads(templates, cfg.pageTimeoutMs);
  const o = { templates, templateId: cfg.template, einvoice: cfg.einvoice, threads, signal };
  let pages: PageText[];
  let result: DocumentResult;
  try {
    if (!kind) {
      const why = extname(path).toLowerCase() === '.txt' ? null : whyNotOurs(path, start);
      if (why) throw permanent(why.errorClass, why.message, why.hint);
      if (extname(path).toLowerCase() !== '.txt') throw permanent('unsupported', `${path} is not a PDF, PNG, JPEG, TIFF, e-invoice XML or .txt file`);
      pages = textToPages(readFileSync(path, 'utf8'));
      const base = emptyResult('text_pdf', pages.map((p) => ({ page: p.page, source: 'text', ocrConfidence: null, chars: p.text.length })));
      result = { ...base, ...(await pageFields(pages, o)) };
    } else {
      const reader = await openReader(cfg);
      try {
        ({ result, pages } = await readDocument(reader, { path, kind, size: st.size }, o));
      } finally {
        await reader.close();
        if (cfg.ocrEngine === 'native') await pruneNativeTessdata(cfg.lang, cfg.ocrModel).catch(() => undefined);
      }
    }
    if (cfg.keepText) result.text = pages.map((p) => p.text);
    const match = threads ? await threads.explain(pages, { templateId: cfg.template, signal }) : explainMatch(pages, templates, cfg.template);
    return { result, pages, match, templateFailures };
  } finally {
    await threads?.close();
  }
}
