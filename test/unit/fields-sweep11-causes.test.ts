/**
 * The causes the eleventh held-out sweep showed, each on a document invented for the test in the
 * shape of the cause, with a control: credit notes that print the minus after the amount
 * ("350,57-"); Swiss francs grouped by spaces with a decimal point ("Fr. 3 883.49").
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { amountsIn } from '../../src/extract/fields/tokens.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, source: 'text' | 'ocr'): PageText[] => [{ page: 1, text, source, ocrConfidence: null }];
const run = (t: string, source: 'text' | 'ocr' = 'text') => extractFields(pages(t, source), { templates: [], today: '2026-12-01' });

describe('a credit note printing the minus after each amount', () => {
  const doc = (title: string, lines: [string, string, string], sign: string) => `Papeterie Rhein GmbH · Hafenstraße 4 · 68159 Mannheim
Weber Steuerberatung                                            Nr.               GS-4471
Lindenweg 9                                                     Datum          14.08.2025
68161 Mannheim
${title}
Artikel                                            Menge       Preis         Betrag
Ordner A4 breit (Rückgabe)                             10        4,20        42,00${sign}
Druckerpapier A4 (Rückgabe)                             5       23,60       118,00${sign}
                                        ${lines[0]}                      160,00${sign}
                                        ${lines[1]}                       30,40${sign}
                                        ${lines[2]}                      190,40${sign}`;

  it('the amounts keep the printed sign (German and French wording)', () => {
    for (const [title, lines] of [
      ['Gutschrift', ['Netto', 'MwSt 19 %', 'Gutschriftsbetrag']],
      ['Avoir', ['Total HT', 'TVA 19 %', 'Total TTC']],
    ] as [string, [string, string, string]][]) {
      const r = run(doc(title, lines, '-'));
      expect(r.total?.value, title).toBe(-190.4);
      expect(r.subtotal?.value, title).toBe(-160);
      expect(r.tax?.value, title).toBe(-30.4);
    }
  });

  it('a minus after an amount with cents is its sign; a range or a dash before a word is none', () => {
    expect(amountsIn('Rabatt 10 %          342,72-').map((m) => m.value)).toEqual([-342.72]);
    expect(amountsIn('Preis je nach Menge 12,50-15,00 EUR').every((m) => m.value > 0)).toBe(true);
    expect(amountsIn('Summe 45,00-Anzahlung').every((m) => m.value > 0)).toBe(true);
  });

  it('control: the same document without the minus stays positive', () => {
    const r = run(doc('Gutschrift', ['Netto', 'MwSt 19 %', 'Gutschriftsbetrag'], ''));
    expect(r.total?.value).toBe(190.4);
    expect(r.subtotal?.value).toBe(160);
  });
});

describe('francs grouped by spaces with a decimal point', () => {
  const doc = (sum: string, tax: string, total: string) => `Revisionsbüro Keller AG · Marktgasse 2 · 3011 Bern
Bäckerei Zaugg GmbH                                            Rechnung          25-1104
Hauptstrasse 8                                                 Datum          04.11.2025
3400 Burgdorf
Leistung                                                   Std.        Ansatz         Betrag
Revision Jahresrechnung 2024                               12.5        180.00       ${sum}
Total Honorar                                 Fr. ${sum}
MWST 8.1 %                                    Fr. ${tax}
Rechnungsbetrag                               Fr. ${total}`;

  it('the amount is read whole on a text page', () => {
    const r = run(doc('2 250.00', '182.25', '2 432.25'));
    expect(r.total?.value).toBe(2432.25);
    expect(r.subtotal?.value).toBe(2250);
    expect(amountsIn('Rechnungsbetrag      Fr. 12 432.25').map((m) => m.value)).toEqual([12432.25]);
  });

  it('control: a count and a price apart in their columns stay two amounts, and an OCR line is read as before', () => {
    expect(amountsIn('Revision                  12        180.00').map((m) => m.value)).toEqual([12, 180]);
    expect(amountsIn('Kaffee 2 180.00', 0, true).map((m) => m.value)).toEqual([2, 180]);
    const r = run(doc('250.00', '20.25', '270.25'));
    expect(r.total?.value).toBe(270.25);
  });
});
