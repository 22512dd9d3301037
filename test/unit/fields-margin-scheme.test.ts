/**
 * A margin-scheme invoice (§ 25a UStG: the VAT inside the price, not shown) has no net amount: the
 * total's value printed twice (the one item sold, then the total) is no subtotal (margin-scheme.ts;
 * sweep18's de-gebrauchtwagen-differenzbesteuerung cause).
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

const page = (note: string) => `Antikhandel Roth e.K.
Marktstr. 4, 79098 Freiburg

Rechnung
                                                                 Rechnung-Nr.             AN-26-0412
                                                                 Datum                    11.03.2026
Bezeichnung                                                                                                  Preis
Biedermeier-Kommode, Kirschbaum, um 1830, lt. Kaufvertrag vom 09.03.2026                                  3.850,00

                                                                               Gesamtpreis                3.850,00

${note}`;

describe('margin scheme', () => {
  it('a § 25a invoice gives the total and no subtotal', () => {
    const r = run(page('Gebrauchtgegenstände / Sonderregelung (§ 25a UStG). Die Umsatzsteuer wird nicht gesondert ausgewiesen.'));
    expect(r.total?.value).toBe(3850);
    expect(r.subtotal).toBeNull();
    expect(r.tax).toBeNull();
  });
  it('control: a page printing its net and VAT keeps its subtotal', () => {
    const r = run(page('Zahlbar sofort.').replace(
      '                                                                               Gesamtpreis                3.850,00',
      '                                                                               Netto                      3.235,29\n                                                                               MwSt 19 %                    614,71\n                                                                               Gesamtpreis                3.850,00',
    ));
    expect(r.subtotal?.value).toBe(3235.29);
  });
});
