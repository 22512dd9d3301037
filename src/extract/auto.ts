/**
 * The `auto` extractor (the default): read the document (text layer, OCR where a page has
 * none; readers in ./read), then find the invoice fields (a matching invoice2data template,
 * else the generic extractor; ./fields), checked and flagged for review.
 */
import { permanent, UsageError } from '../errors.js';
import type { DocumentResult } from '../types.js';
import type { ExtractorConfig } from './index.js';
import type { Extractor } from './types.js';
import { EXTRACTOR_VERSIONS } from './index.js';
import { createReader } from './read/index.js';
import { extractFields } from './fields/index.js';
import { GENERIC_TEMPLATE_ID, loadTemplates, type Template } from './templates/index.js';

export interface AutoExtractorInfo {
  templates: Template[];
  templateFailures: Array<{ file: string; reason: string }>;
}

/** Loads the user's template folder; a broken template is reported, not fatal. */
export function loadUserTemplates(dir: string | null): AutoExtractorInfo {
  if (!dir) return { templates: [], templateFailures: [] };
  const r = loadTemplates(dir);
  return { templates: r.templates, templateFailures: r.failures };
}

export function checkTemplateId(id: string | null, templates: Template[]): void {
  if (!id || id === GENERIC_TEMPLATE_ID) return;
  if (templates.some((t) => t.id === id)) return;
  const known = templates.slice(0, 10).map((t) => t.id);
  throw new UsageError(
    `no template with id "${id}"`,
    templates.length ? `Known ids include: ${known.join(', ')}${templates.length > 10 ? ', ...' : ''} (see \`docparse templates list\`).` : 'Load templates with --templates DIR, or use "invoice" for the generic extractor.',
  );
}

export async function createAutoExtractor(cfg: ExtractorConfig): Promise<Extractor & { info: AutoExtractorInfo }> {
  const info = loadUserTemplates(cfg.templatesDir);
  checkTemplateId(cfg.template, info.templates);
  const reader = await createReader({ lang: cfg.lang, ocrWorkers: cfg.ocrWorkers, pageTimeoutMs: cfg.pageTimeoutMs, maxPixels: cfg.maxPixels });
  return {
    name: 'auto',
    version: EXTRACTOR_VERSIONS.auto,
    info,
    async extract(input, opts) {
      const read = await reader.read(input, { signal: opts?.signal });
      if (read.pages.every((p) => p.text.trim() === '')) throw permanent('no_text', 'no text could be read from any page');
      const fields = extractFields(read.pages, { templates: info.templates, templateId: cfg.template });
      const result: DocumentResult = {
        schemaVersion: 1,
        documentKind: read.documentKind,
        pageCount: read.pageCount,
        pages: read.pages.map((p) => ({ page: p.page, source: p.source, ocrConfidence: p.ocrConfidence, chars: p.text.length })),
        ...fields,
      };
      if (opts?.keepText || cfg.keepText) result.text = read.pages.map((p) => p.text);
      return result;
    },
    close: () => reader.close(),
  };
}
