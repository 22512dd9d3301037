/**
 * `amountDue` from the generic extractor (due.ts): what a due line prints when the page shows how it
 * follows from the total (the total itself, or the total less earlier payments or partial
 * invoices), never a due amount nothing explains, never on a till receipt.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string): PageText[] => [{ page: 1, text, source: 'text', ocrConfidence: null }];
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-12-01' });

const schluss = (deduction: string) => `Bau & Ausbau Krämer GmbH                       Rechnung Nr.   SR-2025-031
                                               Datum          30.06.2025
Schlussrechnung Umbau Lager
                         Gesamtleistung netto                                   21.576,30
                         zzgl. 19 % USt                                          4.099,50
                         Gesamtbetrag brutto                                    25.675,80
${deduction}
                         Noch zu zahlen                                          9.015,80
Zahlbar bis 14.07.2025 ohne Abzug.`;

describe('amount due after earlier payments', () => {
  it('a Schlussrechnung: the gross total less the Abschlagsrechnungen deducted below it', () => {
    const r = run(
      schluss(`                         abzgl. 1. Abschlagsrechnung AR-2025-011 vom 14.04.2025
                            netto 8.000,00 + USt 1.520,00                       -9.520,00
                         abzgl. 2. Abschlagsrechnung AR-2025-019 vom 12.05.2025
                            netto 6.000,00 + USt 1.140,00                       -7.140,00`),
    );
    expect(r.total?.value).toBe(25675.8);
    expect(r.amountDue?.value).toBe(9015.8);
    expect(r.amountDue?.source).toBe('generic:arithmetic:total-less-prepaid');
  });

  it('a French invoice: Montant déjà versé, then Reste à payer, and an amount under its label', () => {
    const r = run(`Atelier Lumière SARL                             Facture N° FA-2025-0412
                                                 Date : 12/05/2025
                                  Total HT                               1.245,30 €
                                  Total TVA                                123,54 €
                                  Montant Total TTC                      1.368,84 €
                                  Montant déjà versé                       452,98 €
                                  Reste à payer                            915,86 €`);
    expect(r.total?.value).toBe(1368.84);
    expect(r.amountDue?.value).toBe(915.86);
    const under = run(`Atelier Lumière SARL                             Facture N° FA-2025-0413
                                                 Date : 12/05/2025
                          TOTAL HT           TOTAL TVA            TOTAL TTC
                            100,00               20,00               120,00
                                       Montant déjà payé :
                                                                      20,00
                                       NET A PAYER                    100,00 EUR`);
    expect(under.total?.value).toBe(120);
    expect(under.amountDue?.value).toBe(100);
  });

  it('a due line equal to the total, wherever it stands (a header banner), is the total', () => {
    const r = run(`Northwind Hosting Ltd                      Invoice INV-88812
Amount due: GBP 240.00                     Date: 3 March 2025
Hosting plan, March                                        200.00
                                      Subtotal             200.00
                                      VAT 20%               40.00
                                      Total                240.00`);
    expect(r.total?.value).toBe(240);
    expect(r.amountDue?.value).toBe(240);
    expect(r.amountDue?.source).toBe('generic:label:amount-due');
  });
});

describe('controls: no amount due given', () => {
  it('a due amount no printed payment explains is not guessed', () => {
    // The same Schlussrechnung with its deductions left out: 9.015,80 follows from nothing printed.
    expect(run(schluss('')).amountDue).toBeNull();
  });

  it('no due line, or a till receipt', () => {
    const invoice = run(`Northwind Hosting Ltd                      Invoice INV-88813
                                           Date: 3 March 2025
                                      Subtotal             200.00
                                      VAT 20%               40.00
                                      Total                240.00`);
    expect(invoice.total?.value).toBe(240);
    expect(invoice.amountDue).toBeNull();
    const receipt = run(`BAKERY CORNER
12/03/2025 08:14
2 CROISSANT            3.60
1 COFFEE               2.40
TOTAL                  6.00
BALANCE DUE            6.00
CASH                  10.00
CHANGE                 4.00
THANK YOU`);
    expect(receipt.total?.value).toBe(6);
    expect(receipt.documentType).toBe('receipt');
    expect(receipt.amountDue).toBeNull();
  });
});
