/** A plain `$` is the dollar of the country the page names by its currency code; a country's wording alone is weak. */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { AMOUNT, cues } from '../../src/extract/fields/lexicon.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-01-01' });
const invoice = (totalLabel: string, extra = '') => `Maple & Pine Carpentry Ltd
${extra}
Invoice No. 2209                         Issue Date 12/03/2024
Description                          Amount
Shelving                            $500.00
                    Total (ex GST)          $500.00
                    GST                      $50.00
                    ${totalLabel}            $550.00
`;

describe('the dollar of the page', () => {
  it('a code in the total label wins over the sign', () => {
    for (const code of ['AUD', 'CAD', 'NZD']) {
      const r = run(invoice(`Total ${code} (inc GST)`));
      expect(r.currency?.value, code).toBe(code);
      expect(r.currency!.confidence, code).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('USD written anywhere keeps the sign USD', () => {
    expect(run(invoice('Total USD')).currency?.value).toBe('USD');
    expect(run(invoice('Total')).currency?.value).toBe('USD');
  });

  it('an ABN alone says AUD, weakly: the document is flagged', () => {
    const r = run(invoice('Total (inc GST)', 'ABN 12 345 678 901'));
    expect(r.currency?.value).toBe('AUD');
    expect(r.currency!.confidence).toBeLessThan(0.9);
    expect(r.needsReview).toBe(true);
  });

  it('"Total (ex GST)" is the amount before tax', () => {
    expect([...cues(AMOUNT, 'Total (ex GST)')]).toContain('net');
    const r = run(invoice('Total AUD (inc GST)'));
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([500, 50, 550]);
  });
});
