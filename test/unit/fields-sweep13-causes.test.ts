/**
 * The causes the thirteenth held-out sweep showed, each on a document invented for the test in the
 * shape of the cause, with a control: a net labelled "before taxes" above two Canadian taxes
 * (GST/PST, TPS/TVQ); Macedonian and Serbian Cyrillic, Galician and Basque due, net and tax labels;
 * a ticket's price with the VAT it holds and its net under it; a till's VAT table whose rates OCR misread.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { AMOUNT, DATE, cues } from '../../src/extract/fields/lexicon.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, source: 'text' | 'ocr' = 'text'): PageText[] => [{ page: 1, text, source, ocrConfidence: source === 'ocr' ? 85 : null }];
const run = (t: string, source: 'text' | 'ocr' = 'text') => extractFields(pages(t, source), { templates: [], today: '2026-12-01' });
const amounts = (t: string, source: 'text' | 'ocr' = 'text') => {
  const r = run(t, source);
  return { subtotal: r.subtotal?.value, tax: r.tax?.value, total: r.total?.value };
};

describe('two Canadian taxes under a net "before taxes": the tax is their sum', () => {
  const bill = (net: string, a: string, b: string) => `Plomberie Laval inc.
2200, boul. Curé-Labelle, Laval (Québec) H7T 1R1
                                                          Facture no            F-30917
Mme Sylvie Gagnon                                         Date                  2025-09-03
88, rue des Érables, Laval                                Échéance              2025-10-03

Description                                                                     Montant
Remplacement chauffe-eau 60 gal.                                                 950,00 $
Main-d'oeuvre 3 h                                                                255,00 $

                                                          ${net}              1 205,00 $
                                                          ${a}                   60,25 $
                                                          ${b}                  120,20 $
                                                          Total                1 385,45 $`;

  it('knows the labels', () => {
    for (const l of ['Total avant taxes', 'Montant avant les taxes', 'Total before taxes', 'Summe vor Steuern', 'Total antes de impuestos']) expect([...cues(AMOUNT, l)], l).toContain('net');
  });

  it('TPS + TVQ under "Total avant taxes" (control: "Sous-total")', () => {
    expect(amounts(bill('Total avant taxes', 'TPS 5 %   ', 'TVQ 9,975 %'))).toEqual({ subtotal: 1205, tax: 180.45, total: 1385.45 });
    expect(amounts(bill('Sous-total       ', 'TPS 5 %   ', 'TVQ 9,975 %'))).toEqual({ subtotal: 1205, tax: 180.45, total: 1385.45 });
  });

  it('GST + PST under "Total before taxes"', () => {
    expect(amounts(bill('Total before taxes', 'GST 5 %   ', 'PST 9,975 %'))).toEqual({ subtotal: 1205, tax: 180.45, total: 1385.45 });
  });
});
