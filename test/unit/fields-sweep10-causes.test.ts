/**
 * The causes the tenth held-out sweep showed, each on a document invented for the test in the
 * shape of the cause, with a control: a Norwegian or Danish net labelled "Sum eks. mva" / "ekskl.
 * moms" above the VAT and the amount to pay; a deadline in a banner above the address ("Montant à
 * régler … avant le …") and the invoice's date in its title ("Facture … du …").
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, source: 'text' | 'ocr'): PageText[] => [{ page: 1, text, source, ocrConfidence: null }];
const run = (t: string, source: 'text' | 'ocr' = 'text') => extractFields(pages(t, source), { templates: [], today: '2026-12-01' });

describe('a Scandinavian net "eks. mva" / "ekskl. moms" above the VAT and the amount to pay', () => {
  const doc = (net: string, tax: string, pay: string) => `Vestland Maling AS · Org.nr. 912 345 678 MVA
Ola Hansen
Fakturanr.          5521                   Fakturadato      02.04.2025
Beskrivelse                                   Antall        Pris         Beløp
Maling av stue                                  1,00    4 200,00      4 200,00
Materialer                                      1,00      800,00        800,00
                                   ${net}                5 000,00
                                   ${tax}                1 250,00
                                   ${pay}                6 250,00`;

  it('the net is the subtotal, the amount to pay the total', () => {
    for (const [net, tax, pay] of [['Sum eks. mva', 'Mva 25 %', 'Å betale NOK'], ['Sum ekskl. mva', 'Mva 25 %', 'Totalt å betale'], ['Subtotal ekskl. moms', 'Moms 25 %', 'At betale DKK'], ['Beløb eks. moms', 'Moms 25 %', 'I alt DKK']]) {
      const r = run(doc(net, tax, pay));
      expect(r.total?.value, net).toBe(6250);
      expect(r.subtotal?.value, net).toBe(5000);
      expect(r.tax?.value, net).toBe(1250);
    }
  });

  it('control: a sum with VAT ("Sum inkl. mva") is still the total', () => {
    const r = run(doc('Sum eks. mva', 'Mva 25 %', 'Sum inkl. mva'));
    expect(r.total?.value).toBe(6250);
    expect(r.subtotal?.value).toBe(5000);
  });
});
