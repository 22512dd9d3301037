/**
 * A page printing no currency sign or code, but a euro-area VAT number after a VAT word, gets EUR
 * as a hint: a tie's confidence, flagged (euro-vat-id.ts; sweep18's fr-be-avoir-retour-article cause).
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { euroVatId } from '../../src/extract/fields/euro-vat-id.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

const note = (vat: string) => `Quincaillerie Peeters SRL
Avenue Louise 12
${vat}

Note de crédit
                                                  Note de crédit n°        NC-2026-0031
                                                  Date                     02/03/2026
Article                                                 Qté           PU HTVA        Total HTVA
Retour : ponceuse                                         1             120,00              120,00
                                                                 Total HTVA                 120,00
                                                                  TVA 21 %                   25,20
                                                                 Total TVAC                 145,20
`;

describe('a euro-area VAT number as the only sign of the currency', () => {
  it('gives EUR as a flagged hint', () => {
    const r = run(note('TVA BE 0634.112.907'));
    expect(r.currency?.value).toBe('EUR');
    expect(r.currency!.confidence).toBeLessThan(0.9);
    expect(r.needsReview).toBe(true);
  });
  it('control: a British VAT number, a bare BE and a rate are no euro-area VAT number', () => {
    expect(euroVatId('VAT Reg No GB123456789')).toBe(false);
    expect(euroVatId('TVA: 21 %  BE')).toBe(false);
    expect(run(note('VAT Reg No GB 123 4567 89')).currency).toBeNull();
  });
});
