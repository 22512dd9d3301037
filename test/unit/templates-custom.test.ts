import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFields, toInvoice2dataJson } from '../../src/extract/fields/index.js';
import { explainMatch } from '../../src/extract/fields/index.js';
import { loadTemplates } from '../../src/extract/templates/index.js';
import type { PageText } from '../../src/extract/types.js';
import { join } from 'node:path';
import { SHARED_EVAL } from '../helpers/shared.js';

const DIR = join(SHARED_EVAL, 'custom');
const { templates, failures } = loadTemplates(`${DIR}/templates`);
const page = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];

describe('invoice2data custom cases (lines, tables)', () => {
  it('loads all custom templates', () => expect(failures).toEqual([]));
  for (const name of readdirSync(DIR).filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4))) {
    it(`reproduces ${name}.json exactly`, () => {
      const expected = JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8'))[0];
      const r = extractFields(page(readFileSync(`${DIR}/${name}.txt`, 'utf8')), { templates });
      expect(toInvoice2dataJson(r)).toEqual(expected);
    });
  }
  it('explains which template matched and why', () => {
    const e = explainMatch(page(readFileSync(`${DIR}/lines-blocks.txt`, 'utf8')), templates);
    expect(e.templateId).toBe('lines-blocks');
    expect(e.reason).toBe('keywords');
    const basic = e.candidates.find((c) => c.id === 'lines-basic')!;
    expect(basic.matched).toBe(false);
    expect(basic.keywords.missed).toEqual(['Lines basic']);
  });
  it('maps invoice2data fields to the result format', () => {
    const r = extractFields(page(readFileSync(`${DIR}/basic.txt`, 'utf8')), { templates, today: '2025-01-01' });
    expect(r.templateId).toBe('basic');
    expect(r.invoiceNumber).toEqual({ value: '0999/09/2022', confidence: 0.95, source: 'template:basic', page: 1 });
    expect(r.invoiceDate?.value).toBe('2022-09-27');
    expect(r.total?.value).toBe(123.45);
    expect(r.currency?.value).toBe('EUR');
    expect(r.vendor.name?.value).toBe('Basic Test');
    expect(r.needsReview).toBe(false);
  });
});
