import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (...texts: string[]): PageText[] => texts.map((text, i) => ({ page: i + 1, text, source: 'text', ocrConfidence: null }));
const run = (t: string) => extractFields(pages(t), { templates: [], today: '2026-01-01' });

describe('generic extraction', () => {
  it('adds up one VAT line per rate between the subtotal and the total', () => {
    const r = run(`Rechnung Nr. RE-7
Rechnungsdatum: 03.02.2025
Nettobetrag                 857,30 EUR
MwSt 19%                    147,73 EUR
MwSt 7%                       5,59 EUR
Gesamtbetrag              1.010,62 EUR
`);
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([857.3, 153.32, 1010.62]);
    expect(r.tax?.source).toBe('generic:arithmetic');
    expect(r.reviewReasons).toEqual([]);
  });

  it('reads a German invoice with label/value on one line', () => {
    const r = run(`Muster Software GmbH
Hauptstraße 1, 10115 Berlin            USt-IdNr. DE123456789

Rechnung
Rechnungsnummer: RE-2024-0042                 Rechnungsdatum: 15.03.2024
Fällig am: 29.03.2024

Pos  Beschreibung              Menge   Einzelpreis      Betrag
1    Beratung                  10      95,00           950,00
2    Lizenz                    2       125,00          250,00

                                   Nettobetrag          1.200,00 €
                                   MwSt 19%               228,00 €
                                   Gesamtbetrag         1.428,00 €
`);
    expect(r.templateId).toBe('invoice');
    expect(r.invoiceNumber?.value).toBe('RE-2024-0042');
    expect(r.invoiceDate?.value).toBe('2024-03-15');
    expect(r.dueDate?.value).toBe('2024-03-29');
    expect(r.total?.value).toBe(1428);
    expect(r.subtotal?.value).toBe(1200);
    expect(r.tax?.value).toBe(228);
    expect(r.currency?.value).toBe('EUR');
    expect(r.vendor.taxId?.value).toBe('DE123456789');
    expect(r.total?.source).toBe('generic:arithmetic');
    expect(r.lineItems.map((l) => [l.description, l.quantity, l.unitPrice, l.amount])).toEqual([
      ['Beratung', 10, 95, 950],
      ['Lizenz', 2, 125, 250],
    ]);
    expect(r.needsReview).toBe(false);
  });

  it('reads a French invoice with month names', () => {
    const r = run(`Société Exemple SARL
Facture n° F2023-118
Date de facture : 26 mai 2023          Échéance : 25 juin 2023

Total HT                 250,00 €
TVA 20%                   50,00 €
Total TTC                300,00 €`);
    expect(r.invoiceNumber?.value).toBe('F2023-118');
    expect(r.invoiceDate?.value).toBe('2023-05-26');
    expect(r.dueDate?.value).toBe('2023-06-25');
    expect([r.subtotal?.value, r.tax?.value, r.total?.value]).toEqual([250, 50, 300]);
  });

  it('reads values placed under their labels (column layout, US dates)', () => {
    const r = run(`ACME Corp Inc.
INVOICE
Invoice No.          Invoice Date          Due Date
INV-7781             04/05/2024            05/20/2024

Subtotal                                   $1,000.00
Sales Tax                                     $80.00
Amount Due                                 $1,080.00`);
    expect(r.invoiceNumber?.value).toBe('INV-7781');
    expect(r.invoiceDate?.value).toBe('2024-04-05');
    expect(r.dueDate?.value).toBe('2024-05-20');
    expect(r.total?.value).toBe(1080);
    expect(r.currency?.value).toBe('USD');
  });

  it('reads a Dutch invoice and uses arithmetic to pick the subtotal', () => {
    const r = run(`Factuurnummer: 2024-555
Factuurdatum: 3 maart 2024
    Exclusief BTW     € 82,64                     Verzendkosten    € 0,00
    BTW 21%           € 17,36
                                                  Totaal           € 100,00`);
    expect(r.invoiceNumber?.value).toBe('2024-555');
    expect(r.invoiceDate?.value).toBe('2024-03-03');
    expect(r.total?.value).toBe(100);
    expect(r.subtotal?.value).toBe(82.64);
  });

  it('flags an invoice whose amounts do not add up or lacks a number', () => {
    const r = run(`Invoice date: 2024-01-10
Subtotal   100.00 EUR
VAT         10.00 EUR
Total      150.00 EUR`);
    expect(r.invoiceNumber).toBeNull();
    expect(r.needsReview).toBe(true);
    expect(r.reviewReasons).toContain('required field invoice number is missing');
    // said of the printed amounts, so a reviewer finds them even where the result's tax is another
    expect(r.reviewReasons).toContain('labelled amounts disagree: the amounts printed as subtotal (100) and tax (10) add up to 110, not the total 150');
  });

  it('reads a table that goes on under a repeated header on the next page, without the item-code column', () => {
    const head = ' Item #      Description                     Qty        Unit Price        Amount';
    const r = extractFields(
      pages(
        `Invoice No.:   4711\nInvoice Date:   06/03/2025\nDue Date:   07/03/2025\nPayment terms: Net 30 days\n\n${head}\n\n A-1         Paper, letter                    2             10.00          20.00\n\nContinued on next page\n\n                                                  Page 1 of 2`,
        `${head}\n\n A-2         Pens, blue                       3              5.00          15.00\n\n                                  Subtotal:        $35.00\n                                  Sales Tax:        $2.45\n                                  Total Due:       $37.45`,
      ),
      { templates: [], today: '2026-01-01' },
    );
    expect(r.lineItems.map((l) => [l.description, l.quantity, l.unitPrice, l.amount])).toEqual([
      ['Paper, letter', 2, 10, 20],
      ['Pens, blue', 3, 5, 15],
    ]);
    // Both readings of 06/03 and 07/03 are possible; "Net 30" and the dollar decide month first.
    expect(r.invoiceDate?.value).toBe('2025-06-03');
    expect(r.dueDate?.value).toBe('2025-07-03');
    // Nothing checks out wrong (a field's confidence under the review threshold may still flag it).
    expect(r.reviewReasons.filter((x) => !x.includes('is uncertain (confidence'))).toEqual([]);
  });

  it('keeps a row with one misread number in a table going on on a page whose header OCR lost (its amount is right)', () => {
    const head = ' Item #      Description                     Qty        Unit Price        Amount';
    const r = extractFields(
      pages(
        `Invoice No.:   4711\nInvoice Date:   06/03/2025\n\n${head}\n\n A-1         Paper, letter                    2             10.00          20.00\n\nContinued on next page\n\n                                                  Page 1 of 2`,
        // Page 2 is a scan: no repeated header, "15.50" read as "15550", "12" as "2".
        ` A-2         Pens, blue                       3              5.00          15.00\n A-3         Mailers, padded                  4             15550          62.00\n A-4         Desk tray, mesh                  2             22.50         270.00\n A-5         Toner, black                     1             80.00          80.00\n\n                                  Subtotal:       $447.00\n                                  Sales Tax:        $0.00\n                                  Total Due:      $447.00\n\n Page 2 of 2`,
      ),
      { templates: [], today: '2026-01-01' },
    );
    expect(r.lineItems.map((l) => [l.description, l.quantity, l.unitPrice, l.amount])).toEqual([
      ['Paper, letter', 2, 10, 20],
      ['Pens, blue', 3, 5, 15],
      ['Mailers, padded', 4, 15550, 62], // kept as read, trusted less
      ['Desk tray, mesh', 2, 22.5, 270],
      ['Toner, black', 1, 80, 80],
    ]);
    expect(r.lineItems.map((l) => l.confidence)).toEqual([0.75, 0.75, 0.4, 0.4, 0.75]);
    // The amounts add up to the subtotal: nothing to review about the line items.
    expect(r.reviewReasons.filter((x) => x.startsWith('line items'))).toEqual([]);
  });

  it('reads a row whose numbers a speck read as a letter splits, in a table whose header OCR lost', () => {
    const r = run(`Invoice No.: 4711\nInvoice Date: 2025-06-03

     Scheduling license, annual (per seat)        12          189.00       2,268.00
     Onboarding workshop, half day                 1          650.00         650.00
     Priority support add-on (per month)          12           45.00    d    540.00
     Size  M                                        2            5.00          10.00

                                        Subtotal:       $3,468.00`);
    expect(r.lineItems.map((l) => [l.description, l.quantity, l.unitPrice, l.amount])).toEqual([
      ['Scheduling license, annual (per seat)', 12, 189, 2268],
      ['Onboarding workshop, half day', 1, 650, 650],
      ['Priority support add-on (per month)', 12, 45, 540],
      ['Size M', 2, 5, 10], // a letter with no number left of it stays in the description
    ]);
  });

  it('does not take a row that does not add up as a line item where no table goes on', () => {
    const r = run(`Invoice No.: 4711\nInvoice Date: 2025-06-03\nOrder 4711 shipped 3 boxes, weight 12.5 kg, ref 2025.06\nTotal: 120.00`);
    expect(r.lineItems).toEqual([]);
  });

  it('gives a line the quantity its unit price and amount imply when the quantity cell was not read', () => {
    const r = run(`Facture n°: F-12\nDate de facture: 26 mai 2025

  Désignation                                   (0]7¢      Prix unitaire HT      Montant HT
  Enseigne lumineuse, lettrage découpé            |              1 480,00          1 480,00
  Vitrophanie vitrine                            6,5                42,00            273,00
  Conseil                                                           50,00            125,00

                                          Total HT:           1 878,00 €
                                          TVA 20 %:             375,60 €
                                          Total TTC:          2 253,60 €`);
    expect(r.lineItems.map((l) => [l.description, l.quantity, l.unitPrice, l.amount])).toEqual([
      ['Enseigne lumineuse, lettrage découpé', 1, 1480, 1480],
      ['Vitrophanie vitrine', 6.5, 42, 273],
      ['Conseil', null, 50, 125], // 2.5 is no whole number of units: left unknown
    ]);
  });

  it('does not count a carried-forward sum ("Übertrag") as a line item, at the foot of a page or under the next header', () => {
    const head = 'Artikel                          Menge        Einzelpreis        Betrag';
    const r = extractFields(
      pages(
        `Rechnungsnr.:   R-77\nDatum:   15.03.2025\n\n${head}\nSchraube M6                      2                 1,50          3,00\nMutter M6                        4                 0,50          2,00\n                                 Übertrag                         5,00`,
        `${head}\nÜbertrag                                                           5,00\nDübel 8 mm                       1                 4,00          4,00\n\n                      Summe netto              9,00 EUR\n                      19 % USt.                1,71 EUR\n                      Gesamtbetrag            10,71 EUR`,
      ),
      { templates: [], today: '2026-01-01' },
    );
    expect(r.lineItems.map((l) => [l.description, l.amount])).toEqual([
      ['Schraube M6', 3],
      ['Mutter M6', 2],
      ['Dübel 8 mm', 4],
    ]);
    expect(r.reviewReasons.filter((x) => x.includes('line items'))).toEqual([]);
  });

  it('flags an ambiguous date and trusts it less when nothing on the document decides the order', () => {
    const r = run('Invoice No.: 4711\nDate: 06/03/2025\nTotal: 120.00');
    expect(r.reviewReasons.some((x) => x.includes('invoice date 2025-03-06 is ambiguous') && x.includes('2025-06-03'))).toBe(true);
    const sure = run('Invoice No.: 4711\nDate: 16/03/2025\nTotal: 120.00');
    expect(r.invoiceDate!.confidence).toBeLessThan(sure.invoiceDate!.confidence);
  });
});
