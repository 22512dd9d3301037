/**
 * A corrected invoice (EN 16931 type 384) is an invoice unless it refunds: a page titled
 * "Rechnungskorrektur" that charges the full corrected amount is an invoice; one whose total is
 * negative stays a credit note (doctype.ts, lexicon-corrections.ts; sweep19's de-at-rechnungskorrektur cause).
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { documentTypeFromCode } from '../../src/extract/fields/doctype.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

const korrektur = (rows: string) => `Werkzeughandel Brandl GmbH                                          Rechnungskorrektur
Linzer Straße 14, 4020 Linz
                                          Korrektur-Nr.              KR-2026-0031
                                          Datum                        09.03.2026
                                          ersetzt Rechnung   R-2026-0412 vom 01.03.2026
Bezeichnung                                Menge      Einzelpreis       Gesamt
${rows}`;

describe('a corrected invoice', () => {
  it('charging the full corrected amount is an invoice, as code 384 with a positive total', () => {
    const r = run(
      korrektur(`Bohrmaschine 18 V                             1            149,00         149,00
                                           Nettobetrag                       149,00
                                           USt 20 %                           29,80
                                           Gesamtbetrag EUR                  178,80
`),
    );
    expect(r.total?.value).toBe(178.8);
    expect(r.documentType).toBe('invoice');
    expect(documentTypeFromCode('384', 178.8)).toBe('invoice');
  });

  it('control: refunding (negative amounts) it is a credit note, as code 384 with a negative total', () => {
    const r = run(
      korrektur(`Rücknahme Akku                               -2             30,00         -60,00
                                           Nettobetrag                       -60,00
                                           USt 20 %                          -12,00
                                           Gutschriftsbetrag EUR             -72,00
`),
    );
    expect(r.documentType).toBe('credit_note');
    expect(documentTypeFromCode('384', -72)).toBe('credit_note');
  });

  it('control: a credit note titled so stays one whatever its sign', () => {
    const r = run(
      korrektur(`Rücknahme Akku                                2             30,00          60,00
                                           Nettobetrag                        60,00
                                           USt 20 %                           12,00
                                           Gutschriftsbetrag EUR              72,00
`).replace('Rechnungskorrektur', 'Gutschrift'),
    );
    expect(r.documentType).toBe('credit_note');
  });
});
