/**
 * European till receipts (synthetic OCR-like texts in the shape of fixtures/sweep15's slips): a
 * receipt's own numbers (Beleg-Nr., TSE counters, the shop's VAT id) are no invoice number unless
 * the slip calls itself an invoice (doctype.ts receiptNumberIsInvoices); a simplified invoice's series
 * two spaces left of its number is kept (numbers.ts). Controls: an A4 invoice keeps its number; a
 * slip labelled or titled as an invoice keeps its number; a number alone stays as printed.
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { receiptNumberIsInvoices } from '../../src/extract/fields/doctype.js';

const page = (text: string) => [{ page: 1, text, source: 'ocr' as const, ocrConfidence: 0.9 }];
const fields = (text: string) => extractFields(page(text), { templates: [] });

const fuel = `       BAECKEREI SONNENHOF
    Hauptplatz 9, 8010 Graz
12.02.2026 07:48
Beleg-Nr. 41207       Kassa 2
Semmel  3 x 0,60          1,80
Kaffee                    3,20
SUMME EUR                 5,00
Bar                      10,00
Retour                    5,00
A 10% Netto 1,64   USt 0,16
B 20% Netto 2,67   USt 0,53
`;
const supermarket = `            Lindenstrasse 3
                04109 Leipzig
            USt-IdNr.  DE123123123

  Vollmilch                            1,19 B
  Kaffee                               8,99 A
  SUMME                            EUR 10,18
  Geg. Bar                         EUR 20,00
  Rueckgeld                        EUR  9,82
  12.01.2026   10:41    Bon  2871  Kasse  3
`;

describe("a receipt's own numbers are no invoice number", () => {
  it("the slip's Beleg-Nr. on a bakery receipt", () => {
    const r = fields(fuel);
    expect(r.documentType).toBe('receipt');
    expect(r.invoiceNumber).toBeNull();
  });
  it("the shop's VAT id on a supermarket slip", () => {
    const r = fields(supermarket);
    expect(r.documentType).toBe('receipt');
    expect(r.invoiceNumber).toBeNull();
  });
  it('control: a slip labelled "Rechnung Nr." keeps its number', () => {
    const r = fields(supermarket.replace('            USt-IdNr.  DE123123123', '            Rechnung Nr. 2026-0312'));
    expect(r.documentType).toBe('receipt');
    expect(r.invoiceNumber?.value).toBe('2026-0312');
  });
  it('control: the label or a heading that names an invoice (factura simplificada, fatura) lets the number stand', () => {
    expect(receiptNumberIsInvoices('SUPERMERCADO\nFACTURA SIMPLIFICADA\nN.: 2026-014\n', 'N.: ')).toBe(true);
    expect(receiptNumberIsInvoices('MERCEARIA\n', 'FATURA SIMPLIFICADA')).toBe(true);
    expect(receiptNumberIsInvoices('TANKSTELLE\nBeleg-Nr. 41207\n', 'Beleg-Nr. ')).toBe(false);
    expect(receiptNumberIsInvoices('HOTEL\nBelastung auf Zimmerrechnung\n', 'Folio ')).toBe(false);
  });
  it('control: an A4 invoice keeps its number', () => {
    const r = fields(`MUSTER GMBH\nMusterweg 1, 10115 Berlin\nRechnung Nr. 2026-118\nRechnungsempfaenger: Beispiel AG\nRechnungsdatum 14.01.2026\nBeratung   1   900,00 EUR\nNetto   900,00 EUR\nMwSt 19%   171,00 EUR\nGesamt   1.071,00 EUR\nZahlbar bis 14.02.2026\n`);
    expect(r.documentType).toBe('invoice');
    expect(r.invoiceNumber?.value).toBe('2026-118');
  });
});

describe("a simplified invoice's series left of its number", () => {
  const talao = `        MERCEARIA  DO  LARGO  LDA
   Rua  Nova  12,  4000-100  Porto
             NIF  500000000

          FATURA  SIMPLIFICADA
FS  2026B/0042
Data:  2026-03-02                  12:16

PAO DE  FORMA                     1,49  A
QUEIJO                            3,20  A
TOTAL  EUR                        4,69
Multibanco                        4,69
`;
  it('"FS  2026B/0042" under "FATURA SIMPLIFICADA" (OCR\'s two spaces) keeps its series', () => {
    expect(fields(talao).invoiceNumber?.value).toBe('FS 2026B/0042');
  });
  it('control: a number alone on its line under the title stays as printed', () => {
    expect(fields(talao.replace('FS  2026B/0042', '    2026B/0042')).invoiceNumber?.value).toBe('2026B/0042');
  });
});
