/**
 * Numbers and dates under a row of labels, and what is no number or date: a piece of a printed
 * amount, a month word inside a longer word.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { documentCandidates } from '../../src/extract/fields/candidates.js';
import { dateCandidates } from '../../src/extract/normalize.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-01-01' });

describe('labels above values', () => {
  it('a piece of an amount is no invoice number (the total label holds the word for invoice)', () => {
    const dc = documentCandidates(pages(`FATTURA
Documento        Numero         Data
Fattura          31/2024        04/03/2024
                                      Imponibile                 2.000,00
                                      IVA 22%                      440,00
                                      Totale fattura €           2.440,00
`));
    const values = dc.numbers.map((n) => n.value);
    expect(values).toContain('31/2024');
    expect(values).not.toContain('2.440');
    expect(values).not.toContain('00');
  });

  it('a compound label of the document word and "nr." is the invoice number label, under it in a row of labels', () => {
    const r = run(`Bakkerij De Korenschoof
Dorpsstraat 4, 3512 AB Utrecht
KvK 12345678 · btw-id NL001234567B01

Factuur
Factuurnr.              Datum             Vervaldatum
2024-117                05-03-2024        19-03-2024

Omschrijving                         Bedrag
Taarten                              400,00
                  Totaal exclusief btw        400,00
                  Btw 9%                       36,00
                  Te betalen                 € 436,00
`);
    expect(r.invoiceNumber?.value).toBe('2024-117');
    expect(r.invoiceDate?.value).toBe('2024-03-05');
  });

  it('no month name inside a word: a street and a postcode are no date', () => {
    expect(dateCandidates('Lange Voorhout 8, 2514 EE Den Haag')).toEqual([]);
    expect(dateCandidates('Due: Mar 8, 2024').map((d) => d.raw)).toEqual(['Mar 8, 2024']);
  });
});
