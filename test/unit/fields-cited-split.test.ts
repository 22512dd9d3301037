/**
 * A date cited after another document's word and number, with "vom"/"du"/"dated" starting the
 * next line of the meta column, is that document's date, not the issue date (cited-split.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-06-01' });

/** A German invoice dated 20.02.2026 with two meta lines `a` and `b` between its number and its date. */
const german = (a: string, b: string) =>
  [
    'Muster GmbH, Hauptstr. 1, 10115 Berlin                          Rechnung',
    '                                                  Rechnung Nr.     R-2026-77',
    `                                                  ${a}`,
    `                                                  ${b}`,
    '                                                  Datum            20.02.2026',
    'Kunde AG',
    'Hauptstr. 5',
    '10115 Berlin',
    'Pos.  Artikel                    Menge    Preis      Betrag',
    '1     Schrauben                     10    10,00      100,00',
    '                                         Netto       100,00',
    '                                         MwSt 19 %    19,00',
    '                                         Gesamt EUR  119,00',
    'Zahlbar bis 22.03.2026.',
  ].join('\n');

const english = (a: string, b: string) =>
  [
    'Acme Supplies Ltd                                               INVOICE',
    '                                                  Invoice No.      INV-5521',
    `                                                  ${a}`,
    `                                                  ${b}`,
    '                                                  Date             20/02/2026',
    'Customer Ltd',
    'Item                               Qty     Price      Amount',
    'Widgets                             10     10.00      100.00',
    '                                          Subtotal    100.00',
    '                                          VAT 20 %     20.00',
    '                                          Total GBP   120.00',
    'Payment due 22/03/2026.',
  ].join('\n');

describe('citations split over two lines', () => {
  it('"ersetzt Rechnung R-2026-0388" over "vom 28.01.2026" is not the issue date', () => {
    const r = run(german('ersetzt Rechnung  R-2026-0388', 'vom 28.01.2026'));
    expect(r.invoiceNumber?.value).toBe('R-2026-77');
    expect(r.invoiceDate?.value).toBe('2026-02-20');
  });
  it('"zu Rechnung" over "vom" in aligned label and value columns likewise', () => {
    const r = run(german('zu Rechnung      R-2026-0388', 'vom              28.01.2026'));
    expect(r.invoiceNumber?.value).toBe('R-2026-77');
    expect(r.invoiceDate?.value).toBe('2026-02-20');
  });
  it('"Replaces invoice INV-5310" over "dated 02/02/2026" is not the issue date', () => {
    const r = run(english('Replaces invoice INV-5310', 'dated 02/02/2026'));
    expect(r.invoiceDate?.value).toBe('2026-02-20');
  });
  it('control: "vom" under the document\'s own number keeps its date', () => {
    const r = run(german('Lieferung Nr. R-2026-77', 'vom 20.02.2026'));
    expect(r.invoiceDate?.value).toBe('2026-02-20');
  });
});
