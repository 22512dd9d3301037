/**
 * The built-in generic template and the choice of a template for a document. Apart from the loader
 * (load.ts, which brings the YAML parser): field extraction needs only these, and a PDF thread that
 * extracts fields (read/thread-fields.ts) loads it without the parser (about half of what importing
 * the field extraction cost).
 */
import { matchKeywords, type KeywordReport } from './engine.js';
import { OPTIONS_DEFAULT, type Template } from './types.js';

/** Id of the built-in generic template (no vendor rules; label/layout/arithmetic based). */
export const GENERIC_TEMPLATE_ID = 'invoice';

/** The built-in generic template. It never wins over a vendor template whose keywords match. */
export const GENERIC_TEMPLATE: Template = Object.freeze({
  id: GENERIC_TEMPLATE_ID,
  file: null,
  issuer: '',
  keywords: [],
  excludeKeywords: [],
  priority: -Infinity,
  options: { ...OPTIONS_DEFAULT },
  requiredFields: ['invoice_number', 'date', 'amount'],
  raw: {},
  generic: true,
}) as Template;

export interface TemplateCandidate {
  id: string;
  priority: number;
  matched: boolean;
  keywords: KeywordReport;
}

export interface TemplateSelection {
  template: Template;
  /** Why: `forced`, `keywords` (best matching vendor template) or `fallback` (generic). */
  reason: 'forced' | 'keywords' | 'fallback';
  candidates: TemplateCandidate[];
}

/** Thrown when `--template ID` names a template that is not loaded. */
export class UnknownTemplateError extends Error {
  constructor(readonly templateId: string) {
    super(`unknown template "${templateId}": check the id with \`docparse templates list\` or the --templates folder`);
    this.name = 'UnknownTemplateError';
  }
}

/**
 * Picks the template for a document: a forced id, else every template whose keywords all match and no
 * exclude_keyword does, highest priority first (ties: load order, like invoice2data), else the generic one.
 */
export function selectTemplate(pages: string[], templates: Template[], templateId?: string | null): TemplateSelection {
  if (templateId) {
    const t = templateId === GENERIC_TEMPLATE_ID ? GENERIC_TEMPLATE : templates.find((x) => x.id === templateId || x.file === templateId);
    if (!t) throw new UnknownTemplateError(templateId);
    return { template: t, reason: 'forced', candidates: [] };
  }
  const candidates: TemplateCandidate[] = [];
  const raw = pages.join('\f');
  for (const t of templates) {
    if (t.generic) continue;
    // Like invoice2data, keywords are searched in the text as read, before the template's options.
    const keywords = matchKeywords(t, raw);
    candidates.push({ id: t.id, priority: t.priority, matched: keywords.matched, keywords });
  }
  const order = candidates.map((c, i) => ({ c, i })).filter((x) => x.c.matched);
  order.sort((a, b) => b.c.priority - a.c.priority || a.i - b.i);
  if (order.length > 0) {
    const best = templates.find((t) => t.id === order[0].c.id)!;
    return { template: best, reason: 'keywords', candidates };
  }
  return { template: GENERIC_TEMPLATE, reason: 'fallback', candidates };
}
