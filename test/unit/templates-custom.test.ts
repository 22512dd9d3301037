import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainMatch, extractFields, toInvoice2dataJson } from '../../src/extract/fields/index.js';
import { loadTemplates } from '../../src/extract/templates/index.js';
import type { PageText } from '../../src/extract/types.js';
import { evalCorpus } from '../helpers/shared.js';

const page = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];

/** Every `NAME.txt` in `dir` must give exactly `NAME.json` (invoice2data's format) with the templates of `dir/templates`. */
function reproducesEach(dir: string) {
  const { templates } = loadTemplates(join(dir, 'templates'));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4))) {
    it(`reproduces ${name}.json exactly`, () => {
      const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'))[0];
      const r = extractFields(page(readFileSync(join(dir, `${name}.txt`), 'utf8')), { templates });
      expect(toInvoice2dataJson(r)).toEqual(expected);
    });
  }
}

// The project's own templates (fixtures/templates): regex fields and types, the lines parser
// (blocks, several patterns, rules), tables with groups, YAML and JSON. No corpus needed.
const OWN = fileURLToPath(new URL('../../fixtures/templates', import.meta.url));

describe('template engine on the project fixtures (lines, tables, regex fields)', () => {
  reproducesEach(OWN);
  it('explains which template matched and why', () => {
    const { templates } = loadTemplates(join(OWN, 'templates'));
    const e = explainMatch(page(readFileSync(join(OWN, 'tables.txt'), 'utf8')), templates);
    expect(e.templateId).toBe('tables');
    expect(e.reason).toBe('keywords');
    const lines = e.candidates.find((c) => c.id === 'lines')!;
    expect(lines.matched).toBe(false);
    expect(lines.keywords.missed).toEqual(['Quillfeather Stationers']);
  });
  it('maps invoice2data fields to the result format', () => {
    const { templates } = loadTemplates(join(OWN, 'templates'));
    const r = extractFields(page(readFileSync(join(OWN, 'regex-fields.txt'), 'utf8')), { templates, today: '2026-01-01' });
    expect(r.templateId).toBe('regex-fields');
    expect(r.invoiceNumber).toEqual({ value: 'LGS-40917', confidence: 0.95, source: 'template:regex-fields', page: 1 });
    expect(r.invoiceDate?.value).toBe('2025-11-03');
    expect(r.total?.value).toBe(1368.5);
    expect(r.subtotal?.value).toBe(1150);
    expect(r.currency?.value).toBe('EUR');
    expect(r.vendor.name?.value).toBe('Larkspur Garden Supply');
    expect(r.vendor.taxId?.value).toBe('DE000000000');
    expect(r.needsReview).toBe(false);
  });
});

// invoice2data's own custom cases, from the public evaluation corpus when it is at hand.
const custom = evalCorpus('invoice2data/custom');
if (custom.dir) {
  describe("invoice2data's custom cases (lines, tables)", () => {
    it('loads all custom templates', () => expect(loadTemplates(join(custom.dir!, 'templates')).failures).toEqual([]));
    reproducesEach(custom.dir!);
  });
} else {
  describe.skip(`invoice2data's custom cases: skipped, ${custom.skipReason}`, () => {
    it('needs the evaluation corpus', () => {});
  });
}
